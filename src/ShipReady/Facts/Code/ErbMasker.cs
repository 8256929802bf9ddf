using System.Buffers;

namespace ShipReady.Facts.Code;

/// <summary>
/// ERB templates (<c>.html.erb</c>): only the Ruby inside <c>&lt;% … %&gt;</c> and <c>&lt;%= … %&gt;</c>
/// tags is code. The markup around the tags, the tag delimiters and <c>&lt;%# … %&gt;</c> comments are
/// blanked in both views, so that a pattern never matches page text; the Ruby in the tags is then
/// masked as Ruby, with its own strings and comments.
/// </summary>
internal static class ErbMasker
{
    public static void Mask(ReadOnlySpan<char> s, MaskRanges ranges)
    {
        // Ruby sees the tags' code at its own offsets with everything else blank, so RubyMasker's
        // strings and comments cannot run across markup, and positions stay those of the template.
        var i = 0;
        while (i < s.Length)
        {
            var open = s.IndexOfFrom("<%", i);
            if (open < 0)
            {
                ranges.Comment(i, s.Length);
                break;
            }
            // "<%%" writes a literal "<%": still markup.
            if (open + 2 < s.Length && s[open + 2] == '%')
            {
                ranges.Comment(i, open + 3);
                i = open + 3;
                continue;
            }
            var close = s.IndexOfFrom("%>", open + 2);
            var end = close < 0 ? s.Length : close + 2;
            var comment = open + 2 < s.Length && s[open + 2] == '#';
            var codeStart = comment ? end : open + 2;
            while (codeStart < end && s[codeStart] is '=' or '-')
            {
                codeStart++;
            }
            var codeEnd = close < 0 ? s.Length : close;
            if (codeEnd > codeStart && s[codeEnd - 1] == '-')
            {
                codeEnd--;
            }
            ranges.Comment(i, codeStart);
            ranges.Comment(Math.Max(codeStart, codeEnd), end);
            i = end;
        }
        var markupBlank = ArrayPool<char>.Shared.Rent(Math.Max(s.Length, 1));
        try
        {
            ranges.Apply(s, markupBlank, blankStrings: false);
            RubyMasker.Mask(markupBlank.AsSpan(0, s.Length), ranges);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(markupBlank);
        }
    }
}
