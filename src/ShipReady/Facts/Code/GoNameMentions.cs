using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Where a Go name stands for itself in a function's code (strings blanked): not a field of something else
/// (<c>x.name</c>) nor part of a longer word, and whether a mention declares the name there.
/// </summary>
public static partial class GoNameMentions
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>How far back a declaring bracket is looked for: a parameter list or a <c>var ( … )</c> block is shorter.</summary>
    private const int MaxDeclarationList = 8 * 1024;

    [GeneratedRegex(@"(\bfunc(\s+\w+)?|\b(var|const))\s*$")]
    private static partial Regex FuncOrDeclarationKeyword();

    [GeneratedRegex(@"\bfunc(\s+\w+)?\s*$")]
    private static partial Regex FuncKeyword();

    /// <summary>The mentions of <paramref name="name"/> in <paramref name="code"/>; a run past the regex time limit throws, and the reader keeps the hit.</summary>
    public static MatchCollection Of(string code, string name) =>
        Regex.Matches(code, $@"(?<![\w.]){Regex.Escape(name)}\b", RegexOptions.None, Timeout);

    /// <summary>
    /// Whether <paramref name="at"/> sits where names are declared: the nearest bracket still open before it holds a
    /// <c>func</c>'s parameters or named results, or a <c>var ( … )</c> or <c>const ( … )</c> block.
    /// </summary>
    public static bool InDeclarationList(string body, int at)
    {
        if (CallMatcher.InnermostOpen(body, at, MaxDeclarationList) is not { } open || body[open] != '(')
        {
            return false;
        }
        var before = body.AsSpan(Math.Max(0, open - 80), open - Math.Max(0, open - 80));
        if (FuncOrDeclarationKeyword().IsMatch(before))
        {
            return true;
        }
        // Named results: `func(a int) (n int, err error)`, the parameters' bracket closed just before.
        var trimmed = before.TrimEnd(" \t");
        if (trimmed.IsEmpty || trimmed[^1] != ')')
        {
            return false;
        }
        var close = open - (before.Length - trimmed.Length) - 1;
        return CallMatcher.InnermostOpen(body, close, MaxDeclarationList) is { } parameters && body[parameters] == '('
            && FuncKeyword().IsMatch(body.AsSpan(Math.Max(0, parameters - 80), parameters - Math.Max(0, parameters - 80)));
    }
}
