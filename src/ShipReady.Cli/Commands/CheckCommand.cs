using System.CommandLine;
using System.Globalization;
using ShipReady.Reports;

namespace ShipReady.Cli.Commands;

/// <summary><c>shipready check [PATH]</c>: the CI gate. Exits 1 while must-have gaps remain.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        var strict = new Option<bool>("--strict") { Description = "Also fail when a decision is due: its revisit date passed or its trigger fired." };
        var since = new Option<string?>("--since") { Description = "Report and fail only on must-have findings that are new since this git revision (for pull requests)." };
        var command = new Command("check", "Gate CI: exit 1 while must-have gaps remain, 0 when nothing blocks launch.");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(strict);
        command.Options.Add(since);
        command.SetAction(parse => CliErrors.Guard(parse, common, () =>
        {
            var writer = ReportWriters.For(parse.GetValue(format)!);
            var result = AuditRunner.Run(common, parse);
            if (parse.GetValue(since) is { } revision)
            {
                return CheckSince(common, parse, result, revision);
            }
            var blocking = result.Plan.MustHave.Concat(result.Plan.DoesNotFit).ToList();
            if (writer is not null)
            {
                writer.Write(result, Console.Out);
            }
            else if (blocking.Count == 0)
            {
                Console.WriteLine($"ok: no must-have gaps ({result.Plan.Within30Days.Count()} within 30 days, {result.Plan.Deferred.Length} deferred).");
            }
            else
            {
                Console.WriteLine($"blocked: {blocking.Count} must-have gap{(blocking.Count == 1 ? "" : "s")}, {result.Plan.MustHaveHours.ToString(CultureInfo.InvariantCulture)} h");
                foreach (var item in blocking)
                {
                    var where = item.Result.Findings.FirstOrDefault() is { } first ? EvidencePlace.Of(first) : "repository";
                    Console.WriteLine($"  {item.Id} {item.Control.FailureTitle} ({where}): {item.Reason}");
                }
            }
            var due = Reports.DecisionStatus.Of(result).Where(s => s.State == Reports.DecisionStatus.Due).ToList();
            if (writer is null)
            {
                foreach (var status in due)
                {
                    Console.WriteLine($"decision due: {status.Summary}; {status.Detail}");
                }
            }
            var failsStrict = parse.GetValue(strict) && due.Count > 0;
            return blocking.Count == 0 && !failsStrict ? ExitCodes.Ok : ExitCodes.MustHaveGaps;
        }));
        return command;
    }

    private static int CheckSince(CommonOptions common, ParseResult parse, Auditing.AuditResult current, string revision)
    {
        using var snapshot = GitSnapshot.Extract(parse.GetValue(common.Path)!, revision, $"--since {revision}");
        // The baseline's history is what the base revision reaches: a secret removed before it is not new.
        var folder = parse.GetValue(common.Path)!;
        var baseline = common.Auditor(parse).Run(new Inventory.DiskFileSource(snapshot.Root), common.Overrides(parse), history: common.History(parse, folder, revision));
        var introduced = NewFindings.Since(baseline, current);
        if (introduced.Count == 0)
        {
            Console.WriteLine($"ok: no new must-have findings since {revision}.");
            return ExitCodes.Ok;
        }
        Console.WriteLine($"blocked: {introduced.Count} new must-have finding{(introduced.Count == 1 ? "" : "s")} since {revision}");
        foreach (var (item, where) in introduced)
        {
            Console.WriteLine($"  {item.Id} {item.Control.FailureTitle} ({where}): {item.Reason}");
        }
        return ExitCodes.MustHaveGaps;
    }
}
