using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Results go beside the binaries, which git ignores, not into whichever folder the run started
// from; --artifacts DIR still chooses another. The switcher gives the usual command line:
// --filter '*Prefilter*', --job short, --list flat.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
