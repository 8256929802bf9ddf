using System.Collections.Immutable;
using ShipReady.Facts;
using ShipReady.Facts.Code;
using ShipReady.Model;

namespace ShipReady.Evaluation;

/// <summary>What every detector may look at: the facts, the data kinds the product handles, and the code hits by pattern.</summary>
public sealed class EvaluationContext
{
    public EvaluationContext(FactSet facts, Profile profile, IEnumerable<Configuration.Answer>? answers = null)
    {
        Facts = facts;
        Answers = (answers ?? []).ToImmutableDictionary(a => a.ControlId, StringComparer.OrdinalIgnoreCase);
        Handles = profile.Handles.Union(facts.DetectedHandles.Keys);
        HitsByPattern = facts.Hits.GroupBy(h => (h.ControlId, h.PatternId))
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
    }

    public FactSet Facts { get; }

    /// <summary>The team's answers to questionnaire-only controls, by control id.</summary>
    public ImmutableDictionary<string, Configuration.Answer> Answers { get; }

    /// <summary>The profile's data kinds and those the dependencies reveal.</summary>
    public ImmutableSortedSet<string> Handles { get; }

    public ImmutableDictionary<(string ControlId, string PatternId), ImmutableArray<CodeHit>> HitsByPattern { get; }

    public ImmutableArray<CodeHit> Hits(string controlId, string patternId) =>
        HitsByPattern.GetValueOrDefault((controlId, patternId), []);
}
