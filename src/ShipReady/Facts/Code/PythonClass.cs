using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// The Python class a line sits in, read by indentation: up from the line, each less indented line opens the
/// block around it, until one opens a class or the module's top level is reached.
/// </summary>
/// <remarks>
/// Flask and many other projects keep one configuration class per environment in one file
/// (<c>class TestingConfig(Config)</c>): a setting in the testing class never reaches production, one in the
/// production class does, and only the class around the line tells them apart.
/// </remarks>
public static partial class PythonClass
{
    /// <summary>How far up a class header is looked for: a configuration class is a few dozen lines.</summary>
    public const int MaxLinesBack = 500;

    [GeneratedRegex(@"^\s*class\s+(?<name>[A-Za-z_]\w*)")]
    private static partial Regex Header();

    /// <summary>The name of the innermost class whose body holds <paramref name="line"/>; null at the module's top level.</summary>
    public static string? Enclosing(MaskedSource masked, int line) => EnclosingHeader(masked, line, Header());

    /// <summary>The line of the innermost class header whose body holds <paramref name="line"/>; 0 at the module's top level.</summary>
    public static int EnclosingLine(MaskedSource masked, int line) => EnclosingHeaderLine(masked, line, Header()).Line;

    /// <summary>
    /// The name in the first line above <paramref name="line"/>, each less indented than the last, that
    /// <paramref name="header"/> matches (its <c>name</c> group); null at the module's top level.
    /// </summary>
    internal static string? EnclosingHeader(MaskedSource masked, int line, Regex header) =>
        EnclosingHeaderLine(masked, line, header) is var (_, name) && name.Length > 0 ? name : null;

    /// <summary>The line of the header <see cref="EnclosingHeader"/> finds, with its name; (0, "") at the module's top level.</summary>
    internal static (int Line, string Name) EnclosingHeaderLine(MaskedSource masked, int line, Regex header)
    {
        var indent = Indent(masked.CodeLine(line));
        for (var l = line - 1; l >= 1 && l >= line - MaxLinesBack && indent > 0; l--)
        {
            // Comments are blank in the code view, so a line holding only a comment is skipped like an empty one.
            var code = masked.CodeLine(l);
            var outer = Indent(code);
            // A line that closes a bracket (`) -> None:` under a signature laid over several lines) is part of the
            // header above it, not the header itself.
            if (outer == code.Length || outer >= indent || code[outer] is ')' or ']')
            {
                continue;
            }
            if (header.Match(code) is { Success: true } found)
            {
                return (l, found.Groups["name"].Value);
            }
            indent = outer;
        }
        return (0, "");
    }

    /// <summary>
    /// Whether one of the words of <paramref name="name"/> (split at underscores and where the case changes:
    /// <c>TestingConfig</c> is "Testing" and "Config") is one of <paramref name="words"/>, whatever the case.
    /// Whole words, so that <c>DeviceConfig</c> is not a development class.
    /// </summary>
    public static bool NameHasWord(string name, IEnumerable<string> words)
    {
        var parts = Words(name);
        return words.Any(w => parts.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    internal static List<string> Words(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            var boundary = i == name.Length || name[i] == '_'
                || (i > start && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                    || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))));
            if (!boundary)
            {
                continue;
            }
            if (i > start)
            {
                words.Add(name[start..i]);
            }
            start = name.Length > i && name[i] == '_' ? i + 1 : i;
        }
        return words;
    }

    /// <summary>The width of the line's leading spaces and tabs.</summary>
    internal static int Indent(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }
        return i;
    }
}
