using System.Collections.Immutable;
using ShipReady.Model;

namespace ShipReady.History;

/// <summary>What changed between two audits: gaps closed and opened, items that changed bucket, hours burned down, findings fixed and new.</summary>
public sealed record RunComparison
{
    /// <summary>Items of the earlier audit that the later one no longer needs (met, or no longer applicable).</summary>
    public required ImmutableArray<ItemState> Closed { get; init; }

    /// <summary>Items of the later audit that the earlier one did not have.</summary>
    public required ImmutableArray<ItemState> Opened { get; init; }

    /// <summary>Items in both whose bucket changed (a trigger fired, a decision, a new profile).</summary>
    public required ImmutableArray<(ItemState Before, ItemState After)> Moved { get; init; }

    /// <summary>Items that were open questions and are now gaps: the team answered no, or the code now shows it.</summary>
    public ImmutableArray<ItemState> Answered { get; init; } = [];

    public required double MustHaveHoursBefore { get; init; }
    public required double MustHaveHoursAfter { get; init; }

    /// <summary>Must-have hours that are gone; negative when the must-haves grew.</summary>
    public double HoursBurnedDown => MustHaveHoursBefore - MustHaveHoursAfter;

    public required ImmutableArray<FindingState> FixedFindings { get; init; }
    public required ImmutableArray<FindingState> NewFindings { get; init; }

    /// <summary>False when either side kept only part of its findings, so the finding lists may be short.</summary>
    public required bool FindingsComplete { get; init; }

    public static RunComparison Compare(RunSnapshot before, RunSnapshot after)
    {
        var earlier = before.Items.ToDictionary(i => i.ControlId, StringComparer.Ordinal);
        var later = after.Items.ToDictionary(i => i.ControlId, StringComparer.Ordinal);
        var beforePrints = before.Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var afterPrints = after.Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        return new RunComparison
        {
            Closed = [.. InPlanOrder(before.Items.Where(i => !later.ContainsKey(i.ControlId)))],
            Opened = [.. InPlanOrder(after.Items.Where(i => !earlier.ContainsKey(i.ControlId)))],
            Moved = [.. InPlanOrder(after.Items.Where(i => earlier.TryGetValue(i.ControlId, out var was) && was.Bucket != i.Bucket))
                .Select(i => (earlier[i.ControlId], i))],
            Answered = [.. InPlanOrder(after.Items.Where(i => i.Status != ResultStatus.Unknown
                && earlier.TryGetValue(i.ControlId, out var was) && was.Status == ResultStatus.Unknown))],
            MustHaveHoursBefore = before.MustHaveHours,
            MustHaveHoursAfter = after.MustHaveHours,
            FixedFindings = [.. before.Findings.Where(f => !afterPrints.Contains(f.Fingerprint))],
            NewFindings = [.. after.Findings.Where(f => !beforePrints.Contains(f.Fingerprint))],
            FindingsComplete = before.FindingsComplete && after.FindingsComplete,
        };
    }

    private static IEnumerable<ItemState> InPlanOrder(IEnumerable<ItemState> items) =>
        items.OrderBy(i => i.Bucket).ThenByDescending(i => i.Hours).ThenBy(i => i.ControlId, StringComparer.Ordinal);
}
