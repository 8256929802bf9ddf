using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Facts;
using ShipReady.Model;

namespace ShipReady.Tests;

/// <summary>Builds controls and facts in memory for tests of triage and planning.</summary>
internal static class TestControls
{
    public static Control Make(
        string id,
        Bucket baseBucket = Bucket.MustHave,
        double hours = 2,
        Impact impact = Impact.Operability,
        string[]? dependsOn = null,
        TriageRule[]? rules = null,
        RevisitTrigger[]? revisit = null) => new()
    {
        Id = id,
        Area = Area.Errors,
        Lifecycle = "stable",
        Since = "0.1.0",
        Title = $"{id} in place",
        FailureTitle = $"{id} missing",
        Impact = impact,
        Why = "why",
        Checks = "checks",
        Example = "example",
        Fix = ImmutableSortedDictionary<string, string>.Empty.Add("node", "n").Add("python", "p").Add("dotnet", "d"),
        Effort = new Effort(hours, 0.5, hours * 4, ImmutableSortedDictionary<string, double>.Empty),
        Question = $"Is {id} in place?",
        DependsOn = [.. dependsOn ?? []],
        YieldsTo = [],
        Triage = new TriagePolicy(baseBucket, "base reason", [.. rules ?? []]),
        Revisit = [.. revisit ?? [new RevisitTrigger(TriggerKind.Manual, "when it hurts", [], Bucket.Within30Days)]],
        References = [],
        Detect = null,
        Patterns = [],
        Source = $"{id}.yaml",
    };

    public static FactSet Facts(params Dependency[] dependencies) => new()
    {
        FileCount = 0,
        Dependencies = [.. dependencies],
        Frameworks = [],
        Languages = [],
        ScannedLanguages = [],
        Hits = [],
        Secrets = [],
        DetectedHandles = ImmutableSortedDictionary<string, Dependency>.Empty,
        Notes = [],
    };

    public static Dependency Npm(string name) => new("npm", name, "1.0.0", new Location("package.json", 3));

    public static ControlResult Gap(string id, int sites = 0) =>
        new(id, ResultStatus.Gap, [.. Enumerable.Range(1, sites).Select(i => new Evidence(new Location("a.js", i), "x", "why"))], Confidence.High, "gap");
}
