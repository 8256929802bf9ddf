namespace ShipReady.Facts.Manifests;

/// <summary>Finds the line of a declaration in a manifest, for evidence that points at it.</summary>
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
}
