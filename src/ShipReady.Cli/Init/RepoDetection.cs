using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Facts;
using ShipReady.Inventory;

namespace ShipReady.Cli.Init;

/// <summary>What the code already shows, so that init asks only what it cannot.</summary>
/// <param name="ProductName">The declared name, or the folder's name when no manifest declares one.</param>
/// <param name="NameSource">The file that declares the name; null when it is the folder's name.</param>
/// <param name="Summary">Languages, frameworks and dependencies, as one line.</param>
/// <param name="Handles">Data kinds the dependencies reveal, each with the dependency that shows it.</param>
internal sealed record RepoDetection(string ProductName, string? NameSource, string Summary, ImmutableSortedDictionary<string, Dependency> Handles)
{
    /// <summary>Runs the audit's own inventory and facts stages; the configuration is not read, so a broken one cannot stop init from replacing it.</summary>
    public static RepoDetection Of(string path)
    {
        var source = new DiskFileSource(path);
        var facts = new FactsBuilder(ControlCatalog.Default).Build(source, WalkOptions.Default);
        var declared = ManifestName.Declared(source, facts.RootFiles);
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
        return new RepoDetection(declared?.Name ?? folder, declared?.File, Summarise(facts), facts.DetectedHandles);
    }

    /// <summary>What shows that the product handles a kind, e.g. "npm:openai in package.json".</summary>
    public string Evidence(string kind) => $"{Handles[kind].Key} in {Handles[kind].Location.File}";

    private static string Summarise(FactSet facts)
    {
        var languages = string.Join(", ", facts.Languages.Take(4).Select(l => $"{l.Language.ToString().ToLowerInvariant()} ({l.Files})"));
        var frameworks = facts.Frameworks.IsEmpty ? "no web framework" : string.Join(", ", facts.Frameworks);
        return $"{facts.FileCount} files: {(languages.Length == 0 ? "no code" : languages)}; {frameworks}; {facts.Dependencies.Length} dependencies";
    }
}
