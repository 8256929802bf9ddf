namespace ShipReady.Facts.Code;

/// <summary>
/// A source file with comments blanked, and with string contents blanked or kept, at the same
/// offsets as the original, so that a match in the masked text points at the right line and column.
/// </summary>
public sealed class MaskedSource
{
    private readonly int[] _lineStarts;

    public MaskedSource(string original, string code, string codeAndStrings)
    {
        Original = original;
        Code = code;
        CodeAndStrings = codeAndStrings;
        var starts = new List<int> { 0 };
        for (var i = 0; i < original.Length; i++)
        {
            if (original[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = [.. starts];
    }

    public string Original { get; }

    /// <summary>Comments and string contents blanked; quotes kept.</summary>
    public string Code { get; }

    /// <summary>Comments blanked; strings as written.</summary>
    public string CodeAndStrings { get; }

    public (int Line, int Column) Position(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    public string LineText(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Original.Length;
        return Original[start..end].TrimEnd('\r');
    }

    public int LineCount => _lineStarts.Length;
}
