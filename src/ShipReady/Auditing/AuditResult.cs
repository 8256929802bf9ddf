using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Facts;
using ShipReady.Inventory;
using ShipReady.Model;
using ShipReady.Planning;
using ShipReady.Triage;

namespace ShipReady.Auditing;

/// <summary>Everything one audit produced: every report is rendered from this.</summary>
public sealed record AuditResult
{
    public required string Root { get; init; }
    public required Profile Profile { get; init; }
    public required string? ConfigSource { get; init; }
    public required ControlCatalog Catalog { get; init; }
    public required FactSet Facts { get; init; }
    /// <summary>One result per control of the catalog, in catalog order.</summary>
    public required ImmutableArray<ControlResult> Results { get; init; }
    public required ImmutableArray<TriagedItem> Items { get; init; }
    public required Plan Plan { get; init; }

    public ImmutableArray<ScanNote> Notes => Facts.Notes;

    /// <summary>Every suppression, inline or in shipready.yml, with how many findings it hid; none means stale.</summary>
    public ImmutableArray<Evaluation.SuppressionStatus> Suppressions { get; init; } = [];

    /// <summary>Every decision of shipready.yml, including those on controls that are now met.</summary>
    public ImmutableArray<Decision> Decisions { get; init; } = [];

    /// <summary>Decisions on controls that no longer need triage (met or not applicable): they can be removed.</summary>
    public IEnumerable<Decision> StaleDecisions => Decisions.Where(d => ItemFor(d.ControlId) is null);

    public TriagedItem? ItemFor(string controlId) => Items.FirstOrDefault(i => i.Id == controlId);

    /// <summary>The stacks present, as keys of fix guidance (node, python, dotnet), most files first.</summary>
    public ImmutableArray<string> Stacks { get; init; } = [];

    public static string ToolVersion { get; } =
        typeof(AuditResult).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
