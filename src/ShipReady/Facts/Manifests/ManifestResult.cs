using ShipReady.Inventory;

namespace ShipReady.Facts.Manifests;

/// <summary>What one manifest declares, or why it could not be read.</summary>
public sealed record ManifestResult(IReadOnlyList<Dependency> Dependencies, IReadOnlyList<string> Frameworks, ScanNote? Note = null)
{
    public static ManifestResult Empty { get; } = new([], []);

    public static ManifestResult Malformed(string path, string what) =>
        new([], [], new ScanNote(path, "malformed-manifest", what));
}
