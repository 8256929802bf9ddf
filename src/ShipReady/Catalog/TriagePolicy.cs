using System.Collections.Immutable;
using ShipReady.Model;

namespace ShipReady.Catalog;

/// <summary>A control's base bucket and the ordered rules over the profile that change it; the first matching rule wins.</summary>
public sealed record TriagePolicy(Bucket Base, string Because, ImmutableArray<TriageRule> Rules);

/// <summary>When the profile matches, the gap goes to <see cref="Bucket"/>.</summary>
/// <param name="Archetypes">Matches when the profile's archetype is one of these; empty means any.</param>
/// <param name="Handles">Matches when the product handles any of these; empty means any.</param>
public sealed record TriageRule(ImmutableArray<string> Archetypes, ImmutableArray<string> Handles, Bucket Bucket, string? Because);
