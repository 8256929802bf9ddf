using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Model;

namespace ShipReady.Triage;

/// <summary>A gap or open question with its bucket, the reason naming the rule that fired, and its hours.</summary>
/// <param name="Reason">One line, e.g. "handles money → must-have: calls on a payment path must fail fast".</param>
/// <param name="FiredTrigger">The revisit trigger that promoted a deferral this run, with what showed it.</param>
public sealed record TriagedItem(
    Control Control,
    ControlResult Result,
    Bucket Bucket,
    string Reason,
    double Hours,
    FiredTrigger? FiredTrigger)
{
    /// <summary>The team's decision on this control, when shipready.yml has one.</summary>
    public Decision? Decision { get; init; }

    /// <summary>Why the decision needs a fresh look (its date passed or its trigger fired); null while it holds.</summary>
    public string? DecisionDue { get; init; }

    public string Id => Control.Id;

    /// <summary>True when code could not tell: the item is a question to answer, and its hours are not yet counted.</summary>
    public bool IsQuestion => Result.Status == ResultStatus.Unknown;

    public ImmutableArray<RevisitTrigger> Triggers => Control.Revisit;
}

/// <summary>A revisit trigger that fired, and the fact that made it fire.</summary>
public sealed record FiredTrigger(RevisitTrigger Trigger, string Detail);
