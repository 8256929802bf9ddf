using Tomlyn;
using Tomlyn.Model;
using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>
/// Reads poetry.lock: one dependency per <c>[[package]]</c>. A package is development-only when the
/// lockfile says so: <c>category = "dev"</c> in lock format 1, or groups without <c>main</c> in format 2.1.
/// Format 2.0 records neither, and its packages count as the product's.
/// </summary>
public sealed class PoetryLockReader : IManifestReader
{
    public bool Reads(string path) => Path.GetFileName(path) == "poetry.lock";

    public ManifestResult Read(string path, string text)
    {
        TomlTable root;
        try
        {
            root = TomlDocument.Parse(text);
        }
        catch (TomlException e)
        {
            return ManifestResult.Malformed(path, $"is not valid TOML ({e.Message.Split('\n')[0]}); its packages are not counted. Regenerate it with poetry lock.");
        }
        if (!root.TryGetValue("package", out var value) || value is not TomlTableArray packages)
        {
            return ManifestResult.Empty;
        }
        var dependencies = new List<Dependency>();
        var lineStarts = LineFinder.LineStarts(text);
        // Packages appear in the text in the order of the array, so each is searched for after the previous one.
        var cursor = 0;
        foreach (var package in packages)
        {
            if (!package.TryGetValue("name", out var named) || named is not string name || name.Length == 0)
            {
                continue;
            }
            var version = package.TryGetValue("version", out var v) ? v as string : null;
            var index = text.IndexOf($"name = \"{name}\"", cursor, StringComparison.Ordinal);
            if (index >= 0)
            {
                cursor = index + 1;
            }
            var line = index >= 0 ? LineFinder.LineAt(lineStarts, index) : LineFinder.LineOf(text, $"\"{name}\"");
                        // The lock holds every package the resolver chose; pyproject.toml says which the product asked for.
            dependencies.Add(new Dependency("pypi", name, version, new Location(path, line), IsDevelopment(package), Transitive: true));
        }
        return new ManifestResult(dependencies, []);
    }

    private static bool IsDevelopment(TomlTable package)
    {
        if (package.TryGetValue("category", out var category) && category is string text)
        {
            return text == "dev";
        }
        return package.TryGetValue("groups", out var groups) && groups is TomlArray array && array.Count > 0 && !array.Contains("main");
    }
}
