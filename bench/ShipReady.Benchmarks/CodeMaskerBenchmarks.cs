using System.Buffers;
using BenchmarkDotNet.Attributes;
using ShipReady.Benchmarks.Corpus;
using ShipReady.Facts.Code;

namespace ShipReady.Benchmarks;

/// <summary>
/// The lexers that blank comments and strings, per language family: C-like with template literals
/// (JavaScript), Python with triple-quoted and raw strings, C# with verbatim, interpolated and raw
/// strings. The baseline copies each file twice into a pooled buffer, the least that writing the two
/// masked views can cost, so the ratios show what lexing and blanking add to it.
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

    /// <summary>Two copies of each file into a rented buffer: what the views cost whatever the lexer does.</summary>
    [Benchmark(Baseline = true)]
    public int CopiesOnly()
    {
        var length = 0;
        foreach (var text in _texts)
        {
            var buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
            text.CopyTo(buffer);
            text.CopyTo(buffer);
            length += buffer[text.Length / 2];
            ArrayPool<char>.Shared.Return(buffer);
        }
        return length;
    }

    /// <summary>The lexing alone: the ranges to blank and the line table, no view written.</summary>
    [Benchmark]
    public int Mask()
    {
        var lines = 0;
        foreach (var text in _texts)
        {
            using var masked = CodeMasker.Mask(text, Language);
            lines += masked.LineCount;
        }
        return lines;
    }

    /// <summary>The lexing and both views, as a file that two kinds of pattern read needs them.</summary>
    [Benchmark]
    public int MaskAndViews()
    {
        var length = 0;
        foreach (var text in _texts)
        {
            using var masked = CodeMasker.Mask(text, Language);
            length += masked.Code.Length + masked.CodeAndStrings.Length;
        }
        return length;
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
