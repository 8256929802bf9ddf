namespace ShipReady.Facts.Code;

/// <summary>
/// Python string literals read from an expression's text: a run of literals side by side (<c>"a" f"{b}"</c>, with any of
/// the prefixes r, b, u, f), the holes of its f-strings, and the arguments of a <c>.format(…)</c> called on it.
/// </summary>
public static class PythonStrings
{
    /// <summary>What a run of literals interpolates.</summary>
    /// <param name="Holes">The expressions of the f-strings' holes, without conversions and format specs.</param>
    /// <param name="FormatArguments">The text inside <c>.format(…)</c> when the run is formatted so; null otherwise.</param>
    /// <param name="Formatted">Whether one of the literals is an f-string.</param>
    public sealed record Literals(List<string> Holes, string? FormatArguments, bool Formatted);

    /// <summary>
    /// The literals when the whole expression is a run of them, optionally followed by one <c>.format(…)</c>; null for any
    /// other expression, or when a literal does not close or a hole cannot be read (a format spec with a hole of its own).
    /// </summary>
    public static Literals? Read(string text)
    {
        var holes = new List<string>();
        var formatted = false;
        var i = SkipSpace(text, 0);
        var count = 0;
        while (i < text.Length && LiteralAt(text, i) is var (quote, f) && quote >= 0)
        {
            var end = f ? FString(text, quote, holes) : End(text, quote);
            if (end < 0)
            {
                return null;
            }
            formatted |= f;
            count++;
            i = SkipSpace(text, end);
        }
        if (count == 0)
        {
            return null;
        }
        if (i == text.Length)
        {
            return new Literals(holes, null, formatted);
        }
        var rest = text[i..];
        if (!rest.StartsWith(".format", StringComparison.Ordinal))
        {
            return null;
        }
        var open = SkipSpace(text, i + ".format".Length);
        if (open >= text.Length || text[open] != '(')
        {
            return null;
        }
        var blanked = Blank(text);
        var arguments = CallMatcher.Arguments(blanked, open);
        var close = open + arguments.Length + 1;
        return close < text.Length && text[close] == ')' && SkipSpace(text, close + 1) == text.Length
            ? new Literals(holes, text.Substring(open + 1, arguments.Length), formatted)
            : null;
    }

    /// <summary>The text with what each literal holds replaced by spaces (quotes and prefixes kept), at the same offsets.</summary>
    public static string Blank(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\'' or '"'))
            {
                continue;
            }
            var end = End(text, i);
            var stop = end < 0 ? text.Length : end;
            var width = Triple(text, i) ? 3 : 1;
            for (var j = i + width; j < stop - width && j < text.Length; j++)
            {
                if (chars[j] != '\n')
                {
                    chars[j] = ' ';
                }
            }
            if (end < 0)
            {
                break;
            }
            i = end - 1;
        }
        return new string(chars);
    }

    /// <summary>When a literal starts at <paramref name="i"/> (its prefix or its quote): where its quote is, and whether it is an f-string.</summary>
    private static (int Quote, bool F) LiteralAt(string text, int i)
    {
        var j = i;
        var f = false;
        while (j < text.Length && j < i + 2 && char.IsLetter(text[j]))
        {
            if (text[j] is not ('r' or 'R' or 'b' or 'B' or 'u' or 'U' or 'f' or 'F'))
            {
                return (-1, false);
            }
            f |= text[j] is 'f' or 'F';
            j++;
        }
        return j < text.Length && text[j] is '\'' or '"' ? (j, f) : (-1, false);
    }

    private static bool Triple(string text, int quote) =>
        quote + 2 < text.Length && text[quote + 1] == text[quote] && text[quote + 2] == text[quote];

    /// <summary>Where the literal whose quote is at <paramref name="quote"/> ends (just past its closing quote); -1 when it does not close.</summary>
    private static int End(string text, int quote)
    {
        var triple = Triple(text, quote);
        var q = text[quote];
        for (var i = quote + (triple ? 3 : 1); i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (!triple && text[i] == '\n')
            {
                return -1;
            }
            else if (text[i] == q && (!triple || (i + 2 < text.Length && text[i + 1] == q && text[i + 2] == q)))
            {
                return i + (triple ? 3 : 1);
            }
        }
        return -1;
    }

    /// <summary>Reads an f-string, adding its holes; where it ends (just past its closing quote), or -1.</summary>
    private static int FString(string text, int quote, List<string> holes)
    {
        var triple = Triple(text, quote);
        var q = text[quote];
        for (var i = quote + (triple ? 3 : 1); i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                i++;
            }
            else if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                i++;
            }
            else if (c == '{')
            {
                var close = Hole(text, i, holes);
                if (close < 0)
                {
                    return -1;
                }
                i = close;
            }
            else if (!triple && c == '\n')
            {
                return -1;
            }
            else if (c == q && (!triple || (i + 2 < text.Length && text[i + 1] == q && text[i + 2] == q)))
            {
                return i + (triple ? 3 : 1);
            }
        }
        return -1;
    }

    /// <summary>
    /// Reads the hole opened at <paramref name="open"/>: its expression, up to a conversion (<c>!r</c>), a format spec
    /// (<c>:&gt;10</c>) or a debugging <c>=</c> at its outermost level, is added; gives its closing brace, or -1 when it
    /// does not close or its spec holds a hole of its own.
    /// </summary>
    private static int Hole(string text, int open, List<string> holes)
    {
        var depth = 0;
        var expressionEnd = -1;
        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"')
            {
                var end = LiteralAt(text, i) is var (quote, _) && quote == i ? End(text, i) : -1;
                if (end < 0)
                {
                    return -1;
                }
                i = end - 1;
                continue;
            }
            if (c is '(' or '[' or '{')
            {
                if (c == '{' && expressionEnd >= 0)
                {
                    // A spec with a hole of its own (`{x:{width}}`): what it formats is not read.
                    return -1;
                }
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    holes.Add(text[(open + 1)..(expressionEnd >= 0 ? expressionEnd : i)].TrimEnd().TrimEnd('='));
                    return i;
                }
                depth--;
            }
            else if (depth == 0 && expressionEnd < 0
                && ((c == '!' && i + 1 < text.Length && text[i + 1] != '=') || (c == ':' && !(i + 1 < text.Length && text[i + 1] == '='))))
            {
                expressionEnd = i;
            }
        }
        return -1;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }
}
