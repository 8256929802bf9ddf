using System.CommandLine;
using ShipReady.Catalog;
using ShipReady.Model;
using ShipReady.Reports;
using Spectre.Console;

namespace ShipReady.Cli.Commands;

/// <summary><c>shipready controls</c>: the catalog, as a table or as the Markdown of docs/controls.md.</summary>
internal static class ControlsCommand
{
    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print the full catalog as Markdown (the source of docs/controls.md)." };
        var prefilters = new Option<bool>("--prefilters") { Description = "Print the literals the code prefilter looks for, one per line." };
        var command = new Command("controls", "List the controls the audit checks.") { markdown, prefilters };
        command.SetAction(parse => CliErrors.Guard(parse, null, () =>
        {
            var catalog = ControlCatalog.Default;
            if (parse.GetValue(markdown))
            {
                Console.Write(ControlDocs.Catalog(catalog));
                return ExitCodes.Ok;
            }
            if (parse.GetValue(prefilters))
            {
                foreach (var literal in catalog.Patterns.SelectMany(p => p.Prefilter).Distinct().Order(StringComparer.Ordinal))
                {
                    Console.WriteLine(literal);
                }
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Simple);
            foreach (var column in new[] { "Control", "Area", "Checks for", "Base bucket", "Hours" })
            {
                table.AddColumn(column);
            }
            foreach (var control in catalog.Controls)
            {
                table.AddRow(control.Id, Names.Kebab(control.Area), Markup.Escape(control.Title), Names.Label(control.Triage.Base),
                    Rendering.TerminalSummary.Hours(control.Effort.Hours));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"{catalog.Controls.Length} controls. Details: [bold]shipready explain ID[/].");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
