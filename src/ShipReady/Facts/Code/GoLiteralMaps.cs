using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// A Go map the function declares with literal keys and values and only reads: what an index of it gives is one of
/// those literals, or the empty value.
/// </summary>
/// <remarks>
/// A whitelist written as a map (<c>propSelects := map[string]string{"views": "view_count AS views"}</c>, then
/// <c>selectQuery, ok := propSelects[property]</c>) pastes only the code's own SQL, whatever key the request asks for.
/// Any other use of the map (an element set, the map passed to a call or assigned, its address) may put anything in it.
/// </remarks>
public static partial class GoLiteralMaps
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A map of strings (<c>map[string]string{</c>): an element of a slice or map value could be changed through it, or
    /// through a copy of it, where no assignment to the map shows.
    /// </summary>
    [GeneratedRegex(@"^map\[[\w.]+\]string[ 	]*\{")]
    private static partial Regex StringMap();

    /// <summary><c>, n =</c>: the rest of several names given values at once.</summary>
    [GeneratedRegex(@"^,[^
]*?(?<![=!<>:])(:=|=(?!=))")]
    private static partial Regex OneOfSeveralAssigned();

    /// <summary><c>name[</c>: an index of a plain name.</summary>
    [GeneratedRegex(@"^(?<map>[A-Za-z_]\w*)\[")]
    private static partial Regex IndexStart();

    /// <summary>The map an expression indexes, when the whole expression is <c>name[key]</c>; null otherwise.</summary>
    public static string? Indexed(string expression)
    {
        if (IndexStart().Match(expression) is not { Success: true } index)
        {
            return null;
        }
        var open = index.Length - 1;
        return open + CallMatcher.Arguments(expression, open).Length + 2 == expression.Length ? index.Groups["map"].Value : null;
    }

    /// <summary>
    /// Whether the function declares <paramref name="name"/> once in its body as a map of strings given literals only,
    /// and every other mention reads an element of it.
    /// </summary>
    /// <param name="body">The function's code from its <c>func</c> line, strings blanked.</param>
    /// <param name="bodyStart">Where its body starts in <paramref name="body"/>.</param>
    public static bool HoldsOnlyLiterals(string body, int bodyStart, string name)
    {
        var declarations = 0;
        foreach (Match mention in GoNameMentions.Of(body, name))
        {
            if (mention.Index < bodyStart)
            {
                // A parameter, or a result named like it: given from outside.
                return false;
            }
            var end = mention.Index + mention.Length;
            var lineStart = body.LastIndexOf('\n', Math.Max(mention.Index - 1, 0)) + 1;
            var before = body.AsSpan(lineStart, mention.Index - lineStart);
            var declaration = Regex.Match(body[end..], @"^[ \t]*(:=|=(?!=))[ \t]*", RegexOptions.None, Timeout);
            if (declaration.Success)
            {
                var statementStart = before.Trim();
                if (!(statementStart.IsEmpty || statementStart.SequenceEqual("var"))
                    || !StringMap().IsMatch(body.AsSpan(end + declaration.Length))
                    || !GoFixedValues.IsLiteralOfLiterals(GoFixedValues.CompositeLiteral(body.AsSpan(end + declaration.Length))))
                {
                    return false;
                }
                declarations++;
                continue;
            }
            if (!IsRead(body, end) || before.EndsWith("&", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return declarations == 1;
    }

    /// <summary>Whether the mention ending at <paramref name="end"/> reads an element: <c>m[k]</c> not given a value after it.</summary>
    private static bool IsRead(string body, int end)
    {
        if (end >= body.Length || body[end] != '[')
        {
            return false;
        }
        var close = end + CallMatcher.Arguments(body, end).Length + 2;
        if (close > body.Length)
        {
            return false;
        }
        var rest = body.AsSpan(close).TrimStart(" \t");
        var line = rest.IndexOf('\n') is var newline and >= 0 ? rest[..newline].ToString() : rest.ToString();
        // `m[k] = v`, `m[k] += v`, `m[k]++`, `m[k], n = v, 1`: an element set. `==` compares.
        return !(rest.StartsWith("=") && !rest.StartsWith("=="))
            && !Regex.IsMatch(line, @"^([+\-*/%&|^]|<<|>>|&\^)=|^(\+\+|--)", RegexOptions.None, Timeout)
            && !OneOfSeveralAssigned().IsMatch(line);
    }
}
