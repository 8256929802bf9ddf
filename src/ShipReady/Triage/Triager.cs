using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Evaluation;
using ShipReady.Model;

namespace ShipReady.Triage;

/// <summary>
/// Puts every gap and open question into a bucket: the control's policy against the profile, then,
/// for a deferral, its revisit triggers against what the audit sees. The reason always names the
/// rule or trigger that decided.
/// </summary>
public sealed class Triager(ControlCatalog catalog, Profile profile, IReadOnlyList<Decision>? decisions = null, DateOnly? today = null)
{
    private readonly Dictionary<string, Decision> _decisions =
        (decisions ?? []).ToDictionary(d => d.ControlId, StringComparer.OrdinalIgnoreCase);

    public ImmutableArray<TriagedItem> Triage(ImmutableArray<ControlResult> results, EvaluationContext context)
    {
        var items = ImmutableArray.CreateBuilder<TriagedItem>();
        foreach (var result in results.Where(r => r.NeedsTriage))
        {
            var control = catalog.Find(result.ControlId)!;
            var (bucket, reason) = Decide(control, context);
            FiredTrigger? fired = null;
            if (bucket == Bucket.Defer)
            {
                fired = control.Revisit.Select(t => Check(t, context)).FirstOrDefault(f => f is not null);
                if (fired is not null)
                {
                    bucket = fired.Trigger.PromoteTo;
                    reason = $"deferred, but its trigger fired: {fired.Trigger.Say} ({fired.Detail}) → {Names.Label(bucket)}";
                }
            }
            var hours = EffortEstimator.Estimate(control, result, context.Facts);
            var item = new TriagedItem(control, result, bucket, reason, hours, fired);
            items.Add(_decisions.TryGetValue(control.Id, out var decision) ? Apply(decision, item, context) : item);
        }
        return items.ToImmutable();
    }

    private (Bucket Bucket, string Reason) Decide(Control control, EvaluationContext context)
    {
        foreach (var rule in control.Triage.Rules)
        {
            var archetypeHolds = rule.Archetypes.IsEmpty || rule.Archetypes.Contains(profile.Archetype);
            var matchedKinds = rule.Handles.Where(context.Handles.Contains).ToList();
            var handlesHolds = rule.Handles.IsEmpty || matchedKinds.Count > 0;
            if (!archetypeHolds || !handlesHolds)
            {
                continue;
            }
            var condition = new List<string>();
            if (!rule.Archetypes.IsEmpty)
            {
                condition.Add($"archetype {profile.Archetype}");
            }
            if (matchedKinds.Count > 0)
            {
                condition.Add("handles " + string.Join(", ", matchedKinds.Select(k => Source(k, context))));
            }
            return (rule.Bucket, $"{string.Join(" and ", condition)} → {Names.Label(rule.Bucket)}: {rule.Because ?? control.Triage.Because}");
        }
        return (control.Triage.Base, $"default → {Names.Label(control.Triage.Base)}: {control.Triage.Because}");
    }

    /// <summary>
    /// A decision replaces the policy's bucket while it holds. When its trigger fires it lapses and the
    /// policy's bucket returns; when its date passes it still holds but is due, which check --strict fails.
    /// </summary>
    private TriagedItem Apply(Decision decision, TriagedItem item, EvaluationContext context)
    {
        var by = decision.Owner is null ? "" : $" ({decision.Owner})";
        if (decision.Trigger is { } trigger && Check(trigger, context) is { } fired)
        {
            var due = $"its trigger fired: {trigger.Say} ({fired.Detail})";
            return item with
            {
                Reason = $"decided {Names.Label(decision.Bucket)}{by}: {decision.Reason}; but {due} → {Names.Label(item.Bucket)}",
                FiredTrigger = fired,
                Decision = decision,
                DecisionDue = due,
            };
        }
        var reason = $"decision{by} → {Names.Label(decision.Bucket)}: {decision.Reason}";
        var overdue = decision.RevisitOn is { } date && today is { } now && date <= now
            ? $"its revisit date {date:yyyy-MM-dd} has passed"
            : null;
        return item with
        {
            Bucket = decision.Bucket,
            Reason = overdue is null ? reason : $"{reason} ({overdue})",
            FiredTrigger = null,
            Decision = decision,
            DecisionDue = overdue,
        };
    }

    /// <summary>Says where a data kind comes from when the profile did not state it.</summary>
    private string Source(string kind, EvaluationContext context) =>
        !profile.Handles.Contains(kind) && context.Facts.DetectedHandles.TryGetValue(kind, out var dependency)
            ? $"{kind} (seen: {dependency.Key})"
            : kind;

    private FiredTrigger? Check(RevisitTrigger trigger, EvaluationContext context)
    {
        switch (trigger.Kind)
        {
            case TriggerKind.Dependency:
                foreach (var name in trigger.Values)
                {
                    if (catalog.Categories.TryGetValue(name, out var category) && category.FirstIn(context.Facts) is { } dependency)
                    {
                        return new FiredTrigger(trigger, $"{dependency.Key} in {dependency.Location}");
                    }
                }
                return null;
            case TriggerKind.Handles:
                var kind = trigger.Values.FirstOrDefault(context.Handles.Contains);
                return kind is null ? null : new FiredTrigger(trigger, $"handles {Source(kind, context)}");
            case TriggerKind.Archetype:
                return trigger.Values.Contains(profile.Archetype) ? new FiredTrigger(trigger, $"archetype {profile.Archetype}") : null;
            default:
                return null;
        }
    }
}
