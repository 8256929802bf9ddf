using System.Globalization;
using System.Text;
using ShipReady.Facts.Code;

namespace ShipReady.Benchmarks.Corpus;

/// <summary>
/// Source files shaped like a prototype's code, generated from a fixed seed: every run and every
/// machine measures the same bytes, and nothing is read from disk or the network.
/// </summary>
internal static class SourceCorpus
{
    /// <summary>About what a small service holds per language; enough that one pass outlasts timer noise.</summary>
    public const int DefaultCharsPerLanguage = 128 * 1024;

    private static readonly string[] Words =
    [
        "document", "review", "invoice", "upload", "comment", "report", "project", "member", "order", "note", "draft", "team",
    ];

    public static IReadOnlyList<CorpusFile> Files(Language language, int totalChars = DefaultCharsPerLanguage, int seed = 42)
    {
        var (header, blocks, extension) = Shape(language);
        var random = new Random(seed);
        var files = new List<CorpusFile>();
        var total = 0;
        while (total < totalChars)
        {
            // Real trees mix short modules with long ones; the lexers' per-file costs show only with both.
            var size = random.Next(2_000, 12_000);
            var text = new StringBuilder(Fill(header, random));
            while (text.Length < size)
            {
                text.Append("\n\n").Append(Fill(blocks[random.Next(blocks.Length)], random));
            }
            text.Append('\n');
            files.Add(new CorpusFile($"src/{Languages.Name(language)}/module{files.Count}{extension}", language, text.ToString()));
            total += text.Length;
        }
        return files;
    }

    /// <summary>JavaScript, Python and C# files in equal measure, as the engine meets them in a mixed repository.</summary>
    public static IReadOnlyList<CorpusFile> Mixed(int charsPerLanguage = DefaultCharsPerLanguage) =>
        [.. Files(Language.JavaScript, charsPerLanguage), .. Files(Language.Python, charsPerLanguage), .. Files(Language.CSharp, charsPerLanguage)];

    private static (string Header, string[] Blocks, string Extension) Shape(Language language) => language switch
    {
        Language.JavaScript => (JavaScriptBlocks.Header, JavaScriptBlocks.Bodies, ".js"),
        Language.Python => (PythonBlocks.Header, PythonBlocks.Bodies, ".py"),
        Language.CSharp => (CSharpBlocks.Header, CSharpBlocks.Bodies, ".cs"),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "The corpus has JavaScript, Python and C# only."),
    };

    /// <summary>Fills a block's markers; they are spelled so that no language's own syntax collides with them.</summary>
    private static string Fill(string block, Random random)
    {
        var name = Words[random.Next(Words.Length)];
        var pascal = char.ToUpperInvariant(name[0]) + name[1..];
        return block
            .Replace("%name%", name, StringComparison.Ordinal)
            .Replace("%Name%", pascal, StringComparison.Ordinal)
            .Replace("%NAME%", name.ToUpperInvariant(), StringComparison.Ordinal)
            .Replace("%n%", random.Next(2, 500).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
