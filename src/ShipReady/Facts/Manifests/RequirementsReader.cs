using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>Reads pip requirement files (requirements.txt, requirements-dev.txt, requirements/base.txt).</summary>
public sealed class RequirementsReader : IManifestReader
{
    public bool Reads(string path)
    {
        var name = Path.GetFileName(path);
        return (name.StartsWith("requirements", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal))
            || (path.Contains("requirements/", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal));
    }

    public ManifestResult Read(string path, string text)
    {
        var development = path.Contains("dev", StringComparison.OrdinalIgnoreCase) || path.Contains("test", StringComparison.OrdinalIgnoreCase);
        var dependencies = new List<Dependency>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            // Options (-r, -e, --hash), comments and direct URLs name no package we can match.
            if (line.Length == 0 || line[0] is '#' or '-' || line.Contains("://", StringComparison.Ordinal))
            {
                continue;
            }
            if (PythonRequirement.Parse(line) is { } requirement)
            {
                dependencies.Add(new Dependency("pypi", requirement.Name, requirement.Version, new Location(path, i + 1), development));
            }
        }
        return new ManifestResult(dependencies, []);
    }
}
