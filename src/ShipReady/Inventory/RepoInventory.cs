using System.Collections.Immutable;

namespace ShipReady.Inventory;

/// <summary>
/// The files of a repository that the audit takes into account, the notes of what it could not read, and the way to
/// read them, listed whole. The audit itself never holds this list: it reads each folder as the walk lists it
/// (<see cref="RepoWalker.Walk(IWalkVisitor, CancellationToken)"/>); an inventory is for the callers that need every path at once.
/// </summary>
public sealed class RepoInventory(IFileSource source, ImmutableArray<SourceFile> files, ImmutableArray<ScanNote> notes, WalkOptions options)
{
    public string DisplayRoot => source.DisplayRoot;

    public ImmutableArray<SourceFile> Files { get; } = files;

    /// <summary>Notes from the walk; reading adds its own through <see cref="ReadText"/>.</summary>
    public ImmutableArray<ScanNote> Notes { get; } = notes;

    /// <summary>Reads the inventory's files; see <see cref="FileReader"/>.</summary>
    public FileReader Reader { get; } = new(source, options.MaxFileBytes);

    /// <inheritdoc cref="FileReader.ReadText"/>
    public string? ReadText(SourceFile file, out ScanNote? note, long? maxBytes = null) => Reader.ReadText(file, out note, maxBytes);

    /// <inheritdoc cref="FileReader.ReadPooled"/>
    public PooledText? ReadPooled(SourceFile file, out ScanNote? note, long? maxBytes = null) => Reader.ReadPooled(file, out note, maxBytes);
}
