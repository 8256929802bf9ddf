using System.CommandLine;
using ShipReady.Cli.Rendering;
using Spectre.Console;

namespace ShipReady.Cli.Commands;

/// <summary><c>shipready audit [PATH]</c>: scan, triage, and show or write the result.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format") { Description = "text (default), json or md.", DefaultValueFactory = _ => "text" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var command = new Command("audit", "Audit a repository: find the production gaps, triage them and estimate hours.");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => CliErrors.Guard(parse, common, () =>
        {
            var writer = ReportWriters.For(parse.GetValue(format)!);
            var result = AuditRunner.Run(common, parse);
            var path = parse.GetValue(output);
            if (writer is null)
            {
                if (path is not null)
                {
                    throw new UsageException("--output needs --format json or md; the text summary is for the terminal.");
                }
                TerminalSummary.Render(AnsiConsole.Console, result);
            }
            else
            {
                ReportFile.Write(path, writer, result);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
