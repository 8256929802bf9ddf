using System.Collections.Immutable;
using ShipReady.Auditing;
using ShipReady.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ShipReady.Fixtures.Tests;

/// <summary>One fixture repository: its fixture.yaml and the annotations in its files.</summary>
internal sealed record FixtureCase(
    string Name,
    string Folder,
    ImmutableArray<string> Controls,
    string Stack,
    ProfileOverrides Profile,
    ImmutableDictionary<string, string> Statuses,
    ImmutableArray<Annotation> Annotations)
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static IEnumerable<string> Discover() =>
        Directory.EnumerateFiles(RepoPaths.Fixtures, "fixture.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Fixtures, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static FixtureCase Load(string name)
    {
        var folder = Path.Combine(RepoPaths.Fixtures, name);
        var document = Yaml.Deserialize<FixtureDocument>(File.ReadAllText(Path.Combine(folder, "fixture.yaml")))
            ?? throw new InvalidOperationException($"{name}/fixture.yaml is empty.");
        var profile = new ProfileOverrides(
            document.Profile?.Archetype,
            document.Profile?.Handles is { } handles ? [.. handles] : null,
            document.Profile?.Timebox);
        return new FixtureCase(
            name,
            folder,
            [.. document.Controls ?? throw new InvalidOperationException($"{name}/fixture.yaml: 'controls' is required.")],
            document.Stack ?? throw new InvalidOperationException($"{name}/fixture.yaml: 'stack' is required."),
            profile,
            (document.Status ?? []).ToImmutableDictionary(),
            [.. Annotation.Scan(folder)]);
    }

    private sealed class FixtureDocument
    {
        public List<string>? Controls { get; set; }
        public string? Stack { get; set; }
        public ProfileDocument? Profile { get; set; }
        public Dictionary<string, string>? Status { get; set; }
    }

    private sealed class ProfileDocument
    {
        public string? Archetype { get; set; }
        public List<string>? Handles { get; set; }
        public double? Timebox { get; set; }
    }
}
