using System.Text.Json;

namespace ShipReady.Facts.Manifests;

/// <summary>
/// Checks npm lockfiles. Packages in a lockfile are mostly transitive, and a transitive package is
/// not the product's choice, so the lockfile is read for validity only; package.json declares.
/// </summary>
public sealed class NpmLockfileReader : IManifestReader
{
    public bool Reads(string path) => Path.GetFileName(path) is "package-lock.json" or "npm-shrinkwrap.json";

    public ManifestResult Read(string path, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return ManifestResult.Empty;
        }
        catch (JsonException e)
        {
            return ManifestResult.Malformed(path, $"is not valid JSON (line {(e.LineNumber ?? 0) + 1}); regenerate it with npm install.");
        }
    }
}
