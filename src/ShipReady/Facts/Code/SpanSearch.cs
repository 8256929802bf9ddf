namespace ShipReady.Facts.Code;

/// <summary>
/// The start-index searches that strings have and spans lack, so that code reading a file's text from a pooled
/// buffer keeps its offsets relative to the whole text. Each returns -1 when the value does not occur.
/// </summary>
internal static class SpanSearch
{
    public static int IndexOfFrom(this ReadOnlySpan<char> text, char value, int from)
    {
        var at = text[from..].IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    public static int IndexOfFrom(this ReadOnlySpan<char> text, string value, int from)
    {
        var at = text[from..].IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }
}
