using Tomlyn;
using Tomlyn.Model;
using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>Reads pyproject.toml (PEP 621 and Poetry) and Pipfile.</summary>
public sealed class TomlManifestReader : IManifestReader
{
    public bool Reads(string path) => Path.GetFileName(path) is "pyproject.toml" or "Pipfile";

    public ManifestResult Read(string path, string text)
    {
        TomlTable root;
        try
        {
            root = TomlDocument.Parse(text);
        }
        catch (TomlException e)
        {
            return ManifestResult.Malformed(path, $"is not valid TOML ({e.Message.Split('\n')[0]}); its dependencies are not counted. Fix the TOML.");
        }
        var dependencies = new List<Dependency>();
        void AddName(string name, string? version, bool development)
        {
            if (name.Equals("python", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
            var line = LineFinder.LineOf(text, name);
            dependencies.Add(new Dependency("pypi", name, version, new Location(path, line), development));
        }
        void AddRequirements(object? value, bool development)
        {
            if (value is not TomlArray array)
            {
                return;
            }
            foreach (var item in array)
            {
                if (item is string requirement && PythonRequirement.Parse(requirement) is { } parsed)
                {
                    AddName(parsed.Name, parsed.Version, development);
                }
            }
        }
        void AddTable(object? value, bool development)
        {
            if (value is not TomlTable table)
            {
                return;
            }
            foreach (var (name, spec) in table)
            {
                AddName(name, spec as string, development);
            }
        }

        if (Path.GetFileName(path) == "Pipfile")
        {
            AddTable(Get(root, "packages"), false);
            AddTable(Get(root, "dev-packages"), true);
        }
        else
        {
            AddRequirements(Get(root, "project", "dependencies"), false);
            if (Get(root, "project", "optional-dependencies") is TomlTable optional)
            {
                foreach (var (_, group) in optional)
                {
                    AddRequirements(group, true);
                }
            }
            if (Get(root, "dependency-groups") is TomlTable groups)
            {
                foreach (var (_, group) in groups)
                {
                    AddRequirements(group, true);
                }
            }
            AddTable(Get(root, "tool", "poetry", "dependencies"), false);
            AddTable(Get(root, "tool", "poetry", "dev-dependencies"), true);
            if (Get(root, "tool", "poetry", "group") is TomlTable poetryGroups)
            {
                foreach (var (_, group) in poetryGroups)
                {
                    AddTable((group as TomlTable)?.TryGetValue("dependencies", out var deps) == true ? deps : null, true);
                }
            }
        }
        return new ManifestResult(dependencies, []);
    }

    private static object? Get(TomlTable table, params string[] keys)
    {
        object? current = table;
        foreach (var key in keys)
        {
            if (current is not TomlTable t || !t.TryGetValue(key, out current))
            {
                return null;
            }
        }
        return current;
    }
}
