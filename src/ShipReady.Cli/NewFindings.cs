using ShipReady.Auditing;
using ShipReady.Triage;

namespace ShipReady.Cli;

/// <summary>
/// What a change introduced: must-have findings whose fingerprint the base audit did not have, and
/// must-have gaps without a place in the code whose control was not a gap before. Fingerprints
/// ignore line numbers, so moving code does not make a finding new.
/// </summary>
internal static class NewFindings
{
    public static IReadOnlyList<(TriagedItem Item, string Where)> Since(AuditResult baseline, AuditResult current)
    {
        var known = baseline.Items
            .SelectMany(i => i.Result.Findings.Select(e => (i.Id, e.Fingerprint)))
            .ToHashSet();
        var gapsBefore = baseline.Items.Where(i => !i.IsQuestion).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var found = new List<(TriagedItem, string)>();
        foreach (var item in current.Plan.MustHave.Concat(current.Plan.DoesNotFit))
        {
            var findings = item.Result.Findings.ToList();
            if (findings.Count == 0)
            {
                if (!gapsBefore.Contains(item.Id))
                {
                    found.Add((item, "repository"));
                }
                continue;
            }
            found.AddRange(findings.Where(e => !known.Contains((item.Id, e.Fingerprint))).Select(e => (item, Reports.EvidencePlace.Of(e))));
        }
        return found;
    }
}
