using System.Xml;
using System.Xml.Linq;
using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>Reads .NET project files and central package management (Directory.Packages.props).</summary>
public sealed class DotnetProjectReader : IManifestReader
{
    public bool Reads(string path) =>
        path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase)
        || Path.GetFileName(path) is "Directory.Packages.props" or "Directory.Build.props";

    public ManifestResult Read(string path, string text)
    {
        var (loaded, problem) = SafeXml.Load(text, "its packages are not counted");
        if (loaded is not { } document)
        {
            return ManifestResult.Malformed(path, problem!);
        }
        var dependencies = new List<Dependency>();
        var frameworks = new List<string>();
        var sdk = document.Root?.Attribute("Sdk")?.Value ?? "";
        if (sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase))
        {
            frameworks.Add("aspnetcore");
        }
        foreach (var element in document.Descendants())
        {
            var name = element.Name.LocalName;
            var include = element.Attribute("Include")?.Value ?? element.Attribute("Update")?.Value;
            if (include is null)
            {
                continue;
            }
            if (name is "PackageReference" or "PackageVersion" or "GlobalPackageReference")
            {
                var version = element.Attribute("Version")?.Value ?? element.Element(element.Name.Namespace + "Version")?.Value;
                var line = ((IXmlLineInfo)element).LineNumber;
                dependencies.Add(new Dependency("nuget", include, version, new Location(path, line)));
            }
            else if (name == "FrameworkReference" && include.Equals("Microsoft.AspNetCore.App", StringComparison.OrdinalIgnoreCase))
            {
                frameworks.Add("aspnetcore");
            }
        }
        return new ManifestResult(dependencies, frameworks);
    }
}
