using System.Xml;
using System.Xml.Linq;
using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>
/// Reads pom.xml: the dependencies of the project and of its profiles, as <c>maven:group:artifact</c>.
/// Entries of dependencyManagement only pin versions, and plugin dependencies are build tooling, so
/// neither is a dependency of the product.
/// </summary>
public sealed class MavenPomReader : IManifestReader
{
    public bool Reads(string path) => Path.GetFileName(path) == "pom.xml";

    public ManifestResult Read(string path, string text)
    {
        var (loaded, problem) = SafeXml.Load(text, "its dependencies are not counted");
        if (loaded is not { } document)
        {
            return ManifestResult.Malformed(path, problem!);
        }
        var project = document.Root;
        if (project is null || project.Name.LocalName != "project")
        {
            return ManifestResult.Malformed(path, "has no <project> root element; its dependencies are not counted.");
        }
        var properties = Properties(project);
        var dependencies = new List<Dependency>();
        var containers = new[] { project }.Concat(Children(Child(project, "profiles"), "profile"));
        foreach (var dependency in containers.SelectMany(c => Children(Child(c, "dependencies"), "dependency")))
        {
            var group = Value(dependency, "groupId", properties);
            var artifact = Value(dependency, "artifactId", properties);
            if (group is null || artifact is null)
            {
                continue;
            }
            var version = Value(dependency, "version", properties);
            var development = Value(dependency, "scope", properties) is "test" or "provided";
            var line = ((IXmlLineInfo)dependency).LineNumber;
            dependencies.Add(new Dependency("maven", $"{group}:{artifact}", version, new Location(path, line), development));
        }
        return new ManifestResult(dependencies, []);
    }

    /// <summary>The pom's own properties, for versions written as <c>${spring.version}</c>.</summary>
    private static Dictionary<string, string> Properties(XElement project)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in Child(project, "properties")?.Elements() ?? [])
        {
            properties.TryAdd(property.Name.LocalName, property.Value.Trim());
        }
        if (Child(project, "version")?.Value.Trim() is { Length: > 0 } version)
        {
            properties.TryAdd("project.version", version);
        }
        return properties;
    }

    private static string? Value(XElement element, string name, Dictionary<string, string> properties)
    {
        var value = Child(element, name)?.Value.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        return value.StartsWith("${", StringComparison.Ordinal) && value.EndsWith('}') && properties.TryGetValue(value[2..^1], out var resolved)
            ? resolved
            : value;
    }

    // Poms are written with and without the Maven namespace; names are compared without it.
    private static XElement? Child(XElement? parent, string name) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static IEnumerable<XElement> Children(XElement? parent, string name) => parent?.Elements().Where(e => e.Name.LocalName == name) ?? [];
}
