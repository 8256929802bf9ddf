using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using ShipReady.Facts.Code;

namespace ShipReady.Inventory;

/// <summary>The files of a repository that the audit takes into account, the notes of what it could not read, and the way to read them.</summary>
public sealed class RepoInventory(IFileSource source, ImmutableArray<SourceFile> files, ImmutableArray<ScanNote> notes, WalkOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string DisplayRoot => source.DisplayRoot;

    public ImmutableArray<SourceFile> Files { get; } = files;

    /// <summary>Notes from the walk; reading adds its own through <see cref="ReadText"/>.</summary>
    public ImmutableArray<ScanNote> Notes { get; } = notes;

    /// <summary>Programming languages with at least one file, by file count, most first.</summary>
    public ImmutableArray<(Language Language, int Files)> Languages { get; } =
    [
        .. files.Where(f => f.Language is { } language && Facts.Code.Languages.IsCode(language))
            .GroupBy(f => f.Language!.Value)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(p => p.Item2).ThenBy(p => p.Key),
    ];

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
        var limit = maxBytes ?? options.MaxFileBytes;
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
