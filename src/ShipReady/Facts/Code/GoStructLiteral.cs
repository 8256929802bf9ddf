namespace ShipReady.Facts.Code;

/// <summary>
/// The Go composite literal a place sits in, read back from the place without a parser: the innermost brace around
/// it that follows a type (<c>http.Cookie{</c>, <c>&amp;sessions.Options{</c>), up to the brace that closes it.
/// </summary>
/// <remarks>
/// A literal's fields come in any order, so what a field means (a cookie's flag) is known only from the whole literal
/// (the cookie's name), before and after the field. A brace that opens a function's, a statement's or a type
/// declaration's body is not a literal: a place directly inside one is in none.
/// </remarks>
public static partial class GoStructLiteral
{
    /// <summary>How far back the opening brace is looked for: a literal spans a few dozen lines at most.</summary>
    public const int MaxCharactersBack = 4_000;

    /// <summary>Words before a brace that open a body or a type, not a value.</summary>
    private static readonly HashSet<string> NotValues = new(StringComparer.Ordinal)
    {
        "if", "else", "for", "switch", "select", "func", "struct", "interface", "go", "defer", "return", "case", "default", "range",
    };

    /// <summary>
    /// The type and braces of the literal around <paramref name="index"/> in <paramref name="code"/> (comments and
    /// string contents blanked, so that a brace in a string is not read), as offsets; null when the place is in no
    /// literal within reach.
    /// </summary>
    public static (int Start, int End)? Around(ReadOnlySpan<char> code, int index)
    {
        // An argument or an index is not a field: the bracket open at the place must be a brace.
        if (CallMatcher.InnermostOpen(code, index, MaxCharactersBack) is not { } open || code[open] != '{')
        {
            return null;
        }
        return TypeBefore(code, open) is { } start && Closing(code, open) is { } end ? (start, end) : null;
    }

    /// <summary>Where the type before the brace at <paramref name="brace"/> starts (<c>http.Cookie</c>); null when none is there.</summary>
    private static int? TypeBefore(ReadOnlySpan<char> code, int brace)
    {
        var end = brace;
        while (end > 0 && code[end - 1] is ' ' or '\t')
        {
            end--;
        }
        var start = CallMatcher.QualifiedNameStart(code, end);
        if (start == end || char.IsDigit(code[start]) || code[start] == '.')
        {
            return null;
        }
        var name = code[start..end].ToString();
        return NotValues.Contains(name) || NotValues.Contains(name[(name.LastIndexOf('.') + 1)..]) || IsTypeDeclaration(code[..start]) ? null : start;
    }

    /// <summary>Whether the text before a name declares it (<c>type Options struct</c> is caught by the word; <c>type Options</c> here).</summary>
    private static bool IsTypeDeclaration(ReadOnlySpan<char> before) => before.TrimEnd(" \t").EndsWith("type");

    /// <summary>The offset just past the brace that closes the one at <paramref name="open"/>; null when it is not closed.</summary>
    private static int? Closing(ReadOnlySpan<char> code, int open)
    {
        var end = open + CallMatcher.Arguments(code, open).Length + 2;
        return end <= code.Length && code[end - 1] == '}' ? end : null;
    }

    /// <summary>A run of spaces, tabs and line ends.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    internal static partial System.Text.RegularExpressions.Regex Spaces();
}
