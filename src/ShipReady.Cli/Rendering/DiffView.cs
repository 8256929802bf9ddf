using ShipReady.Catalog;
using ShipReady.History;
using ShipReady.Model;
using ShipReady.Reports;
using Spectre.Console;

namespace ShipReady.Cli.Rendering;

/// <summary>A diff in the terminal: the hours first, then what closed, what is new, what moved, and the findings.</summary>
internal static class DiffView
{
    private const int FindingsShown = 20;

    public static void Render(IAnsiConsole console, string baseline, RunComparison diff, ControlCatalog catalog)
    {
        console.MarkupLine($"[bold]Compared with {Markup.Escape(baseline)}[/] → working tree");
        var burned = diff.HoursBurnedDown;
        var trend = burned switch
        {
            > 0 => $"[green]{HoursText.Format(burned)} burned down[/]",
            < 0 => $"[red]{HoursText.Format(-burned)} added[/]",
            _ => "no change",
        };
        console.MarkupLine($"Must-have hours: {HoursText.Format(diff.MustHaveHoursBefore)} → {HoursText.Format(diff.MustHaveHoursAfter)}, {trend}");
        Items(console, "Gaps closed", "green", "✓", diff.Closed, catalog);
        Items(console, "Gaps new", "red", "✗", diff.Opened, catalog);
        if (!diff.Moved.IsEmpty)
        {
            console.MarkupLine($"\n[bold]Moved[/] ({diff.Moved.Length})");
            foreach (var (before, after) in diff.Moved)
            {
                console.MarkupLine($"  → {after.ControlId,-16} {Names.Label(before.Bucket)} → [bold]{Names.Label(after.Bucket)}[/]  {Markup.Escape(Title(catalog, after.ControlId))}");
            }
        }
        Items(console, "Questions now gaps", "yellow", "?", diff.Answered, catalog);
        if (diff.Closed.IsEmpty && diff.Opened.IsEmpty && diff.Moved.IsEmpty && diff.Answered.IsEmpty)
        {
            console.MarkupLine("\nNo gap closed, opened or moved.");
        }
        var partial = diff.FindingsComplete ? "" : " [dim](a run keeps its first findings only; the lists may be short)[/]";
        console.MarkupLine($"\nFindings: {diff.FixedFindings.Length} fixed, {diff.NewFindings.Length} new{partial}");
        Findings(console, "new", "red", diff.NewFindings);
        Findings(console, "fixed", "green", diff.FixedFindings);
    }

    private static void Items(IAnsiConsole console, string heading, string color, string mark, IReadOnlyList<ItemState> items, ControlCatalog catalog)
    {
        if (items.Count == 0)
        {
            return;
        }
        console.MarkupLine($"\n[bold]{heading}[/] ({items.Count})");
        foreach (var item in items)
        {
            console.MarkupLine($"  [{color}]{mark}[/] {item.ControlId,-16} {Names.Label(item.Bucket),-15} {HoursText.Format(item.Hours),7}  {Markup.Escape(Title(catalog, item.ControlId))}");
        }
    }

    private static void Findings(IAnsiConsole console, string label, string color, IReadOnlyList<FindingState> findings)
    {
        foreach (var finding in findings.Take(FindingsShown))
        {
            console.MarkupLine($"  [{color}]{label,-5}[/] {Markup.Escape(finding.ToString())}");
        }
        if (findings.Count > FindingsShown)
        {
            console.MarkupLine($"  [dim]… and {findings.Count - FindingsShown} more {label}; --format json lists them all[/]");
        }
    }

    private static string Title(ControlCatalog catalog, string id) => catalog.Find(id)?.FailureTitle ?? id;
}
