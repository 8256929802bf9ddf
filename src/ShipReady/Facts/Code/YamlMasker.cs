namespace ShipReady.Facts.Code;

/// <summary>
/// YAML's comments (a <c>#</c> at the start of a line or after a space) and quoted scalars
/// (<c>'…'</c>, where <c>''</c> is a quote, and <c>"…"</c> with backslash escapes). A quote opens a
/// string only where a scalar can start (after <c>: </c>, <c>- </c>, a bracket or at the line's
/// start), so an apostrophe inside plain text (<c>it's</c>) is text. Both end at the line's end.
/// </summary>
internal static class YamlMasker
{
    public static void Mask(ReadOnlySpan<char> s, MaskRanges ranges)
    {
        var lineStart = 0;
        while (lineStart < s.Length)
        {
            var lineEnd = s.IndexOfFrom('\n', lineStart);
            lineEnd = lineEnd < 0 ? s.Length : lineEnd;
            MaskLine(s, lineStart, lineEnd, ranges);
            lineStart = lineEnd + 1;
        }
    }

    private static void MaskLine(ReadOnlySpan<char> s, int start, int end, MaskRanges ranges)
    {
        for (var i = start; i < end; i++)
        {
            var c = s[i];
            var afterBlank = i == start || s[i - 1] is ' ' or '\t';
            if (c == '#' && afterBlank)
            {
                ranges.Comment(i, end);
                return;
            }
            if (c is '\'' or '"' && StartsScalar(s, start, i))
            {
                var close = ClosingQuote(s, i + 1, end, c);
                ranges.StringContent(i + 1, close);
                i = close;
            }
        }
    }

    private static bool StartsScalar(ReadOnlySpan<char> s, int lineStart, int i)
    {
        var j = i - 1;
        while (j >= lineStart && s[j] is ' ' or '\t')
        {
            j--;
        }
        return j < lineStart || s[j] is ':' or '-' or '[' or '{' or ',' or '?';
    }

    private static int ClosingQuote(ReadOnlySpan<char> s, int from, int end, char quote)
    {
        for (var i = from; i < end; i++)
        {
            if (quote == '"' && s[i] == '\\')
            {
                i++;
            }
            else if (s[i] == quote)
            {
                if (quote == '\'' && i + 1 < end && s[i + 1] == '\'')
                {
                    i++;
                    continue;
                }
                return i;
            }
        }
        return end;
    }
}
