using System.Globalization;
using ShipReady.Auditing;
using ShipReady.Model;
using ShipReady.Triage;
using Spectre.Console;

namespace ShipReady.Cli.Rendering;

/// <summary>The audit as a person reads it in a terminal: the three buckets with hours and reasons.</summary>
internal static class TerminalSummary
{
    public static void Render(IAnsiConsole console, AuditResult result)
    {
        var plan = result.Plan;
        var profile = result.Profile;
        console.MarkupLine($"[bold]ShipReady[/] {Markup.Escape(AuditResult.ToolVersion)}: {Markup.Escape(result.Root)}");
        console.MarkupLine($"Profile: [bold]{profile.Archetype}[/], handles {Markup.Escape(profile.Handles.Count == 0 ? "nothing declared" : string.Join(", ", profile.Handles))}, timebox {Hours(profile.TimeboxHours)}" +
            (result.ConfigSource is null ? "" : $" (from {Markup.Escape(result.ConfigSource)} and flags)"));
        console.MarkupLine($"Read {result.Facts.FileCount} files: {Markup.Escape(Detected(result))}");
        console.WriteLine();

        var over = plan.OverTimebox ? "[red] over the timebox[/]" : "";
        console.Write(new Rule($"[bold red]Must-have for launch[/]: {Hours(plan.MustHaveHours)} of {Hours(profile.TimeboxHours)}{over}").LeftJustified());
        if (plan.MustHave.IsEmpty && plan.DoesNotFit.IsEmpty)
        {
            console.MarkupLine("[green]No must-have gaps.[/]");
        }
        else
        {
            var table = NewTable("#", "Control", "Hours", "Why must-have", "Evidence");
            var n = 0;
            foreach (var item in plan.MustHave.Concat(plan.DoesNotFit))
            {
                var fits = plan.DoesNotFit.Contains(item) ? " [red](does not fit)[/]" : "";
                table.AddRow(
                    (++n).ToString(CultureInfo.InvariantCulture),
                    $"[bold]{item.Id}[/]{fits}\n{Markup.Escape(item.Control.FailureTitle)}",
                    Hours(item.Hours),
                    Markup.Escape(item.Reason),
                    Markup.Escape(Evidence(item)));
            }
            console.Write(table);
            if (plan.OverTimebox)
            {
                console.MarkupLine($"[red]Over the timebox:[/] {Markup.Escape(string.Join(", ", plan.DoesNotFit.Select(i => i.Id)))} do not fit in {Hours(profile.TimeboxHours)}. Widen the timebox or decide what to cut.");
            }
        }
        console.WriteLine();

        console.Write(new Rule($"[bold yellow]Within 30 days[/]: {Hours(plan.Within30DaysHours)}").LeftJustified());
        var weeks = NewTable("Week", "Control", "Hours", "Why within 30 days");
        for (var week = 0; week < plan.Weeks.Length; week++)
        {
            foreach (var item in plan.Weeks[week])
            {
                weeks.AddRow($"{week + 1}", $"[bold]{item.Id}[/]\n{Markup.Escape(item.Control.FailureTitle)}", Hours(item.Hours), Markup.Escape(item.Reason));
            }
        }
        Write(console, weeks, plan.Within30Days.Any());
        console.WriteLine();

        console.Write(new Rule($"[bold blue]Deferred until it hurts[/]: {plan.Deferred.Length} item{(plan.Deferred.Length == 1 ? "" : "s")}").LeftJustified());
        var deferred = NewTable("Control", "Hours", "Revisit when");
        foreach (var item in plan.Deferred)
        {
            var title = item.IsQuestion ? $"{item.Control.Title} (unconfirmed)" : item.Control.FailureTitle;
            deferred.AddRow($"[bold]{item.Id}[/]\n{Markup.Escape(title)}", Hours(item.Hours), Markup.Escape(string.Join("; ", item.Triggers.Select(t => t.Say))));
        }
        Write(console, deferred, !plan.Deferred.IsEmpty);

        if (!plan.Questions.IsEmpty)
        {
            console.WriteLine();
            console.Write(new Rule($"[bold]Questions code cannot answer[/]: {plan.Questions.Length}").LeftJustified());
            var questions = NewTable("Control", "Question", "If no");
            foreach (var item in plan.Questions)
            {
                var places = Reports.PlacesToReview.Of(item);
                var question = places.Length == 0 ? Markup.Escape(item.Control.Question) : $"{Markup.Escape(item.Control.Question)}\n[dim]Look at: {Markup.Escape(places)}[/]";
                questions.AddRow($"[bold]{item.Id}[/]", question, $"{Names.Label(item.Bucket)}, {Hours(item.Hours)}");
            }
            console.Write(questions);
        }

        var promoted = plan.Promoted.ToList();
        if (promoted.Count > 0)
        {
            console.WriteLine();
            foreach (var item in promoted)
            {
                console.MarkupLine($"[bold]Trigger fired[/] for {item.Id}: {Markup.Escape(item.Reason)}");
            }
        }

        var decisions = Reports.DecisionStatus.Of(result);
        if (decisions.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]Decisions[/]: {decisions.Count}");
            foreach (var status in decisions)
            {
                var state = status.State switch
                {
                    Reports.DecisionStatus.Due => "[red]due[/]",
                    Reports.DecisionStatus.Stale => "[grey]stale[/]",
                    _ => "[green]holds[/]",
                };
                console.MarkupLine($"  {state} {Markup.Escape(status.Summary)}; {Markup.Escape(status.Detail)}");
            }
        }

        if (!result.Suppressions.IsEmpty)
        {
            var stale = result.Suppressions.Where(s => s.IsStale).ToList();
            console.WriteLine();
            console.MarkupLine($"[bold]Suppressions[/]: {result.Suppressions.Length}, hiding {result.Suppressions.Sum(s => s.Matched)} finding(s); {stale.Count} stale");
            foreach (var status in stale)
            {
                console.MarkupLine($"  [grey]stale[/] {Markup.Escape(status.Suppression.ControlId)} at {Markup.Escape(status.Suppression.Where.ToString())}: it hides nothing now; remove it");
            }
        }

        var inHistory = Reports.EvidencePlace.InGitHistory(result);
        if (inHistory.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[bold red]Secrets still in git history[/]: {inHistory.Count}, removed from HEAD but in every clone; rotate each one, deleting the file does not remove it");
            foreach (var secret in inHistory)
            {
                console.MarkupLine($"  {Markup.Escape(Reports.EvidencePlace.Of(secret))}: {Markup.Escape(secret.Snippet ?? "")}");
            }
        }

        if (!result.Notes.IsEmpty)
        {
            console.WriteLine();
            // A note may be on a file or, with --git-history, on the folder's whole history.
            console.MarkupLine($"[yellow]{result.Notes.Length} note{(result.Notes.Length == 1 ? "" : "s")} on what was not read fully:[/]");
            // A failed reading leaves findings out, which a skipped binary does not: those come first and are never cut.
            var shown = Math.Max(10, result.Notes.Count(n => n.IsReadFailure));
            foreach (var note in result.Notes.OrderBy(n => !n.IsReadFailure).Take(shown))
            {
                console.MarkupLine($"  {Markup.Escape(note.ToString())}");
            }
            if (result.Notes.Length > shown)
            {
                console.MarkupLine($"  and {result.Notes.Length - shown} more (all of them are in --format json).");
            }
        }
        var met = result.Results.Count(r => r.Status == ResultStatus.Met);
        var na = result.Results.Count(r => r.Status == ResultStatus.NotApplicable);
        console.WriteLine();
        console.MarkupLine($"{result.Results.Length} controls: {met} met, {na} not applicable, {result.Items.Length} to triage. Explain one with [bold]shipready explain ID[/].");
    }

    private static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Simple).Expand();
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn($"[grey]{column}[/]"));
        }
        return table;
    }

    private static void Write(IAnsiConsole console, Table table, bool any)
    {
        if (any)
        {
            console.Write(table);
        }
        else
        {
            console.MarkupLine("[grey]None.[/]");
        }
    }

    private static string Detected(AuditResult result)
    {
        var languages = string.Join(", ", result.Facts.Languages.Take(4).Select(l => $"{l.Language.ToString().ToLowerInvariant()} ({l.Files})"));
        var frameworks = result.Facts.Frameworks.IsEmpty ? "no web framework" : string.Join(", ", result.Facts.Frameworks);
        return $"{(languages.Length == 0 ? "no code" : languages)}; {frameworks}; {result.Facts.Dependencies.Length} dependencies";
    }

    private static string Evidence(TriagedItem item)
    {
        var findings = item.Result.Findings.ToList();
        if (findings.Count == 0)
        {
            return item.Result.Summary;
        }
        var first = findings[0];
        return $"{Reports.EvidencePlace.Of(first)}: {first.Snippet}" + (findings.Count > 1 ? $" (+{findings.Count - 1} more)" : "");
    }

    internal static string Hours(double hours) => Reports.HoursText.Format(hours);
}
