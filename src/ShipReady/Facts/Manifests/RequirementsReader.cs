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
        // Judge by the file's own name (requirements-dev.txt, requirements/test.txt), never by its folder: "device-api/" is not a dev file.
        var stem = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        var development = stem.Split('-', '_', '.').Any(part => part is "dev" or "develop" or "development" or "test" or "tests" or "testing" or "lint" or "docs" or "ci");
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
