using System.CommandLine;
using System.Text.Json;
using ShipReady.Cli.Rendering;
using ShipReady.History;
using Spectre.Console;

namespace ShipReady.Cli.Commands;

/// <summary><c>shipready history [PATH]</c>: the recorded runs of a repository and its must-have hours over time.</summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("path") { Description = "The repository whose runs to show.", DefaultValueFactory = _ => "." };
        var limit = new Option<int>("--limit") { Description = "How many of the newest runs to show (default 20).", DefaultValueFactory = _ => 20 };
        var format = new Option<string>("--format") { Description = "text or json (default text).", DefaultValueFactory = _ => "text" };
        var history = new HistoryOptions(canSkip: false);
        var command = new Command("history", "Show the recorded audits of a repository, with must-have hours remaining over time.") { folder };
        command.Options.Add(limit);
        command.Options.Add(format);
        history.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(parse, null, () =>
        {
            var asJson = parse.GetValue(format) switch
            {
                "text" => false,
                "json" => true,
                var other => throw new UsageException($"--format '{other}' is not known here; use text or json."),
            };
            var count = parse.GetValue(limit);
            if (count < 1)
            {
                throw new UsageException($"--limit {count} must be at least 1.");
            }
            var root = RunRecord.RootOf(parse.GetValue(folder)!);
            using var store = history.OpenForReading(parse);
            var runs = store?.Runs(root, count) ?? [];
            if (asJson)
            {
                Console.WriteLine(JsonSerializer.Serialize(HistoryJson.From(history.PathOf(parse), root, runs), HistoryJsonContext.Default.HistoryJson));
            }
            else if (runs.IsEmpty)
            {
                Console.WriteLine($"No runs recorded for {root} in {history.PathOf(parse)}; 'shipready audit' records one.");
            }
            else
            {
                HistoryView.Render(AnsiConsole.Console, history.PathOf(parse), runs);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
