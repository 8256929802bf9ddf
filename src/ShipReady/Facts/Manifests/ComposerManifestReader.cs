using System.Text.Json;
using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>Reads composer.json: require and require-dev.</summary>
public sealed class ComposerManifestReader : IManifestReader
{
    private static readonly (string Section, bool Development)[] Sections = [("require", false), ("require-dev", true)];

    public bool Reads(string path) => Path.GetFileName(path) == "composer.json";

    public ManifestResult Read(string path, string text)
    {
        JsonDocument document;
        Dictionary<string, int> lines;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            lines = JsonPropertyLines.Read(text, maxDepth: 2);
        }
        catch (JsonException e)
        {
            return ManifestResult.Malformed(path, $"is not valid JSON (line {(e.LineNumber ?? 0) + 1}); its packages are not counted. Fix the JSON.");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ManifestResult.Malformed(path, "is not a JSON object; its packages are not counted.");
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
                    // Every Composer package is vendor/name; a name without a slash is the platform (php, ext-*, lib-*, composer-*).
                    if (!property.Name.Contains('/', StringComparison.Ordinal))
                    {
                        continue;
                    }
                    var version = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    var line = lines.GetValueOrDefault(JsonPropertyLines.PathOf(section, property.Name), 1);
                    dependencies.Add(new Dependency("composer", property.Name, version, new Location(path, line), development));
                }
            }
            return new ManifestResult(dependencies, []);
        }
    }
}
