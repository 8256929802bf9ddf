using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>
/// Reads build.gradle and build.gradle.kts: dependencies in string notation (<c>implementation "g:a:v"</c>,
/// <c>implementation("g:a:v")</c>) and map notation (<c>implementation group: 'g', name: 'a'</c>),
/// as <c>maven:group:artifact</c>. Version catalog references (<c>libs.x</c>) are kept for
/// <see cref="GradleCatalogs"/> to resolve; project and platform entries name no artifact and are passed over.
/// </summary>
/// <remarks>A build script is a program; this reads the declarative lines, scanning characters rather than running regexes over them.</remarks>
public sealed class GradleBuildReader : IManifestReader
{
    private static readonly HashSet<string> Configurations = new(StringComparer.Ordinal)
    {
        "implementation", "api", "compileOnly", "compileOnlyApi", "runtimeOnly", "compile", "runtime", "annotationProcessor", "kapt", "ksp",
    };

    private static readonly string[] SourceSetSuffixes = ["Implementation", "Api", "CompileOnly", "RuntimeOnly"];

    public bool Reads(string path) => Path.GetFileName(path) is "build.gradle" or "build.gradle.kts";

    public ManifestResult Read(string path, string text)
    {
        var dependencies = new List<Dependency>();
        var references = new List<CatalogReference>();
        var inComment = false;
        var number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = raw.Trim();
            if (inComment || line.StartsWith("/*"))
            {
                inComment = !line.Contains("*/", StringComparison.Ordinal);
                continue;
            }
            var length = 0;
            while (length < line.Length && (char.IsAsciiLetterOrDigit(line[length]) || line[length] == '_'))
            {
                length++;
            }
            if (length == 0 || DevelopmentOf(line[..length].ToString()) is not { } development)
            {
                continue;
            }
            var rest = line[length..].TrimStart().TrimStart('(').TrimStart();
            var coordinates = rest.IsEmpty ? null
                : rest[0] is '\'' or '"' ? StringNotation(rest)
                : rest.StartsWith("group") ? MapNotation(rest)
                : null;
            if (coordinates is { } found)
            {
                dependencies.Add(new Dependency("maven", $"{found.Group}:{found.Artifact}", found.Version, new Location(path, number), development));
            }
            else
            {
                // Groovy takes several on one line: `implementation libs.web, libs.actuator`.
                foreach (var part in rest.ToString().Split(','))
                {
                    if (CatalogAccessor(part.Trim()) is { } accessor)
                    {
                        references.Add(new CatalogReference(accessor.Catalog, accessor.Name, new Location(path, number), development));
                    }
                }
            }
        }
        return new ManifestResult(dependencies, []) { CatalogReferences = references };
    }

    /// <summary>
    /// <c>libs.r2dbc.migrate.starter</c> (Groovy) or <c>(libs.r2dbc.migrate.starter)</c> (Kotlin): a catalog's name and
    /// the accessor after it; not <c>platform(libs.…)</c>, <c>project(…)</c> or a string.
    /// </summary>
    private static (string Catalog, string Name)? CatalogAccessor(ReadOnlySpan<char> rest)
    {
        var length = 0;
        while (length < rest.Length && (char.IsAsciiLetterOrDigit(rest[length]) || rest[length] is '_' or '.'))
        {
            length++;
        }
        var accessor = rest[..length].ToString();
        var dot = accessor.IndexOf('.');
        // `libs.x` ends the statement or the call; anything else after it (`libs.x.get()`, an operator) is left alone.
        var after = rest[length..].TrimStart();
        return dot > 0 && dot < accessor.Length - 1 && !accessor.EndsWith('.') && char.IsAsciiLetter(accessor[0])
            && (after.IsEmpty || after[0] is ')' or '{' || after.StartsWith("//"))
            ? (accessor[..dot], accessor[(dot + 1)..])
            : null;
    }

    /// <summary>Whether a configuration holds test or development-only dependencies; null when it holds no dependencies of the product.</summary>
    private static bool? DevelopmentOf(string configuration)
    {
        if (configuration.StartsWith("test", StringComparison.Ordinal) || configuration.Contains("Test", StringComparison.Ordinal)
            || configuration.StartsWith("debug", StringComparison.Ordinal) || configuration == "developmentOnly")
        {
            return true;
        }
        return Configurations.Contains(configuration) || SourceSetSuffixes.Any(s => configuration.EndsWith(s, StringComparison.Ordinal)) ? false : null;
    }

    /// <summary><c>"group:artifact:version:classifier@ext"</c>, the version and what follows it being optional.</summary>
    private static (string Group, string Artifact, string? Version)? StringNotation(ReadOnlySpan<char> rest)
    {
        var close = rest[1..].IndexOf(rest[0]);
        if (close < 0)
        {
            return null;
        }
        var parts = rest.Slice(1, close).ToString().Split(':');
        if (parts.Length < 2 || !IsCoordinate(parts[0]) || !IsCoordinate(parts[1]))
        {
            return null;
        }
        var version = parts.Length > 2 ? parts[2].Split('@')[0] : null;
        return (parts[0], parts[1], string.IsNullOrEmpty(version) ? null : version);
    }

    /// <summary><c>group: 'g', name: 'a', version: 'v'</c> (Groovy) or <c>group = "g", name = "a"</c> (Kotlin).</summary>
    private static (string Group, string Artifact, string? Version)? MapNotation(ReadOnlySpan<char> rest)
    {
        var group = Named(rest, "group");
        var artifact = Named(rest, "name");
        return group is not null && artifact is not null && IsCoordinate(group) && IsCoordinate(artifact) ? (group, artifact, Named(rest, "version")) : null;
    }

    private static string? Named(ReadOnlySpan<char> text, string key)
    {
        var from = 0;
        while (from < text.Length)
        {
            var index = text[from..].IndexOf(key, StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }
            index += from;
            from = index + key.Length;
            if (index > 0 && (char.IsAsciiLetterOrDigit(text[index - 1]) || text[index - 1] == '_'))
            {
                continue;
            }
            var value = text[from..].TrimStart();
            if (value.IsEmpty || value[0] is not (':' or '='))
            {
                continue;
            }
            value = value[1..].TrimStart();
            if (value.IsEmpty || value[0] is not ('\'' or '"'))
            {
                return null;
            }
            var close = value[1..].IndexOf(value[0]);
            return close < 0 ? null : value.Slice(1, close).ToString();
        }
        return null;
    }

    private static bool IsCoordinate(string part) => part.Length > 0 && !part.Any(char.IsWhiteSpace) && !part.Contains('$', StringComparison.Ordinal);
}
