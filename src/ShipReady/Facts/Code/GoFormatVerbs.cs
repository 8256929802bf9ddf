namespace ShipReady.Facts.Code;

/// <summary>
/// The verbs of a Go format string (<c>fmt.Sprintf</c>'s first argument, as written), one per value it takes, in order:
/// <c>"delete from %s where site_id=%d"</c> gives <c>s</c>, <c>d</c>.
/// </summary>
/// <remarks>
/// <c>%d</c> prints an integer as its digits. Given a value of another kind, fmt prints <c>%!d(string=…)</c> with the
/// value in it, a mistake go vet's printf check (which <c>go test</c> runs) reports; so a value printed with <c>%d</c>
/// is a number unless the code is wrong in a way its own tools point out. A format that picks its values by index
/// (<c>%[2]d</c>) or takes a width from them (<c>%*d</c>) is not read.
/// </remarks>
public static class GoFormatVerbs
{
    /// <summary>The verbs of the literal (with its quotes or backticks), one per value; null when they cannot be matched to values.</summary>
    public static List<char>? Of(ReadOnlySpan<char> literal)
    {
        if (literal.Length < 2 || literal[0] is not ('"' or '`'))
        {
            return null;
        }
        var text = literal[1..^1];
        var verbs = new List<char>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                continue;
            }
            i++;
            while (i < text.Length && text[i] is '+' or '-' or '#' or ' ' or '0')
            {
                i++;
            }
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }
            if (i >= text.Length || text[i] is '[' or '*')
            {
                return null;
            }
            if (text[i] != '%')
            {
                verbs.Add(text[i]);
            }
        }
        return verbs;
    }
}
