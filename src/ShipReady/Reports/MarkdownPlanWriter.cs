using ShipReady.Auditing;
using ShipReady.Model;
using ShipReady.Triage;
using static ShipReady.Reports.MarkdownText;

namespace ShipReady.Reports;

/// <summary>
/// The launch plan as Markdown: must-haves against the timebox, the 30-day schedule by week, the
/// open questions, the deferred list with what brings each item back, and how to re-run.
/// </summary>
public sealed class MarkdownPlanWriter : IReportWriter
{
    public string Format => "md";

    public string DefaultFileName => "LAUNCH-PLAN.md";

    public void Write(AuditResult result, TextWriter w)
    {
        var plan = result.Plan;
        var profile = result.Profile;
        var name = profile.Name ?? Path.GetFileName(Path.GetFullPath(result.Root).TrimEnd('/'));
        w.WriteLine($"# Launch plan: {name}");
        w.WriteLine();
        w.WriteLine($"Profile: **{profile.Archetype}**, handles {(profile.Handles.Count == 0 ? "nothing declared" : string.Join(", ", profile.Handles))}, timebox {Hours(profile.TimeboxHours)}.");
        if (!result.Facts.DetectedHandles.IsEmpty)
        {
            w.WriteLine($"Seen in the code: {string.Join(", ", result.Facts.DetectedHandles.Select(kv => $"{kv.Key} ({kv.Value.Key})"))}.");
        }
        w.WriteLine();
        w.WriteLine(Summary(result));
        w.WriteLine();

        w.WriteLine("## Must-have for launch");
        w.WriteLine();
        if (plan.MustHave.IsEmpty && plan.DoesNotFit.IsEmpty)
        {
            w.WriteLine("No must-have gaps: nothing the audit can see blocks launch.");
        }
        else
        {
            w.WriteLine("Do these in order; later items build on earlier ones.");
            w.WriteLine();
            w.WriteLine("| # | Control | Gap | Hours | Running total | Owner | Why now | Evidence |");
            w.WriteLine("|---|---------|-----|------:|--------------:|-------|---------|----------|");
            var running = 0.0;
            var n = 0;
            foreach (var item in plan.MustHave.Concat(plan.DoesNotFit))
            {
                running += item.Hours;
                var overflow = plan.DoesNotFit.Contains(item) ? " (over the timebox)" : "";
                w.WriteLine($"| {++n} | {item.Id} | {Cell(item.Control.FailureTitle)}{overflow} | {Hours(item.Hours)} | {Hours(running)} |  | {Cell(item.Reason)} | {Evidence(item)} |");
            }
            if (plan.OverTimebox)
            {
                w.WriteLine();
                w.WriteLine($"**Over the timebox.** The must-haves need {Hours(plan.MustHaveHours)} against {Hours(profile.TimeboxHours)}. " +
                    $"These do not fit: {string.Join(", ", plan.DoesNotFit.Select(i => $"{i.Id} ({Hours(i.Hours)})"))}. " +
                    "Widen the timebox, or decide which of them to cut, and write the decision down.");
            }
        }
        w.WriteLine();

        if (!plan.Questions.IsEmpty)
        {
            w.WriteLine("## Questions to answer before launch");
            w.WriteLine();
            w.WriteLine("Code cannot show these. If the answer is no, each becomes a gap in the bucket shown; its hours are not counted above.");
            w.WriteLine();
            w.WriteLine("| Control | Question | Bucket if no | Hours if no |");
            w.WriteLine("|---------|----------|--------------|------------:|");
            foreach (var item in plan.Questions)
            {
                var places = PlacesToReview.Of(item);
                var question = places.Length == 0 ? item.Control.Question : $"{item.Control.Question} Look at: {places}";
                w.WriteLine($"| {item.Id} | {Cell(question)} | {Names.Label(item.Bucket)} | {Hours(item.Hours)} |");
            }
            w.WriteLine();
        }

        w.WriteLine("## Within 30 days of launch");
        w.WriteLine();
        if (!plan.Within30Days.Any())
        {
            w.WriteLine("Nothing scheduled.");
        }
        for (var week = 0; week < plan.Weeks.Length; week++)
        {
            var items = plan.Weeks[week];
            if (items.IsEmpty)
            {
                continue;
            }
            w.WriteLine($"### Week {week + 1} ({Hours(items.Sum(i => i.Hours))})");
            w.WriteLine();
            foreach (var item in items)
            {
                w.WriteLine($"- [ ] **{item.Id}** {item.Control.FailureTitle}: {Hours(item.Hours)}. {item.Reason}.");
            }
            w.WriteLine();
        }

        w.WriteLine("## Deferred until it hurts");
        w.WriteLine();
        if (plan.Deferred.IsEmpty)
        {
            w.WriteLine("Nothing deferred.");
        }
        else
        {
            w.WriteLine("Known gaps, deliberately not built now. Each comes back when its trigger fires; the audit checks the ones it can see on every run.");
            w.WriteLine();
            w.WriteLine("| Control | Gap | Hours | Revisit when | Checked by the audit |");
            w.WriteLine("|---------|-----|------:|--------------|----------------------|");
            foreach (var item in plan.Deferred)
            {
                var title = item.IsQuestion ? $"{item.Control.Title} (unconfirmed: {item.Control.Question})" : item.Control.FailureTitle;
                var triggers = string.Join("; ", item.Triggers.Select(t => t.Say));
                var audited = item.Triggers.Any(t => t.IsAuditable) ? "yes" : "no, watch it";
                w.WriteLine($"| {item.Id} | {Cell(title)} | {Hours(item.Hours)} | {Cell(triggers)} | {audited} |");
            }
        }
        w.WriteLine();

        var decisions = DecisionStatus.Of(result);
        if (decisions.Count > 0)
        {
            w.WriteLine("## Decisions");
            w.WriteLine();
            w.WriteLine("| Control | Bucket | Reason | Owner | Revisit | Status |");
            w.WriteLine("|---------|--------|--------|-------|---------|--------|");
            foreach (var status in decisions)
            {
                var d = status.Decision;
                w.WriteLine($"| {d.ControlId} | {Names.Label(d.Bucket)} | {Cell(d.Reason)} | {Cell(d.Owner ?? "")} | {Cell(DecisionStatus.Revisit(d))} | {status.State}{(status.State == DecisionStatus.Holds ? "" : ": " + Cell(status.Detail))} |");
            }
            w.WriteLine();
        }

        if (!result.Suppressions.IsEmpty)
        {
            var stale = result.Suppressions.Count(s => s.IsStale);
            w.WriteLine("## Suppressions");
            w.WriteLine();
            w.WriteLine($"{result.Suppressions.Length} suppression{(result.Suppressions.Length == 1 ? "" : "s")}, {result.Suppressions.Sum(s => s.Matched)} finding(s) hidden, {stale} stale.");
            w.WriteLine();
            w.WriteLine("| Control | Where | Reason | Hidden |");
            w.WriteLine("|---------|-------|--------|-------:|");
            foreach (var status in result.Suppressions)
            {
                var s = status.Suppression;
                w.WriteLine($"| {s.ControlId} | {Code(s.Where.ToString())} | {Cell(s.Reason)} | {(status.IsStale ? "0 (stale: remove it)" : status.Matched.ToString(System.Globalization.CultureInfo.InvariantCulture))} |");
            }
            w.WriteLine();
        }

        WriteHistorySecrets(result, w);

        var promoted = plan.Promoted.ToList();
        if (promoted.Count > 0)
        {
            w.WriteLine("## Brought back by a trigger");
            w.WriteLine();
            foreach (var item in promoted)
            {
                w.WriteLine($"- **{item.Id}**: {item.Reason}.");
            }
            w.WriteLine();
        }

        if (!result.Notes.IsEmpty)
        {
            w.WriteLine("## What the audit could not read fully");
            w.WriteLine();
            foreach (var note in result.Notes)
            {
                w.WriteLine($"- {Code(note.Path)}: {note.Message}");
            }
            w.WriteLine();
        }

        w.WriteLine("## Re-run");
        w.WriteLine();
        w.WriteLine("```sh");
        var flags = $"--archetype {profile.Archetype}" +
            (profile.Handles.Count > 0 ? $" --handles {string.Join(",", profile.Handles)}" : "") +
            $" --timebox {profile.TimeboxHours.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        w.WriteLine($"shipready plan {result.Root} {flags}");
        w.WriteLine($"shipready check {result.Root} {flags}   # exits 1 while must-have gaps remain");
        w.WriteLine("```");
    }

    internal static string Summary(AuditResult result)
    {
        var plan = result.Plan;
        var mustCount = plan.MustHave.Length + plan.DoesNotFit.Length;
        return $"**{mustCount} must-have gap{(mustCount == 1 ? "" : "s")}: {Hours(plan.MustHaveHours)} of a {Hours(result.Profile.TimeboxHours)} timebox" +
            (plan.OverTimebox ? " (over the timebox)" : "") + $".** " +
            $"{plan.Within30Days.Count()} within 30 days ({Hours(plan.Within30DaysHours)}), {plan.Deferred.Length} deferred, {plan.Questions.Length} open question{(plan.Questions.Length == 1 ? "" : "s")}.";
    }

    private static string Evidence(TriagedItem item)
    {
        var first = item.Result.Findings.FirstOrDefault();
        if (first is null)
        {
            return Cell(item.Result.Summary);
        }
        var more = item.Result.Findings.Count() - 1;
        return Code(EvidencePlace.Of(first)) + (more > 0 ? $" and {more} more" : "");
    }

    /// <summary>Each secret only history holds, with its commit: the evidence table shows one finding per gap, and each of these needs its own rotation.</summary>
    private static void WriteHistorySecrets(AuditResult result, TextWriter w)
    {
        var secrets = EvidencePlace.InGitHistory(result);
        if (secrets.Count == 0)
        {
            return;
        }
        w.WriteLine("## Secrets still in git history");
        w.WriteLine();
        w.WriteLine("Removed from the working tree, but every clone still holds them. Rotate each one: deleting the file does not remove it.");
        w.WriteLine();
        w.WriteLine("| Commit | Where in that commit | Code | Why |");
        w.WriteLine("|--------|----------------------|------|-----|");
        foreach (var secret in secrets)
        {
            w.WriteLine($"| {Code(secret.Commit!)} | {Code(secret.Location!.ToString())} | {Code(secret.Snippet ?? "")} | {Cell(secret.Why)} |");
        }
        w.WriteLine();
    }
}
