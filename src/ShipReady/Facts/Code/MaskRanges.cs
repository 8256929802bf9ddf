namespace ShipReady.Facts.Code;

/// <summary>
/// What a masker blanks, recorded as it lexes: comments in both views of the file, string contents in the
/// code view only. Each view is then written in one copy of the file (a buffer from the pool), with its line breaks kept so that
/// offsets and line numbers stay true, and only when it is asked for.
/// </summary>
internal sealed class MaskRanges
{
    private readonly List<(int Start, int End)> _comments = [];
    private readonly List<(int Start, int End)> _strings = [];

    /// <summary>
    /// One set of ranges per thread is kept for the next file: a file of code has a range per string literal, and
    /// growing new lists for every file cost as much as the views themselves.
    /// </summary>
    [ThreadStatic]
    private static MaskRanges? _spare;

    private MaskRanges()
    {
    }

    /// <summary>Empty ranges, the thread's spare ones when it has them.</summary>
    public static MaskRanges Rent()
    {
        var ranges = _spare ?? new MaskRanges();
        _spare = null;
        return ranges;
    }

    /// <summary>Empties the ranges and keeps them for the thread's next file; they must not be read after this.</summary>
    public void Release()
    {
        _comments.Clear();
        _strings.Clear();
        _spare = this;
    }

    /// <summary>[start, end) is a comment, or markup around a template's code: blank in both views.</summary>
    public void Comment(int start, int end)
    {
        if (end > start)
        {
            _comments.Add((start, end));
        }
    }

    /// <summary>[start, end) is the content of a string literal: blank in the code view.</summary>
    public void StringContent(int start, int end)
    {
        if (end > start)
        {
            _strings.Add((start, end));
        }
    }

    /// <summary>
    /// Writes the text into <paramref name="target"/> (at least as long) with the comments blanked, and the string
    /// contents too when <paramref name="blankStrings"/>.
    /// </summary>
    public void Apply(ReadOnlySpan<char> text, Span<char> target, bool blankStrings)
    {
        target = target[..text.Length];
        text.CopyTo(target);
        foreach (var (start, end) in _comments)
        {
            Blank(target, start, end);
        }
        if (blankStrings)
        {
            foreach (var (start, end) in _strings)
            {
                Blank(target, start, end);
            }
        }
    }

    /// <summary>Blanks [start, end) but keeps line breaks.</summary>
    private static void Blank(Span<char> target, int start, int end)
    {
        end = Math.Min(end, target.Length);
        while (start < end)
        {
            var rest = target[start..end];
            var lineBreak = rest.IndexOfAny('\n', '\r');
            if (lineBreak < 0)
            {
                rest.Fill(' ');
                return;
            }
            rest[..lineBreak].Fill(' ');
            start += lineBreak + 1;
        }
    }
}
