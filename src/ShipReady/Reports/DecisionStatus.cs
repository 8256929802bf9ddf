using ShipReady.Auditing;
using ShipReady.Model;
using ShipReady.Triage;

namespace ShipReady.Reports;

/// <summary>How a decision stands after this audit, in the words every report uses.</summary>
public sealed record DecisionStatus(Decision Decision, string State, string Detail)
{
    public const string Holds = "holds";
    public const string Due = "due";
    public const string Stale = "stale";

    public static IReadOnlyList<DecisionStatus> Of(AuditResult result) =>
        [.. result.Decisions.Select(decision => result.ItemFor(decision.ControlId) switch
        {
            null => new DecisionStatus(decision, Stale, "the control is met or does not apply; the decision can go"),
            { DecisionDue: { } why } => new DecisionStatus(decision, Due, why),
            _ => new DecisionStatus(decision, Holds, Revisit(decision)),
        })];

    /// <summary>When the decision comes back, as a person reads it.</summary>
    public static string Revisit(Decision decision)
    {
        var parts = new List<string>();
        if (decision.RevisitOn is { } date)
        {
            parts.Add($"on {date:yyyy-MM-dd}");
        }
        if (decision.Trigger is { } trigger)
        {
            parts.Add($"when {trigger.Say}");
        }
        return parts.Count == 0 ? "no revisit set" : "revisit " + string.Join(", or ", parts);
    }

    public string Summary =>
        $"{Decision.ControlId} → {Names.Label(Decision.Bucket)}: {Decision.Reason}" + (Decision.Owner is null ? "" : $" (owner {Decision.Owner})");
}
