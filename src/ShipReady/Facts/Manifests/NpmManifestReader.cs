using System.Text.Json;
using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>Reads package.json: dependencies, devDependencies, optional and peer dependencies.</summary>
public sealed class NpmManifestReader : IManifestReader
{
    private static readonly (string Section, bool Development)[] Sections =
    [
        ("dependencies", false), ("optionalDependencies", false), ("peerDependencies", false), ("devDependencies", true),
    ];

    public bool Reads(string path) => Path.GetFileName(path) == "package.json";

    public ManifestResult Read(string path, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return ManifestResult.Malformed(path, $"is not valid JSON (line {(e.LineNumber ?? 0) + 1}); its dependencies are not counted. Fix the JSON.");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ManifestResult.Malformed(path, "is not a JSON object; its dependencies are not counted.");
            }
            var dependencies = new List<Dependency>();
            foreach (var (section, development) in Sections)
            {
                if (!document.RootElement.TryGetProperty(section, out var block) || block.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }
                foreach (var property in block.EnumerateObject())
                {
                    var version = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    var line = LineFinder.LineOf(text, $"\"{property.Name}\"");
                    dependencies.Add(new Dependency("npm", property.Name, version, new Location(path, line), development));
                }
            }
            var name = document.RootElement.TryGetProperty("name", out var named) && named.ValueKind == JsonValueKind.String
                && named.GetString() is { Length: > 0 } packageName ? packageName : null;
            return new ManifestResult(dependencies, []) { PackageName = name };
        }
    }
}
