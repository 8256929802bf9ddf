using System.Collections.Immutable;
using ShipReady.Model;

namespace ShipReady.Configuration;

/// <summary>What <c>shipready.yml</c> says: the profile, and paths the audit should not read.</summary>
public sealed record AuditConfig(Profile Profile, ImmutableArray<string> Ignore, string? Source)
{
    public const string FileName = "shipready.yml";

    public static AuditConfig Default { get; } = new(Profile.Default, [], null);
}
