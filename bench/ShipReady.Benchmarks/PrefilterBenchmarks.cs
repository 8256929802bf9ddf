using System.Buffers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ShipReady.Benchmarks.Corpus;
using ShipReady.Facts.Code;

namespace ShipReady.Benchmarks;

/// <summary>
/// The literal prefilter that decides which files are worth lexing, and the same question asked
/// line by line as the secret scanner asks it: one <see cref="SearchValues{T}"/> search, and the
/// scanner's own <see cref="LiteralSet"/> pass, against a loop of <c>IndexOf</c> per literal, over a
/// mixed JavaScript, Python and C# corpus with the catalog's own literals.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its runner from each benchmark class.</remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PrefilterBenchmarks
{
    private CatalogLiterals _catalog = null!;
    private (Language Language, string Text)[] _files = [];

    [Params(PrefilterInput.Source, PrefilterInput.NoLiterals)]
    public PrefilterInput Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = new CatalogLiterals();
        var files = SourceCorpus.Mixed().Select(f => (f.Language, f.Text));
        _files = Input == PrefilterInput.Source ? [.. files] : [.. files.Select(f => (f.Language, WithoutLiterals(f.Text, _catalog.SearchValues[f.Language])))];
    }

    [Benchmark(Baseline = true), BenchmarkCategory("File")]
    public int File_IndexOfPerLiteral()
    {
        var worth = 0;
        foreach (var (language, text) in _files)
        {
            foreach (var literal in _catalog.Literals[language])
            {
                if (text.AsSpan().IndexOf(literal, StringComparison.Ordinal) >= 0)
                {
                    worth++;
                    break;
                }
            }
        }
        return worth;
    }

    /// <summary>What <see cref="PatternScanner.Scan"/> asks first of every file.</summary>
    [Benchmark, BenchmarkCategory("File")]
    public int File_SearchValues()
    {
        var worth = 0;
        foreach (var (language, text) in _files)
        {
            if (text.AsSpan().IndexOfAny(_catalog.SearchValues[language]) >= 0)
            {
                worth++;
            }
        }
        return worth;
    }

    /// <summary>
    /// What <see cref="PatternScanner.Scan"/> runs on every file: one pass that finds where each literal of
    /// the language first occurs, which is also what decides whether each pattern runs.
    /// </summary>
    [Benchmark, BenchmarkCategory("File")]
    public int File_LiteralSet()
    {
        var runs = 0;
        foreach (var (language, text) in _files)
        {
            var set = _catalog.LiteralSets[language];
            var first = new int[set.Count];
            if (set.FindFirst(text, first))
            {
                runs++;
            }
        }
        return runs;
    }

    /// <summary>
    /// The decision the scanner made before <see cref="LiteralSet"/>: the file's search, then each
    /// pattern's own literals.
    /// </summary>
    [Benchmark, BenchmarkCategory("File")]
    public int File_SearchValuesThenEachPattern()
    {
        var runs = 0;
        foreach (var (language, text) in _files)
        {
            if (text.AsSpan().IndexOfAny(_catalog.SearchValues[language]) < 0)
            {
                continue;
            }
            foreach (var prefilter in _catalog.PatternLiterals[language])
            {
                if (prefilter.Any(literal => text.Contains(literal, StringComparison.Ordinal)))
                {
                    runs++;
                }
            }
        }
        return runs;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Line")]
    public int Line_IndexOfPerLiteral()
    {
        var worth = 0;
        foreach (var (language, text) in _files)
        {
            var literals = _catalog.Literals[language];
            foreach (var line in text.AsSpan().EnumerateLines())
            {
                foreach (var literal in literals)
                {
                    if (line.IndexOf(literal, StringComparison.Ordinal) >= 0)
                    {
                        worth++;
                        break;
                    }
                }
            }
        }
        return worth;
    }

    /// <summary>The per-line question the secret scanner asks, here with the code literals.</summary>
    [Benchmark, BenchmarkCategory("Line")]
    public int Line_SearchValues()
    {
        var worth = 0;
        foreach (var (language, text) in _files)
        {
            var values = _catalog.SearchValues[language];
            foreach (var line in text.AsSpan().EnumerateLines())
            {
                if (line.IndexOfAny(values) >= 0)
                {
                    worth++;
                }
            }
        }
        return worth;
    }

    private static string WithoutLiterals(string text, SearchValues<string> literals) =>
        string.Join('\n', text.Split('\n').Where(line => line.AsSpan().IndexOfAny(literals) < 0));
}
