using System.Buffers;

namespace ShipReady.Inventory;

/// <summary>
/// A file's text in a buffer rented from the shared pool. Dispose gives the buffer back; the text must not be read
/// after that, so whatever is kept from it has to be copied out first.
/// </summary>
public sealed class PooledText : IDisposable
{
    private char[]? _buffer;

    internal PooledText(char[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<char> Memory => Buffer.AsMemory(0, Length);

    public ReadOnlySpan<char> Span => Buffer.AsSpan(0, Length);

    private char[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(PooledText));

    /// <summary>The text as a new string, which outlives the buffer.</summary>
    public override string ToString() => new(Span);

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
