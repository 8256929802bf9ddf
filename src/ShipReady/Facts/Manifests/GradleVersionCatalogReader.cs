using Tomlyn;
using Tomlyn.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>
/// Reads a Gradle version catalog (<c>gradle/libs.versions.toml</c>): each library of its <c>[libraries]</c> table and
/// each bundle of <c>[bundles]</c>, under the accessor a build script names it by (<c>r2dbc-migrate-starter</c> is
/// <c>libs.r2dbc.migrate.starter</c>). A catalog declares what a build may use; only what a build script's
/// configuration names becomes a dependency (<see cref="GradleCatalogs"/>).
/// </summary>
public sealed class GradleVersionCatalogReader : IManifestReader
{
    public bool Reads(string path) => path.EndsWith(".versions.toml", StringComparison.Ordinal);

    public ManifestResult Read(string path, string text)
    {
        TomlTable root;
        try
        {
            root = TomlDocument.Parse(text);
        }
        catch (TomlException e)
        {
            return ManifestResult.Malformed(path, $"not valid TOML ({e.Message.Split('\n')[0]}); fix the catalog so its libraries can be read");
        }
        var versions = root.TryGetValue("versions", out var v) && v is TomlTable table ? table : [];
        var libraries = new Dictionary<string, CatalogLibrary>(StringComparer.Ordinal);
        if (root.TryGetValue("libraries", out var l) && l is TomlTable declared)
        {
            foreach (var (alias, value) in declared)
            {
                if (Library(value, versions) is { } library)
                {
                    libraries[GradleCatalogs.Accessor(alias)] = library;
                }
            }
        }
        var bundles = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root.TryGetValue("bundles", out var b) && b is TomlTable declaredBundles)
        {
            foreach (var (alias, value) in declaredBundles)
            {
                if (value is TomlArray members)
                {
                    bundles[GradleCatalogs.Accessor(alias)] = [.. members.OfType<string>().Select(GradleCatalogs.Accessor)];
                }
            }
        }
        return ManifestResult.Empty with { Catalog = new VersionCatalog(libraries, bundles) };
    }

    /// <summary><c>"g:a:v"</c>, <c>{ module = "g:a", version = "v" }</c>, <c>{ group = "g", name = "a", version.ref = "x" }</c>.</summary>
    private static CatalogLibrary? Library(object? value, TomlTable versions)
    {
        if (value is string notation)
        {
            var parts = notation.Split(':');
            return parts.Length >= 2 ? new CatalogLibrary($"{parts[0]}:{parts[1]}", parts.Length > 2 ? parts[2] : null) : null;
        }
        if (value is not TomlTable table)
        {
            return null;
        }
        var coordinates = table.TryGetValue("module", out var module) && module is string m ? m
            : table.TryGetValue("group", out var g) && g is string group && table.TryGetValue("name", out var n) && n is string name ? $"{group}:{name}"
            : null;
        if (coordinates is null || coordinates.Split(':').Length != 2)
        {
            return null;
        }
        var version = table.TryGetValue("version", out var ver) ? ver switch
        {
            string literal => literal,
            TomlTable reference when reference.TryGetValue("ref", out var r) && r is string key && versions.TryGetValue(key, out var found) => found as string,
            _ => null,
        } : null;
        return new CatalogLibrary(coordinates, version);
    }
}
