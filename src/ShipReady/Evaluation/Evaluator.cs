using System.Collections.Concurrent;
using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Model;

namespace ShipReady.Evaluation;

/// <summary>Runs the right detector for every control of the catalog.</summary>
public sealed class Evaluator(ControlCatalog catalog)
{
    private readonly IDetector _declarative = new DeclarativeDetector(catalog.Find);
    private static readonly IDetector Questionnaire = new QuestionnaireDetector();
    private static readonly IDetector Secrets = new SecretsDetector();
    private static readonly IDetector Lockfiles = new LockfileDetector();

    /// <remarks>
    /// Detectors are pure functions of immutable facts, so controls are evaluated in parallel: on a large
    /// tree, matching file globs against every path is most of the work. Each thread takes the next control
    /// as it finishes one (controls differ a lot in cost, and an even split left one core idle at the end);
    /// results keep the catalog's order.
    /// </remarks>
    public ImmutableArray<ControlResult> Evaluate(EvaluationContext context)
    {
        var controls = catalog.Controls;
        var results = new ControlResult[controls.Length];
        Parallel.ForEach(
            Partitioner.Create(Enumerable.Range(0, controls.Length), EnumerablePartitionerOptions.NoBuffering),
            i => results[i] = DetectorFor(controls[i]).Evaluate(controls[i], context));
        return [.. results];
    }

    private IDetector DetectorFor(Control control) => control.Detect switch
    {
        null => Questionnaire,
        { Builtin: "secrets" } => Secrets,
        { Builtin: "lockfiles" } => Lockfiles,
        _ => _declarative,
    };
}
