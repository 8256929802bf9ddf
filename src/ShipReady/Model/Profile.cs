using System.Collections.Immutable;

namespace ShipReady.Model;

/// <summary>The product's context, which decides how each gap is triaged.</summary>
/// <param name="Archetype">One of <see cref="Model.Archetype.All"/>.</param>
/// <param name="Handles">Data kinds the product handles, from <see cref="DataKind.All"/>.</param>
/// <param name="TimeboxHours">Hours available for the must-haves.</param>
/// <param name="Name">The product's name, shown in reports.</param>
public sealed record Profile(string Archetype, ImmutableSortedSet<string> Handles, double TimeboxHours, string? Name = null)
{
    public const double DefaultTimeboxHours = 100;

    public static Profile Default { get; } =
        new(Model.Archetype.B2B, ImmutableSortedSet<string>.Empty, DefaultTimeboxHours);
}
