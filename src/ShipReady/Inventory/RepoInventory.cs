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

    /// <summary>Languages with at least one file, by file count, most first.</summary>
    public ImmutableArray<(Language Language, int Files)> Languages { get; } =
    [
        .. files.Where(f => f.Language is not null)
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
        note = null;
        var limit = maxBytes ?? options.MaxFileBytes;
        if (file.Length > limit)
        {
            note = new ScanNote(file.Path, "too-large", $"is {file.Length / 1024 / 1024.0:0.#} MiB, over the {limit / 1024 / 1024} MiB limit; not read. Ignore it in shipready.yml if it is generated.");
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = source.Read(file.Path, (int)Math.Min(limit, int.MaxValue));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            note = new ScanNote(file.Path, "unreadable", $"cannot be read ({RepoWalker.Reason(e)}); check its permissions. Skipped.");
            return null;
        }
        var probe = bytes.AsSpan(0, Math.Min(bytes.Length, 8000));
        if (probe.Contains((byte)0))
        {
            note = new ScanNote(file.Path, "binary", "is a binary file; not read.");
            return null;
        }
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            note = new ScanNote(file.Path, "invalid-utf8", "is not valid UTF-8; read with replacement characters. Re-save it as UTF-8.");
            return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        }
    }
}
