using System.Collections.Immutable;
using ShipReady.Model;

namespace ShipReady.Catalog;

/// <summary>What kind of condition brings a deferral back.</summary>
public enum TriggerKind
{
    /// <summary>A dependency of a category appears in the manifests.</summary>
    Dependency,
    /// <summary>The product handles a kind of data, by the profile or by what the code shows.</summary>
    Handles,
    /// <summary>The profile's archetype is one of the listed ones.</summary>
    Archetype,
    /// <summary>A condition the audit cannot see; it is listed in the plan for people to watch.</summary>
    Manual,
}

/// <summary>A condition that brings a deferred gap back, and the bucket it promotes it to.</summary>
public sealed record RevisitTrigger(TriggerKind Kind, string Say, ImmutableArray<string> Values, Bucket PromoteTo)
{
    public bool IsAuditable => Kind != TriggerKind.Manual;
}
