using System.Text;
using System.Text.Json;
using ShipReady.Facts.Manifests;
using ShipReady.Inventory;
using Tomlyn;
using Tomlyn.Model;

namespace ShipReady.Cli.Init;

/// <summary>The product's name as its manifests declare it, so init can offer it as the default.</summary>
internal static class ManifestName
{
    private const int MaxManifestBytes = 1024 * 1024;

    /// <summary>The declared name and the file that declares it, or null when no manifest at the root names the product.</summary>
    /// <param name="files">The repository's files, relative to its root with '/'.</param>
    public static (string Name, string File)? Declared(IFileSource source, IReadOnlyList<string> files)
    {
        var atRoot = files.Where(f => !f.Contains('/')).Order(StringComparer.Ordinal).ToList();
        if (atRoot.Contains("package.json") && FromPackageJson(Read(source, "package.json")) is { } npm)
        {
            return (npm, "package.json");
        }
        if (atRoot.Contains("pyproject.toml") && FromPyproject(Read(source, "pyproject.toml")) is { } python)
        {
            return (python, "pyproject.toml");
        }
        foreach (var project in atRoot.Where(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)))
        {
            return (FromProject(project, Read(source, project)), project);
        }
        // A .NET repository keeps its projects under src/; the solution at the root carries the product's name.
        foreach (var solution in atRoot.Where(f => f.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".sln", StringComparison.OrdinalIgnoreCase)))
        {
            return (Path.GetFileNameWithoutExtension(solution), solution);
        }
        return null;
    }

    private static string? Read(IFileSource source, string file)
    {
        try
        {
            return Encoding.UTF8.GetString(source.Read(file, MaxManifestBytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? FromPackageJson(string? text)
    {
        if (text is null)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("name", out var name)
                && name.ValueKind == JsonValueKind.String)
            {
                // "@acme/portal" is published under the company's scope; the product is "portal".
                return Usable(name.GetString()!.Split('/')[^1]);
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    private static string? FromPyproject(string? text)
    {
        if (text is null)
        {
            return null;
        }
        try
        {
            var root = TomlDocument.Parse(text);
            return Usable(NameIn(root, "project") ?? NameIn(NameTable(root, "tool"), "poetry"));
        }
        catch (TomlException)
        {
            return null;
        }
    }

    private static TomlTable? NameTable(TomlTable? table, string key) =>
        table is not null && table.TryGetValue(key, out var value) ? value as TomlTable : null;

    private static string? NameIn(TomlTable? table, string key) =>
        NameTable(table, key) is { } section && section.TryGetValue("name", out var name) ? name as string : null;

    private static string FromProject(string file, string? text)
    {
        // Read as the audit reads it: no DTD expansion, no absurd nesting.
        if (text is not null && Facts.Manifests.SafeXml.Load(text, "its name is not read").Document is { } document)
        {
            var declared = document.Descendants().FirstOrDefault(e => e.Name.LocalName is "AssemblyName" or "PackageId")?.Value;
            if (Usable(declared) is { } name)
            {
                return name;
            }
        }
        return Path.GetFileNameWithoutExtension(file);
    }

    /// <summary>The name, unless it is empty or an MSBuild expression such as $(MSBuildProjectName).</summary>
    private static string? Usable(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Contains("$(", StringComparison.Ordinal) ? null : name.Trim();
}
