using System.Collections.Immutable;
using ShipReady.Model;
using ShipReady.Triage;

namespace ShipReady.Configuration;

/// <summary>What <c>shipready.yml</c> says: the profile, paths the audit should not read, and the team's decisions.</summary>
public sealed record AuditConfig(Profile Profile, ImmutableArray<string> Ignore, string? Source)
{
    public const string FileName = "shipready.yml";

    public static AuditConfig Default { get; } = new(Profile.Default, [], null);

    /// <summary>Answers to the questions of questionnaire-only controls.</summary>
    public ImmutableArray<Answer> Answers { get; init; } = [];

    public ImmutableArray<Decision> Decisions { get; init; } = [];

    /// <summary>Findings accepted in the configuration, by fingerprint or path.</summary>
    public ImmutableArray<Evaluation.Suppression> Suppressions { get; init; } = [];
}
