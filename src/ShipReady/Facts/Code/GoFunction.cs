namespace ShipReady.Facts.Code;

/// <summary>
/// The Go function a place sits in, read back from the place: gofmt starts every top-level declaration at the start of
/// a line, so the function is the nearest earlier line that opens with <c>func</c>.
/// </summary>
public static class GoFunction
{
    /// <summary>How far back the function's first line is looked for: a long handler is a few hundred lines.</summary>
    public const int MaxLinesBack = 400;

    private static readonly string[] TopLevelDeclarations = ["type ", "type(", "var ", "var(", "const ", "const(", "import ", "import(", "package "];

    /// <summary>
    /// The function's text from its <c>func</c> line up to <paramref name="index"/>, strings kept and comments blanked;
    /// null when the place is in no function within reach (a package-level declaration).
    /// </summary>
    public static string? TextBefore(MaskedSource masked, int index) =>
        Start(masked, index) is { } start ? new string(masked.CodeAndStrings[start..index]) : null;

    /// <summary>Where the function that holds <paramref name="index"/> starts (its <c>func</c> line); null when it is in none within reach.</summary>
    public static int? Start(MaskedSource masked, int index)
    {
        var (line, _) = masked.Position(index);
        for (var l = line; l >= 1 && l > line - MaxLinesBack; l--)
        {
            var code = masked.CodeLine(l);
            if (code.StartsWith("func ", StringComparison.Ordinal) || code.StartsWith("func(", StringComparison.Ordinal))
            {
                return masked.LineStart(l);
            }
            if (l < line && TopLevelDeclarations.Any(d => code.StartsWith(d, StringComparison.Ordinal)))
            {
                // Another top-level declaration (a type, a var block) begins here: the place is not in a function.
                // A signature's last line (`) error {`), a label and a raw string's lines also start at column 0.
                return null;
            }
        }
        return null;
    }
}
