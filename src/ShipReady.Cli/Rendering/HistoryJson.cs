using System.Collections.Immutable;
using ShipReady.History;

namespace ShipReady.Cli.Rendering;

/// <summary>The JSON form of <c>shipready history --format json</c>, for dashboards and scripts.</summary>
internal sealed record HistoryJson(string History, string Root, ImmutableArray<HistoryJson.Run> Runs)
{
    public static HistoryJson From(string file, string root, ImmutableArray<RunRecord> runs) => new(file, root,
        [.. runs.Select(r => new Run(r.Id, r.RecordedAt, r.Commit, r.ToolVersion, r.Archetype, r.Handles, r.Timebox, r.Files,
            r.MustHaveHours, r.Within30DaysHours, r.DeferredHours, r.FindingsTotal))]);

    internal sealed record Run(long Id, DateTimeOffset RecordedAt, string? Commit, string ToolVersion, string Archetype,
        ImmutableArray<string> Handles, double Timebox, int Files, double MustHaveHours, double Within30DaysHours,
        double DeferredHours, int Findings);
}
