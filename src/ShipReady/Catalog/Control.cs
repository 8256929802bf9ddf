using System.Collections.Immutable;
using ShipReady.Model;

namespace ShipReady.Catalog;

/// <summary>One production concern, as data: what it checks, why it matters, how to fix it, how it is triaged and detected.</summary>
public sealed record Control
{
    public required string Id { get; init; }
    public required Area Area { get; init; }
    public required string Lifecycle { get; init; }
    public required string Since { get; init; }
    public required string Title { get; init; }
    public required string FailureTitle { get; init; }
    public required Impact Impact { get; init; }
    public required string Why { get; init; }
    public required string Checks { get; init; }
    public required string Example { get; init; }
    /// <summary>Fix guidance by stack key (<c>node</c>, <c>python</c>, <c>dotnet</c>, ...).</summary>
    public required ImmutableSortedDictionary<string, string> Fix { get; init; }
    public required Effort Effort { get; init; }
    public required string Question { get; init; }
    public required ImmutableArray<string> DependsOn { get; init; }
    public required ImmutableArray<string> YieldsTo { get; init; }
    public required TriagePolicy Triage { get; init; }
    public required ImmutableArray<RevisitTrigger> Revisit { get; init; }
    public required ImmutableArray<string> References { get; init; }
    /// <summary>How the control is detected; null for a questionnaire-only control.</summary>
    public Detection? Detect { get; init; }
    public required ImmutableArray<CodePattern> Patterns { get; init; }
    /// <summary>Where the control was loaded from: an embedded resource name or a file path.</summary>
    public required string Source { get; init; }

    public bool IsQuestionnaireOnly => Detect is null;
}
