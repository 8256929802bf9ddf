using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Facts.Secrets;
using ShipReady.Model;

namespace ShipReady.Evaluation;

/// <summary>
/// DEP-SECRETS: every secret found in the tree, or only in its git history, is a gap; the evidence
/// carries only its redacted form and fingerprint, and for history the commit that added it.
/// </summary>
public sealed class SecretsDetector : IDetector
{
    public ControlResult Evaluate(Control control, EvaluationContext context)
    {
        var facts = context.Facts;
        var secrets = facts.Secrets;
        var history = facts.HistorySecrets;
        if (secrets.IsEmpty && history.IsEmpty)
        {
            return new ControlResult(control.Id, ResultStatus.Met, [], Confidence.Medium,
                $"no secrets found in {facts.FileCount} files{(facts.GitHistoryRead ? " or in their git history" : "")}");
        }
        ImmutableArray<Evidence> evidence = [.. secrets.Select(InTree), .. history.Select(InHistory)];
        return new ControlResult(control.Id, ResultStatus.Gap, evidence, Confidence.High, Summary(secrets, history));
    }

    private static Evidence InTree(SecretFinding s) =>
        new(s.Location, s.Snippet, $"{s.Kind}: {s.Redacted}, fingerprint {s.Fingerprint}", s.Fingerprint);

    // The fingerprint is the value's, as in the tree, so a suppression or baseline made while the secret
    // was in the tree still holds once the file is deleted.
    private static Evidence InHistory(SecretFinding s) =>
        new(s.Location, s.Snippet,
            $"{s.Kind}: {s.Redacted}, fingerprint {s.Fingerprint}; removed from HEAD but still in history at commit {s.Commit}: rotate it; deleting the file does not remove it",
            s.Fingerprint, s.Commit);

    private static string Summary(ImmutableArray<SecretFinding> secrets, ImmutableArray<SecretFinding> history)
    {
        var inHistory = history.IsEmpty ? "" : $"{history.Length} secret{Plural(history.Length)} removed from HEAD but still in git history";
        if (secrets.IsEmpty)
        {
            return inHistory;
        }
        var files = secrets.Select(s => s.Location.File).Distinct().Count();
        var inTree = $"{secrets.Length} secret{Plural(secrets.Length)} committed in {files} file{Plural(files)}";
        return history.IsEmpty ? inTree : $"{inTree}; {inHistory}";
    }

    private static string Plural(int count) => count == 1 ? "" : "s";
}
