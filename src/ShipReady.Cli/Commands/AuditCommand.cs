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
        var history = new HistoryOptions(canSkip: true);
        var format = new Option<string>("--format")
        {
            Description = $"One or more of {string.Join(", ", ReportWriters.Names)}, comma-separated (default text). Several formats come from one scan.",
            DefaultValueFactory = _ => "text",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the one report to this file instead of standard output." };
        var outputDir = new Option<string?>("--output-dir") { Description = "Write every report format to this folder, each under its default name." };
        var command = new Command("audit", "Audit a repository: find the production gaps, triage them and estimate hours.");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(outputDir);
        history.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(parse, common, () =>
        {
            var writers = ReportWriters.ForList(parse.GetValue(format)!);
            var path = parse.GetValue(output);
            var folder = parse.GetValue(outputDir);
            var files = writers.OfType<Reports.IReportWriter>().ToList();
            if (path is not null && (folder is not null || writers.Count > 1 || files.Count == 0))
            {
                throw new UsageException("--output takes exactly one file format (json, md, sarif, ...); for several, use --output-dir.");
            }
            if (folder is null && files.Count > 1)
            {
                throw new UsageException("several file formats need --output-dir, so that each goes to its own file.");
            }
            if (folder is not null && !Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
            }
            // Opened before the scan, so that an unusable history stops the run before it costs anything.
            using var store = history.OpenForRecording(parse);
            var result = AuditRunner.Run(common, parse);
            var recorded = store is null ? (long?)null : Record(store, result, parse.GetValue(common.Path)!);
            if (writers.Contains(null))
            {
                TerminalSummary.Render(AnsiConsole.Console, result);
                if (recorded is { } id)
                {
                    AnsiConsole.MarkupLine($"[dim]Recorded as run {id}: 'shipready history' shows the trend, 'shipready diff' what changed since.[/]");
                }
            }
            foreach (var writer in files)
            {
                ReportFile.Write(folder is null ? path : Path.Combine(folder, writer.DefaultFileName), writer, result);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static long Record(History.HistoryStore store, Auditing.AuditResult result, string folder) =>
        store.Record(History.RunRecord.From(result, History.RunRecord.RootOf(folder), DateTimeOffset.UtcNow, GitRevision.Head(folder)));
}
