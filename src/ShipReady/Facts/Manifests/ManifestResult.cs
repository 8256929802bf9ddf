using ShipReady.Inventory;

namespace ShipReady.Facts.Manifests;

/// <summary>What one manifest declares, or why it could not be read.</summary>
public sealed record ManifestResult(IReadOnlyList<Dependency> Dependencies, IReadOnlyList<string> Frameworks, ScanNote? Note = null)
{
    /// <summary>A Gradle build script's dependencies named through a version catalog, resolved once every catalog is read.</summary>
    public IReadOnlyList<CatalogReference> CatalogReferences { get; init; } = [];

    /// <summary>What a Gradle version catalog declares; null for any other manifest.</summary>
    public VersionCatalog? Catalog { get; init; }

    /// <summary>The name a package.json gives its package (<c>@acme/lib</c>); null for any other manifest or none given.</summary>
    public string? PackageName { get; init; }

    public static ManifestResult Empty { get; } = new([], []);

    public static ManifestResult Malformed(string path, string what) =>
        new([], [], new ScanNote(path, "malformed-manifest", what));
}
