using System.Text.Json;
using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>
/// Reads packages.lock.json: the Direct, Transitive and CentralTransitive packages of every target
/// framework, each package once. Project references are other projects of the repository, not packages.
/// </summary>
public sealed class NugetLockfileReader : IManifestReader
{
    public bool Reads(string path) => Path.GetFileName(path) == "packages.lock.json";

    public ManifestResult Read(string path, string text)
    {
        JsonDocument document;
        Dictionary<string, int> lines;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            lines = JsonPropertyLines.Read(text, maxDepth: 3);
        }
        catch (JsonException e)
        {
            return ManifestResult.Malformed(path, $"is not valid JSON (line {(e.LineNumber ?? 0) + 1}); its packages are not counted. Regenerate it with dotnet restore --force-evaluate.");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("dependencies", out var frameworks)
                || frameworks.ValueKind != JsonValueKind.Object)
            {
                return ManifestResult.Malformed(path, "has no dependencies object, so it is not a NuGet lockfile; its packages are not counted.");
            }
            var dependencies = new List<Dependency>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var framework in frameworks.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Object))
            {
                foreach (var package in framework.Value.EnumerateObject())
                {
                    if (package.Value.ValueKind != JsonValueKind.Object
                        || Text(package.Value, "type") is not ("Direct" or "Transitive" or "CentralTransitive")
                        || !seen.Add(package.Name))
                    {
                        continue;
                    }
                    var version = Text(package.Value, "resolved") ?? Text(package.Value, "requested");
                    var line = lines.GetValueOrDefault(JsonPropertyLines.PathOf("dependencies", framework.Name, package.Name), 1);
                    // The project files say what the product asked for (and what is build tooling); the lock only resolves.
                    dependencies.Add(new Dependency("nuget", package.Name, version, new Location(path, line), Transitive: true));
                }
            }
            return new ManifestResult(dependencies, []);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
