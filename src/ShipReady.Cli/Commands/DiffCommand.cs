using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ShipReady.Auditing;
using ShipReady.Cli.Rendering;
using ShipReady.History;
using ShipReady.Inventory;
using Spectre.Console;

namespace ShipReady.Cli.Commands;

/// <summary>
/// <c>shipready diff [BASE] [PATH]</c>: audits the working tree and compares it with a recorded run or a
/// git revision: gaps closed, gaps new, items that moved bucket, must-have hours burned down.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var baseline = new Argument<string?>("base")
        {
            Description = "A run id from 'shipready history', or a git revision (branch, tag, commit). Default: the newest recorded run.",
            DefaultValueFactory = _ => null,
        };
        var format = new Option<string>("--format") { Description = "text or json (default text).", DefaultValueFactory = _ => "text" };
        var common = new CommonOptions();
        var history = new HistoryOptions(canSkip: false);
        var command = new Command("diff", "Compare the working tree with a recorded run or a git revision: gaps closed, gaps new, hours burned down.") { baseline };
        common.AddTo(command);
        command.Options.Add(format);
        history.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(parse, common, () =>
        {
            var asJson = parse.GetValue(format) switch
            {
                "text" => false,
                "json" => true,
                var other => throw new UsageException($"--format '{other}' is not known here; use text or json."),
            };
            var asked = parse.GetValue(baseline);
            var folder = parse.GetValue(common.Path)!;
            // 'shipready diff ../app' names a folder, not a base: compare it with its newest run.
            if (asked is not null && Directory.Exists(asked) && parse.GetResult(common.Path) is null or { Implicit: true })
            {
                folder = asked;
                asked = null;
            }
            var (label, before) = Baseline(asked, folder, common, history, parse);
            var after = AuditRunner.Run(common, parse, folder);
            var comparison = RunComparison.Compare(before, RunSnapshot.From(after));
            if (asJson)
            {
                Console.WriteLine(JsonSerializer.Serialize(DiffJson.From(label, comparison), HistoryJsonContext.Default.DiffJson));
            }
            else
            {
                DiffView.Render(AnsiConsole.Console, label, comparison, after.Catalog);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>What the working tree is compared with, and how to name it.</summary>
    private static (string Label, RunSnapshot Snapshot) Baseline(string? asked, string folder, CommonOptions common, HistoryOptions history, ParseResult parse)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{folder}: no such folder; give the path of the repository to compare.");
        }
        var root = RunRecord.RootOf(folder);
        using var store = history.OpenForReading(parse);
        if (asked is null)
        {
            var latest = store?.Latest(root) ?? throw new UsageException(
                $"no run recorded for {root} in {history.PathOf(parse)}; run 'shipready audit' first, or give a git revision to compare with.");
            return (Label(latest), latest.Snapshot);
        }
        var looksLikeRun = long.TryParse(asked.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id);
        if (looksLikeRun && store?.Run(id) is { } run)
        {
            if (run.Root != root)
            {
                throw new UsageException($"run {id} was recorded for {run.Root}, not {root}; 'shipready history {folder}' lists this repository's runs.");
            }
            return (Label(run), run.Snapshot);
        }
        using var snapshot = Extract(folder, asked, looksLikeRun);
        var audit = common.Auditor(parse).Run(new DiskFileSource(snapshot.Root), common.Overrides(parse), history: common.History(parse, folder, asked));
        return ($"git revision {asked}", RunSnapshot.From(audit));
    }

    private static GitSnapshot Extract(string folder, string asked, bool looksLikeRun)
    {
        try
        {
            return GitSnapshot.Extract(folder, asked, $"diff {asked}");
        }
        catch (UsageException) when (looksLikeRun)
        {
            throw new UsageException($"diff {asked}: no run {asked.TrimStart('#')} in the history of {RunRecord.RootOf(folder)} and no git revision of that name; 'shipready history' lists the runs.");
        }
    }

    private static string Label(RunRecord run) =>
        $"run {run.Id} ({run.RecordedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC{(run.Commit is null ? "" : ", " + run.Commit)})";
}
