using System.Buffers;
using System.Text;

namespace ShipReady.Inventory;

/// <summary>Reads the files of a repository as text, within the walk's size limit, noting what it cannot read.</summary>
public sealed class FileReader(IFileSource source, long maxFileBytes)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads a file as text. Binary and oversized files give null and a note; invalid UTF-8 is read
    /// with replacement characters, and noted, so that the rest of the file is still audited.
    /// </summary>
    /// <param name="maxBytes">A larger limit for files that are big by nature, such as lockfiles.</param>
    public string? ReadText(SourceFile file, out ScanNote? note, long? maxBytes = null)
    {
        using var text = ReadPooled(file, out note, maxBytes);
        return text?.ToString();
    }

    /// <summary>
    /// Reads a file as <see cref="ReadText"/> does, into a buffer from the pool that the caller disposes. The scan
    /// reads every file of the tree once and keeps only what it finds: a string per file would give the collector
    /// the whole tree, twice its size in UTF-16, to reclaim.
    /// </summary>
    public PooledText? ReadPooled(SourceFile file, out ScanNote? note, long? maxBytes = null)
    {
        note = null;
        var limit = maxBytes ?? maxFileBytes;
        if (file.Length > limit)
        {
            note = new ScanNote(file.Path, "too-large", $"is {file.Length / 1024 / 1024.0:0.#} MiB, over the {limit / 1024 / 1024} MiB limit; not read. Ignore it in shipready.yml if it is generated.");
            return null;
        }
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(file.Length, 1));
        try
        {
            int length;
            try
            {
                length = source.ReadInto(file.Path, buffer.AsSpan(0, (int)file.Length));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                note = new ScanNote(file.Path, "unreadable", $"cannot be read ({RepoWalker.Reason(e)}); check its permissions. Skipped.");
                return null;
            }
            var bytes = buffer.AsSpan(0, length);
            if (bytes[..Math.Min(bytes.Length, 8000)].Contains((byte)0))
            {
                note = new ScanNote(file.Path, "binary", "is a binary file; not read.");
                return null;
            }
            if (bytes.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }
            // UTF-8 never needs more UTF-16 characters than it has bytes, replacement characters included.
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
            try
            {
                return new PooledText(chars, StrictUtf8.GetChars(bytes, chars));
            }
            catch (DecoderFallbackException)
            {
                note = new ScanNote(file.Path, "invalid-utf8", "is not valid UTF-8; read with replacement characters. Re-save it as UTF-8.");
                return new PooledText(chars, Encoding.UTF8.GetChars(bytes, chars));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
