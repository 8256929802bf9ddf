using System.Collections.Immutable;
using ShipReady.Model;

namespace ShipReady.Auditing;

/// <summary>Profile values given on the command line; each one set replaces the configuration's.</summary>
public sealed record ProfileOverrides(string? Archetype = null, ImmutableSortedSet<string>? Handles = null, double? TimeboxHours = null)
{
    public Profile ApplyTo(Profile profile) => profile with
    {
        Archetype = Archetype ?? profile.Archetype,
        Handles = Handles ?? profile.Handles,
        TimeboxHours = TimeboxHours ?? profile.TimeboxHours,
    };
}
