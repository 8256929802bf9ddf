using System.Collections.Immutable;

namespace ShipReady.Cli.Init;

/// <summary>Everything the questionnaire settled, ready to be written as shipready.yml.</summary>
/// <param name="Handles">Every kind the product handles, those the code revealed included.</param>
/// <param name="Answers">Control id to yes (true) or no (false); a question without an entry stays open.</param>
internal sealed record ConfigDraft(
    string Name,
    string Archetype,
    ImmutableSortedSet<string> Handles,
    double TimeboxHours,
    ImmutableSortedDictionary<string, bool> Answers);
