using System.Collections.Immutable;
using ShipReady.Auditing;
using ShipReady.Model;

namespace ShipReady.History;

/// <summary>
/// What a diff needs of one audit: its triaged items and its findings. Built from a fresh audit or read
/// back from a recorded run, so that both compare the same way.
/// </summary>
/// <param name="FindingsComplete">False when the run held more findings than a run keeps.</param>
public sealed record RunSnapshot(ImmutableArray<ItemState> Items, ImmutableArray<FindingState> Findings, bool FindingsComplete)
{
    /// <summary>Hours of the must-have gaps, fitting in the timebox or not; open questions are not work yet, as in the plan.</summary>
    public double MustHaveHours => Items.Where(i => i.Bucket == Bucket.MustHave && i.Status != ResultStatus.Unknown).Sum(i => i.Hours);

    public static RunSnapshot From(AuditResult audit, int maxFindings = RunRecord.MaxFindings) =>
        From(audit, [.. FindingsOf(audit)], maxFindings);

    /// <param name="findings">The audit's findings, from <see cref="FindingsOf"/>.</param>
    internal static RunSnapshot From(AuditResult audit, IReadOnlyList<FindingState> findings, int maxFindings = RunRecord.MaxFindings)
    {
        var items = audit.Items.Select(i => new ItemState(i.Id, i.Result.Status, i.Bucket, i.Hours));
        return new RunSnapshot([.. items], [.. findings.Take(maxFindings)], findings.Count <= maxFindings);
    }

    /// <summary>The findings of triaged items, once per fingerprint, in report order.</summary>
    internal static IEnumerable<FindingState> FindingsOf(AuditResult audit) => audit.Items
        .SelectMany(i => i.Result.Findings.Select(e => (Item: i, Evidence: e)))
        .Where(x => x.Evidence.Fingerprint is not null)
        .Select(x => new FindingState(x.Evidence.Fingerprint!, x.Item.Id, x.Evidence.Location!.File, x.Evidence.Location.Line))
        .DistinctBy(f => f.Fingerprint);
}

/// <summary>One triaged control of a run.</summary>
public sealed record ItemState(string ControlId, ResultStatus Status, Bucket Bucket, double Hours);

/// <summary>One finding of a run, by its stable fingerprint.</summary>
public sealed record FindingState(string Fingerprint, string ControlId, string Path, int Line)
{
    public override string ToString() => $"{Path}:{Line} {ControlId}";
}
