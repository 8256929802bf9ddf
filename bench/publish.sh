# Sourced by the bench scripts: publishes the command and sets `shipready` to the way to run it.
# The default is the Native AOT executable that the linux-x64 tool package installs (it needs clang or
# gcc), which is what an audit on this platform runs. BUILD=portable measures the portable build instead,
# which every platform can run and which compiles its code when it starts.
if [ "${BUILD:-native}" = portable ]; then
  dotnet publish src/ShipReady.Cli -c Release -o bench/.bin --nologo -v q >/dev/null
  shipready=(dotnet bench/.bin/ShipReady.Cli.dll)
else
  dotnet publish src/ShipReady.Cli -c Release -r linux-x64 -o bench/.bin-native --nologo -v q >/dev/null
  shipready=(bench/.bin-native/ShipReady.Cli)
fi
