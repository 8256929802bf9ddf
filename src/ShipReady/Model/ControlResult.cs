using System.Collections.Immutable;

namespace ShipReady.Model;

/// <summary>What evaluation found for one control.</summary>
public sealed record ControlResult(string ControlId, ResultStatus Status, ImmutableArray<Evidence> Evidence, Confidence Confidence, string Summary)
{
    /// <summary>True when the result needs triage: a gap, a partial gap or an open question.</summary>
    public bool NeedsTriage => Status is ResultStatus.Gap or ResultStatus.Partial or ResultStatus.Unknown;

    /// <summary>Evidence that points at a place in the repository.</summary>
    public IEnumerable<Evidence> Findings => Evidence.Where(e => e.Location is { Line: > 0 });
}
