using System.Collections.Immutable;
using ShipReady.Auditing;

namespace ShipReady.History;

/// <summary>One audit as the history keeps it: where and when it ran, the profile, hours per bucket and the snapshot.</summary>
public sealed record RunRecord
{
    /// <summary>
    /// A run keeps at most this many findings, so that a run costs kilobytes even on a repository with
    /// thousands of findings; the hours and items are always complete.
    /// </summary>
    public const int MaxFindings = 2_000;

    /// <summary>The id the history gave the run; 0 before it is recorded.</summary>
    public long Id { get; init; }
    public required string Root { get; init; }
    public required string Name { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public required string ToolVersion { get; init; }
    public string? Commit { get; init; }
    public required string Archetype { get; init; }
    public required ImmutableArray<string> Handles { get; init; }
    public required double Timebox { get; init; }
    public required int Files { get; init; }
    public required double MustHaveHours { get; init; }
    public required double Within30DaysHours { get; init; }
    public required double DeferredHours { get; init; }
    public required int FindingsTotal { get; init; }

    /// <summary>The items and findings; empty when only the summary was read.</summary>
    public RunSnapshot Snapshot { get; init; } = new([], [], true);

    /// <summary>The key of a repository in the history: the full path of its folder, without a trailing separator.</summary>
    public static string RootOf(string folder) => System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(folder));

    /// <param name="root">The full path of the audited folder, which identifies the repository in the history.</param>
    public static RunRecord From(AuditResult audit, string root, DateTimeOffset recordedAt, string? commit)
    {
        List<FindingState> findings = [.. RunSnapshot.FindingsOf(audit)];
        return new()
        {
            Root = root,
            Name = audit.Profile.Name ?? Path.GetFileName(root.TrimEnd('/', '\\')),
            RecordedAt = recordedAt,
            ToolVersion = AuditResult.ToolVersion,
            Commit = commit,
            Archetype = audit.Profile.Archetype,
            Handles = [.. audit.Profile.Handles],
            Timebox = audit.Profile.TimeboxHours,
            Files = audit.Facts.FileCount,
            MustHaveHours = audit.Plan.MustHaveHours,
            Within30DaysHours = audit.Plan.Within30DaysHours,
            DeferredHours = audit.Plan.Deferred.Sum(i => i.Hours),
            FindingsTotal = findings.Count,
            Snapshot = RunSnapshot.From(audit, findings),
        };
    }
}
