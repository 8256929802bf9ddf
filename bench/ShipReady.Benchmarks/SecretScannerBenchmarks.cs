using System.Buffers;
using BenchmarkDotNet.Attributes;
using ShipReady.Benchmarks.Corpus;
using ShipReady.Facts.Secrets;

namespace ShipReady.Benchmarks;

/// <summary>
/// The secret scanner over the mixed corpus with no candidate line, with candidates but no key, and
/// with keys. The baseline is the scanner's own first step, one search of the whole file for the
/// key formats' literals, so the ratio is what reading line by line and matching costs on top.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its runner from each benchmark class.</remarks>
[MemoryDiagnoser]
public class SecretScannerBenchmarks
{
    private static readonly SearchValues<string> Literals = SearchValues.Create([.. SecretRules.Prefilter], StringComparison.Ordinal);

    private (string Path, string Text)[] _files = [];

    [Params(SecretInput.Clean, SecretInput.Candidates, SecretInput.Secrets)]
    public SecretInput Input { get; set; }

    [GlobalSetup]
    public void Setup() => _files = [.. SecretCorpus.Files(Input).Select(f => (f.Path, f.Text))];

    [Benchmark(Baseline = true)]
    public int LiteralSearchOnly()
    {
        var candidates = 0;
        foreach (var (_, text) in _files)
        {
            if (text.AsSpan().IndexOfAny(Literals) >= 0)
            {
                candidates++;
            }
        }
        return candidates;
    }

    [Benchmark]
    public int Scan()
    {
        var findings = 0;
        foreach (var (path, text) in _files)
        {
            findings += SecretScanner.Scan(path, text).Count();
        }
        return findings;
    }
}
