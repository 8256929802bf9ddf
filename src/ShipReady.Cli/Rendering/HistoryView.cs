using System.Collections.Immutable;
using System.Globalization;
using ShipReady.History;
using ShipReady.Reports;
using Spectre.Console;

namespace ShipReady.Cli.Rendering;

/// <summary>The runs of one repository as a table, and the must-have hours remaining as a bar chart, oldest first.</summary>
internal static class HistoryView
{
    public static void Render(IAnsiConsole console, string file, ImmutableArray<RunRecord> newestFirst)
    {
        var newest = newestFirst[0];
        console.MarkupLine($"[bold]{Markup.Escape(newest.Name)}[/] — {newestFirst.Length} run{(newestFirst.Length == 1 ? "" : "s")}, newest first [dim]({Markup.Escape(newest.Root)}, history in {Markup.Escape(file)})[/]");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Run", c => c.RightAligned())
            .AddColumn("Recorded (UTC)")
            .AddColumn("Commit")
            .AddColumn("Must-have", c => c.RightAligned())
            .AddColumn("30 days", c => c.RightAligned())
            .AddColumn("Deferred", c => c.RightAligned())
            .AddColumn("Findings", c => c.RightAligned())
            .AddColumn("Profile");
        foreach (var run in newestFirst)
        {
            table.AddRow(
                run.Id.ToString(CultureInfo.InvariantCulture),
                When(run),
                Markup.Escape(run.Commit ?? "-"),
                HoursText.Format(run.MustHaveHours),
                HoursText.Format(run.Within30DaysHours),
                HoursText.Format(run.DeferredHours),
                run.FindingsTotal.ToString(CultureInfo.InvariantCulture),
                Markup.Escape($"{run.Archetype}{(run.Handles.IsEmpty ? "" : " · " + string.Join(", ", run.Handles))}, {HoursText.Format(run.Timebox)} box"));
        }
        console.Write(table);

        var chart = new BarChart().Width(Math.Min(console.Profile.Width, 80)).Label("[bold]Must-have hours remaining[/]").LeftAlignLabel();
        foreach (var run in newestFirst.Reverse())
        {
            chart.AddItem($"{run.RecordedAt.UtcDateTime:MM-dd HH:mm} #{run.Id}", Math.Round(run.MustHaveHours, 1),
                run.MustHaveHours > run.Timebox ? Color.Red : Color.Yellow);
        }
        console.Write(chart);
        if (newestFirst.Length > 1)
        {
            var change = newestFirst[^1].MustHaveHours - newest.MustHaveHours;
            console.MarkupLine(change >= 0
                ? $"{HoursText.Format(change)} of must-have work burned down since run {newestFirst[^1].Id}."
                : $"[red]{HoursText.Format(-change)} of must-have work added[/] since run {newestFirst[^1].Id}.");
        }
    }

    private static string When(RunRecord run) => run.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
