using System.Collections.Immutable;
using ShipReady.Model;

namespace ShipReady.Evaluation;

/// <summary>How one suppression fared in this audit: how many findings it hid; none means it is stale.</summary>
public sealed record SuppressionStatus(Suppression Suppression, int Matched)
{
    public bool IsStale => Matched == 0;
}

/// <summary>
/// Removes the findings the team accepted from the results. A result whose every finding is
/// accepted is met, saying so; one with findings left keeps them. Suppressions that hid nothing
/// are returned as stale, so that old ones do not pile up unseen.
/// </summary>
public static class Suppressor
{
    public static (ImmutableArray<ControlResult> Results, ImmutableArray<SuppressionStatus> Statuses) Apply(
        ImmutableArray<ControlResult> results, IReadOnlyList<Suppression> suppressions)
    {
        if (suppressions.Count == 0)
        {
            return (results, []);
        }
        var matched = new int[suppressions.Count];
        var output = ImmutableArray.CreateBuilder<ControlResult>(results.Length);
        foreach (var result in results)
        {
            if (result.Status is not (ResultStatus.Gap or ResultStatus.Partial))
            {
                output.Add(result);
                continue;
            }
            var kept = new List<Evidence>();
            var hidden = 0;
            foreach (var evidence in result.Evidence)
            {
                var index = IndexOfCovering(suppressions, result.ControlId, evidence);
                if (index < 0)
                {
                    kept.Add(evidence);
                    continue;
                }
                matched[index]++;
                hidden++;
            }
            output.Add(hidden == 0
                ? result
                : kept.Count == 0
                    ? result with { Status = ResultStatus.Met, Evidence = [], Summary = $"every finding is suppressed ({hidden}); see the suppressions" }
                    : result with { Evidence = [.. kept], Summary = $"{hidden} suppressed; {kept.Count} left: {kept[0].Why}" });
        }
        return (output.ToImmutable(), [.. suppressions.Select((s, i) => new SuppressionStatus(s, matched[i]))]);
    }

    private static int IndexOfCovering(IReadOnlyList<Suppression> suppressions, string controlId, Evidence evidence)
    {
        for (var i = 0; i < suppressions.Count; i++)
        {
            if (suppressions[i].Covers(controlId, evidence))
            {
                return i;
            }
        }
        return -1;
    }
}
