# Sourced by the bench scripts: publishes the command and sets `shipready` to the way to run it.
# BUILD=native measures the Native AOT executable that the linux-x64 tool package installs (it needs
# clang or gcc); the default is the portable build, which every platform can run and which compiles
# its code when it starts.
if [ "${BUILD:-portable}" = native ]; then
  dotnet publish src/ShipReady.Cli -c Release -r linux-x64 -o bench/.bin-native --nologo -v q >/dev/null
  shipready=(bench/.bin-native/ShipReady.Cli)
else
  dotnet publish src/ShipReady.Cli -c Release -o bench/.bin --nologo -v q >/dev/null
  shipready=(dotnet bench/.bin/ShipReady.Cli.dll)
fi
