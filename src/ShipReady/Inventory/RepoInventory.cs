using System.Collections.Immutable;
using ShipReady.Facts.Code;

namespace ShipReady.Inventory;

/// <summary>The files of a repository that the audit takes into account, the notes of what it could not read, and the way to read them.</summary>
public sealed class RepoInventory(IFileSource source, ImmutableArray<SourceFile> files, ImmutableArray<ScanNote> notes, WalkOptions options)
{
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

    /// <summary>Reads the inventory's files; see <see cref="FileReader"/>.</summary>
    public FileReader Reader { get; } = new(source, options.MaxFileBytes);

    /// <inheritdoc cref="FileReader.ReadText"/>
    public string? ReadText(SourceFile file, out ScanNote? note, long? maxBytes = null) => Reader.ReadText(file, out note, maxBytes);

    /// <inheritdoc cref="FileReader.ReadPooled"/>
    public PooledText? ReadPooled(SourceFile file, out ScanNote? note, long? maxBytes = null) => Reader.ReadPooled(file, out note, maxBytes);
}
