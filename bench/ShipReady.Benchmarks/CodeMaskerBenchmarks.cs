using BenchmarkDotNet.Attributes;
using ShipReady.Benchmarks.Corpus;
using ShipReady.Facts.Code;

namespace ShipReady.Benchmarks;

/// <summary>
/// The lexers that blank comments and strings, per language family: C-like with template literals
/// (JavaScript), Python with triple-quoted and raw strings, C# with verbatim, interpolated and raw
/// strings. The baseline makes only the copies a mask must return, so the ratio is the lexing itself.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its runner from each benchmark class.</remarks>
[MemoryDiagnoser]
public class CodeMaskerBenchmarks
{
    private string[] _texts = [];

    [Params(Language.JavaScript, Language.Python, Language.CSharp)]
    public Language Language { get; set; }

    [GlobalSetup]
    public void Setup() => _texts = [.. SourceCorpus.Files(Language).Select(f => f.Text)];

    /// <summary>Two copies of each file as arrays and two as strings: what the mask allocates whatever the lexer does.</summary>
    [Benchmark(Baseline = true)]
    public int CopiesOnly()
    {
        var length = 0;
        foreach (var text in _texts)
        {
            var code = new string(text.ToCharArray());
            var withStrings = new string(text.ToCharArray());
            length += code.Length + withStrings.Length;
        }
        return length;
    }

    [Benchmark]
    public int Mask()
    {
        var lines = 0;
        foreach (var text in _texts)
        {
            lines += CodeMasker.Mask(text, Language).LineCount;
        }
        return lines;
    }

    /// <summary>The line table alone, which every mask builds to turn offsets into lines and columns.</summary>
    [Benchmark]
    public int LineTable()
    {
        var lines = 0;
        foreach (var text in _texts)
        {
            lines += ShipReady.Facts.LineFinder.LineStarts(text).Length;
        }
        return lines;
    }
}
