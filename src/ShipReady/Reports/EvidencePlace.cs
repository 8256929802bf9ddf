using ShipReady.Auditing;
using ShipReady.Model;

namespace ShipReady.Reports;

/// <summary>
/// Where a finding is, as every report writes it: "src/app.js:4" in the working tree, and
/// "config/.env:2 at commit 3f9c2a7" for one only git history holds, since that file and line may
/// no longer exist.
/// </summary>
public static class EvidencePlace
{
    /// <summary>The finding's place, with its commit when only git history holds it.</summary>
    public static string Of(Evidence evidence) =>
        $"{evidence.Location}{(evidence.Commit is null ? "" : $" at commit {evidence.Commit}")}";

    /// <summary>The findings, left after suppressions, that only git history holds.</summary>
    public static IReadOnlyList<Evidence> InGitHistory(AuditResult result) =>
        [.. result.Results.SelectMany(r => r.Evidence).Where(e => e.Commit is not null && e.Location is not null)];
}
