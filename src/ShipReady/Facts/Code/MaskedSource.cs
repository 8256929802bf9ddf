using System.Buffers;

namespace ShipReady.Facts.Code;

/// <summary>
/// A source file with comments blanked, and with string contents blanked or kept, at the same
/// offsets as the original, so that a match in the masked text points at the right line and column.
/// </summary>
/// <remarks>
/// The views are written into buffers rented from the shared pool, and the original may itself be one: an audit
/// reads every file once, and a new string per file and per view was most of what the collector had to reclaim.
/// Dispose gives the views' buffers back; nothing read from a view may be kept past it except the strings the
/// methods return.
/// </remarks>
public sealed class MaskedSource : IDisposable
{
    private readonly ReadOnlyMemory<char> _original;
    private readonly MaskRanges _ranges;
    private int[]? _lineStarts;
    private int _lineCount;
    private char[]? _code;
    private char[]? _codeAndStrings;
    private string? _codeText;
    private string? _codeAndStringsText;
    private bool _disposed;

    /// <summary>Each view is written the first time it is read: many files need only one of them.</summary>
    internal MaskedSource(ReadOnlyMemory<char> original, MaskRanges ranges)
    {
        _original = original;
        _ranges = ranges;
    }

    /// <summary>Computed on first use, into a pooled buffer: most masked files have no hit and never need a line number.</summary>
    private ReadOnlySpan<int> LineStarts
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_lineStarts is null)
            {
                _lineCount = LineFinder.LineCount(Original);
                _lineStarts = ArrayPool<int>.Shared.Rent(_lineCount);
                LineFinder.FillLineStarts(Original, _lineStarts);
            }
            return _lineStarts.AsSpan(0, _lineCount);
        }
    }

    public ReadOnlySpan<char> Original => _original.Span;

    /// <summary>Comments and string contents blanked; quotes kept.</summary>
    public ReadOnlySpan<char> Code => View(ref _code, blankStrings: true);

    /// <summary>Comments blanked; strings as written.</summary>
    public ReadOnlySpan<char> CodeAndStrings => View(ref _codeAndStrings, blankStrings: false);

    /// <summary>
    /// <see cref="Code"/> as a string, copied once on first use: a regular expression gives its groups only on a
    /// string.
    /// </summary>
    public string CodeText => _codeText ??= new string(Code);

    /// <summary><see cref="CodeAndStrings"/> as a string, copied once on first use.</summary>
    public string CodeAndStringsText => _codeAndStringsText ??= new string(CodeAndStrings);

    /// <summary>A view, as long as the text: the rented buffer may be longer, and its tail holds an earlier file.</summary>
    private ReadOnlySpan<char> View(ref char[]? view, bool blankStrings)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (view is null)
        {
            view = ArrayPool<char>.Shared.Rent(Math.Max(_original.Length, 1));
            _ranges.Apply(Original, view, blankStrings);
        }
        return view.AsSpan(0, _original.Length);
    }

    public (int Line, int Column) Position(int offset)
    {
        var starts = LineStarts;
        var line = LineFinder.LineAt(starts, offset);
        return (line, offset - starts[line - 1] + 1);
    }

    /// <summary>The offset at which a line (counted from 1) starts.</summary>
    public int LineStart(int line) => LineStarts[line - 1];

    /// <summary>The line as written.</summary>
    public string LineText(int line) => Line(Original, line);

    /// <summary>The line with its comments and string contents blanked, quotes kept.</summary>
    public string CodeLine(int line) => Line(Code, line);

    /// <summary>The line with its comments blanked and its strings as written.</summary>
    public string CodeAndStringsLine(int line) => Line(CodeAndStrings, line);

    private string Line(ReadOnlySpan<char> text, int line)
    {
        var starts = LineStarts;
        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] - 1 : text.Length;
        return new string(text[start..end].TrimEnd('\r'));
    }

    public int LineCount => LineStarts.Length;

    public void Dispose()
    {
        // A second call must not release the ranges again: by then another file may be using them.
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        Return(ref _code);
        Return(ref _codeAndStrings);
        Return(ref _lineStarts);
        _ranges.Release();
    }

    private static void Return<T>(ref T[]? buffer)
    {
        if (buffer is not null)
        {
            ArrayPool<T>.Shared.Return(buffer);
            buffer = null;
        }
    }
}
