using System.Collections.Immutable;
using ShipReady.Model;
using ShipReady.Triage;

namespace ShipReady.Planning;

/// <summary>Orders, fits and schedules triaged items into a <see cref="Plan"/>.</summary>
public static class PlanBuilder
{
    public const int Weeks = 4;

    public static Plan Build(Profile profile, IReadOnlyList<TriagedItem> items)
    {
        var gaps = items.Where(i => !i.IsQuestion).ToList();
        var mustHave = DependencyOrder(gaps.Where(i => i.Bucket == Bucket.MustHave));
        var fits = ImmutableArray.CreateBuilder<TriagedItem>();
        var doesNotFit = ImmutableArray.CreateBuilder<TriagedItem>();
        var used = 0.0;
        foreach (var item in mustHave)
        {
            // Once one item overflows, everything after it waits too: later items may depend on it.
            if (doesNotFit.Count == 0 && used + item.Hours <= profile.TimeboxHours + 1e-9)
            {
                fits.Add(item);
                used += item.Hours;
            }
            else
            {
                doesNotFit.Add(item);
            }
        }

        return new Plan
        {
            Profile = profile,
            MustHave = fits.ToImmutable(),
            DoesNotFit = doesNotFit.ToImmutable(),
            Weeks = SpreadOverWeeks(DependencyOrder(gaps.Where(i => i.Bucket == Bucket.Within30Days))),
            Deferred = [.. items.Where(i => i.Bucket == Bucket.Defer).OrderBy(i => i.Control.Area).ThenBy(i => i.Id, StringComparer.Ordinal)],
            Questions = [.. DependencyOrder(items.Where(i => i.IsQuestion && i.Bucket != Bucket.Defer)).OrderBy(i => i.Bucket)],
        };
    }

    /// <summary>
    /// Topological order over dependsOn among the given items; ties go to the most severe impact,
    /// then the id, so the order is stable from run to run.
    /// </summary>
    internal static List<TriagedItem> DependencyOrder(IEnumerable<TriagedItem> source)
    {
        var items = source.ToList();
        var ids = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<TriagedItem>();
        var remaining = items.OrderBy(i => i.Control.Impact).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(i => i.Control.DependsOn.All(d => !ids.Contains(d) || done.Contains(d)))
                ?? remaining[0]; // The catalog rejects cycles; this only guards against a user catalog slipping one through.
            ordered.Add(next);
            done.Add(next.Id);
            remaining.Remove(next);
        }
        return ordered;
    }

    private static ImmutableArray<ImmutableArray<TriagedItem>> SpreadOverWeeks(List<TriagedItem> ordered)
    {
        var total = ordered.Sum(i => i.Hours);
        var target = total / Weeks;
        var weeks = Enumerable.Range(0, Weeks).Select(_ => new List<TriagedItem>()).ToList();
        var week = 0;
        var hoursThisWeek = 0.0;
        foreach (var item in ordered)
        {
            if (week < Weeks - 1 && weeks[week].Count > 0 && hoursThisWeek + item.Hours / 2 > target)
            {
                week++;
                hoursThisWeek = 0;
            }
            weeks[week].Add(item);
            hoursThisWeek += item.Hours;
        }
        return [.. weeks.Select(w => w.ToImmutableArray())];
    }
}
