namespace ShipReady.Facts.Code;

/// <summary>
/// A source file with comments blanked, and with string contents blanked or kept, at the same
/// offsets as the original, so that a match in the masked text points at the right line and column.
/// </summary>
public sealed class MaskedSource
{
    private readonly MaskRanges? _ranges;
    private int[]? _lineStarts;
    private string? _code;
    private string? _codeAndStrings;

    public MaskedSource(string original, string code, string codeAndStrings)
    {
        Original = original;
        _code = code;
        _codeAndStrings = codeAndStrings;
    }

    /// <summary>Each view is written the first time it is read: many files need only one of them.</summary>
    internal MaskedSource(string original, MaskRanges ranges)
    {
        Original = original;
        _ranges = ranges;
    }

    /// <summary>Computed on first use: most masked files have no hit and never need a line number.</summary>
    private int[] LineStarts => _lineStarts ??= LineFinder.LineStarts(Original);

    public string Original { get; }

    /// <summary>Comments and string contents blanked; quotes kept.</summary>
    public string Code => _code ??= _ranges!.Apply(Original, blankStrings: true);

    /// <summary>Comments blanked; strings as written.</summary>
    public string CodeAndStrings => _codeAndStrings ??= _ranges!.Apply(Original, blankStrings: false);

    public (int Line, int Column) Position(int offset)
    {
        var starts = LineStarts;
        var line = LineFinder.LineAt(starts, offset);
        return (line, offset - starts[line - 1] + 1);
    }

    /// <summary>The line as written.</summary>
    public string LineText(int line) => Line(Original, line);

    /// <summary>The line with its comments and string contents blanked, quotes kept.</summary>
    public string CodeLine(int line) => Line(Code, line);

    /// <summary>The line with its comments blanked and its strings as written.</summary>
    public string CodeAndStringsLine(int line) => Line(CodeAndStrings, line);

    private string Line(string text, int line)
    {
        var starts = LineStarts;
        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] - 1 : text.Length;
        return text[start..end].TrimEnd('\r');
    }

    public int LineCount => LineStarts.Length;
}
