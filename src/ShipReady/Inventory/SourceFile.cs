using ShipReady.Facts.Code;

namespace ShipReady.Inventory;

/// <summary>A file of the repository that the audit takes into account.</summary>
/// <param name="Path">Relative to the root, with '/'.</param>
public sealed record SourceFile(string Path, long Length, Language? Language)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
