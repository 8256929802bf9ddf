using System.Collections.Immutable;
using ShipReady.Model;
using ShipReady.Triage;

namespace ShipReady.Planning;

/// <summary>
/// The written launch plan: must-haves in dependency order against the timebox, what does not fit,
/// the 30-day items by week, the questions code could not answer, and the deferred list with triggers.
/// </summary>
public sealed record Plan
{
    public required Profile Profile { get; init; }
    /// <summary>Must-have gaps that fit in the timebox, in the order to do them.</summary>
    public required ImmutableArray<TriagedItem> MustHave { get; init; }
    /// <summary>Must-have gaps beyond the timebox, in order: said plainly, never dropped.</summary>
    public required ImmutableArray<TriagedItem> DoesNotFit { get; init; }
    public required ImmutableArray<ImmutableArray<TriagedItem>> Weeks { get; init; }
    public required ImmutableArray<TriagedItem> Deferred { get; init; }
    /// <summary>Open questions whose answer could add must-have or 30-day work; their hours are not counted yet.</summary>
    public required ImmutableArray<TriagedItem> Questions { get; init; }

    /// <summary>Hours of every must-have gap, fitting or not.</summary>
    public double MustHaveHours => MustHave.Concat(DoesNotFit).Sum(i => i.Hours);

    public double Within30DaysHours => Weeks.Sum(w => w.Sum(i => i.Hours));

    public bool OverTimebox => !DoesNotFit.IsEmpty;

    /// <summary>Items promoted out of the deferred list this run because a trigger fired.</summary>
    public IEnumerable<TriagedItem> Promoted => MustHave.Concat(DoesNotFit).Concat(Weeks.SelectMany(w => w)).Where(i => i.FiredTrigger is not null);

    public IEnumerable<TriagedItem> Within30Days => Weeks.SelectMany(w => w);
}
