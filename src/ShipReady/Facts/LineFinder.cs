using ShipReady.Facts.Code;

namespace ShipReady.Facts;

/// <summary>Lines of a text: the line of a declaration in a manifest, and line tables for code and lockfiles.</summary>
internal static class LineFinder
{
    public static int LineOf(string text, string needle, int fallback = 1)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        if (index < 0)
        {
            index = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
        }
        return index < 0 ? fallback : LineAt(text, index);
    }

    public static int LineAt(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }
        return line;
    }

    /// <summary>
    /// Where each line starts. A lockfile places hundreds of entries in megabytes of text; counting
    /// newlines from the top for each of them would be quadratic.
    /// </summary>
    public static int[] LineStarts(ReadOnlySpan<char> text)
    {
        var starts = new int[LineCount(text)];
        FillLineStarts(text, starts);
        return starts;
    }

    public static int LineCount(ReadOnlySpan<char> text) => text.Count('\n') + 1;

    /// <summary>Writes where each line starts into <paramref name="starts"/>, which holds at least <see cref="LineCount"/> slots.</summary>
    public static void FillLineStarts(ReadOnlySpan<char> text, Span<int> starts)
    {
        starts[0] = 0;
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOfFrom('\n', i + 1))
        {
            starts[line++] = i + 1;
        }
    }

    /// <summary>The 1-based line of an offset, given the line starts of its text.</summary>
    public static int LineAt(ReadOnlySpan<int> lineStarts, int index)
    {
        var found = lineStarts.BinarySearch(index);
        return found >= 0 ? found + 1 : ~found;
    }
}
