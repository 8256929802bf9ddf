using BenchmarkDotNet.Attributes;
using ShipReady.Benchmarks.Corpus;
using ShipReady.Facts.Code;

namespace ShipReady.Benchmarks;

/// <summary>
/// The call matcher on every call site of the masked corpus (names followed by a bracket, with
/// nested objects, arrays and lambdas as arguments, some across lines): finding the balanced
/// argument list, then looking in it for the words that clear a hit, as the timeout checks do.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its runner from each benchmark class.</remarks>
[MemoryDiagnoser]
public class CallMatcherBenchmarks
{
    /// <summary>The words that clear a fetch without a timeout.</summary>
    private static readonly string[] UnlessArgs = ["signal", "timeout"];

    private (string Code, int Open)[] _calls = [];

    [GlobalSetup]
    public void Setup()
    {
        var calls = new List<(string, int)>();
        foreach (var file in SourceCorpus.Mixed())
        {
            var code = CodeMasker.Mask(file.Text, file.Language).CodeText;
            for (var i = 1; i < code.Length; i++)
            {
                if (code[i] == '(' && CallMatcher.IsWordChar(code[i - 1]))
                {
                    calls.Add((code, i));
                }
            }
        }
        _calls = [.. calls];
    }

    [Benchmark(Baseline = true)]
    public int Arguments()
    {
        var length = 0;
        foreach (var (code, open) in _calls)
        {
            length += CallMatcher.Arguments(code, open).Length;
        }
        return length;
    }

    [Benchmark]
    public int ArgumentsThenWords()
    {
        var cleared = 0;
        foreach (var (code, open) in _calls)
        {
            var arguments = CallMatcher.Arguments(code, open);
            foreach (var word in UnlessArgs)
            {
                if (CallMatcher.ContainsWord(arguments, word))
                {
                    cleared++;
                    break;
                }
            }
        }
        return cleared;
    }
}
