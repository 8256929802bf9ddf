using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Model;

namespace ShipReady.Evaluation;

/// <summary>DEP-SECRETS: every secret found in the tree is a gap; the evidence carries only its redacted form and fingerprint.</summary>
public sealed class SecretsDetector : IDetector
{
    public ControlResult Evaluate(Control control, EvaluationContext context)
    {
        var secrets = context.Facts.Secrets;
        if (secrets.IsEmpty)
        {
            return new ControlResult(control.Id, ResultStatus.Met, [], Confidence.Medium,
                $"no secrets found in {context.Facts.Files.Length} files");
        }
        ImmutableArray<Evidence> evidence =
            [.. secrets.Select(s => new Evidence(s.Location, s.Snippet, $"{s.Kind}: {s.Redacted}, fingerprint {s.Fingerprint}", s.Fingerprint))];
        var files = secrets.Select(s => s.Location.File).Distinct().Count();
        return new ControlResult(control.Id, ResultStatus.Gap, evidence, Confidence.High,
            $"{secrets.Length} secret{(secrets.Length == 1 ? "" : "s")} committed in {files} file{(files == 1 ? "" : "s")}");
    }
}
