using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>One library of a Gradle version catalog: <c>group:artifact</c> and the version, when the catalog gives one.</summary>
public sealed record CatalogLibrary(string Coordinates, string? Version);

/// <summary>What a version catalog declares, by accessor: its libraries and its bundles (lists of library accessors).</summary>
public sealed record VersionCatalog(IReadOnlyDictionary<string, CatalogLibrary> Libraries, IReadOnlyDictionary<string, IReadOnlyList<string>> Bundles);

/// <summary>A build script's configuration naming a catalog entry: <c>implementation libs.r2dbc.migrate.starter</c>.</summary>
/// <param name="Catalog">The catalog's name, the file's name before <c>.versions.toml</c>: <c>libs</c>.</param>
/// <param name="Accessor">The rest: <c>r2dbc.migrate.starter</c>, or <c>bundles.lucene</c>.</param>
public sealed record CatalogReference(string Catalog, string Accessor, Location Location, bool Development);

/// <summary>Turns build scripts' catalog references into dependencies, once every catalog of the tree is read.</summary>
public static class GradleCatalogs
{
    /// <summary>Gradle's accessor for an alias: dashes and underscores separate its parts as dots do.</summary>
    public static string Accessor(string alias) => alias.Replace('-', '.').Replace('_', '.').ToLowerInvariant();

    /// <summary>
    /// The dependencies the references name. A reference is looked up in the catalog of its name whose project holds the
    /// build script (the catalog's <c>gradle/</c> folder beside the nearest folder above the script), or else in any
    /// catalog of that name; one that names no library of it (a plugin, a version, a typo) is passed over.
    /// </summary>
    public static IEnumerable<Dependency> Resolve(IReadOnlyList<CatalogReference> references, IReadOnlyList<(string Path, VersionCatalog Catalog)> catalogs)
    {
        foreach (var reference in references)
        {
            var catalog = CatalogFor(reference, catalogs);
            if (catalog is null)
            {
                continue;
            }
            var accessor = reference.Accessor.ToLowerInvariant();
            IEnumerable<string> members = accessor.StartsWith("bundles.", StringComparison.Ordinal)
                && catalog.Bundles.TryGetValue(accessor["bundles.".Length..], out var bundle) ? bundle : [accessor];
            foreach (var member in members)
            {
                if (catalog.Libraries.TryGetValue(member, out var library))
                {
                    yield return new Dependency("maven", library.Coordinates, library.Version, reference.Location, reference.Development);
                }
            }
        }
    }

    private static VersionCatalog? CatalogFor(CatalogReference reference, IReadOnlyList<(string Path, VersionCatalog Catalog)> catalogs)
    {
        var named = catalogs.Where(c => Path.GetFileName(c.Path) == reference.Catalog + ".versions.toml").ToList();
        var script = reference.Location.File;
        // gradle/libs.versions.toml belongs to the project in the folder above gradle/: the longest such folder that holds the script.
        return named
            .Select(c => (c.Catalog, Project: Path.GetDirectoryName(Path.GetDirectoryName(c.Path)) ?? ""))
            .Where(c => c.Project.Length == 0 || script.StartsWith(c.Project.Replace('\\', '/') + "/", StringComparison.Ordinal))
            .OrderByDescending(c => c.Project.Length)
            .Select(c => c.Catalog)
            .FirstOrDefault() ?? named.Select(c => c.Catalog).FirstOrDefault();
    }
}
