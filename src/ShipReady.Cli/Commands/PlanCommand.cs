using System.CommandLine;
using ShipReady.Reports;

namespace ShipReady.Cli.Commands;

/// <summary><c>shipready plan [PATH]</c>: write the launch plan, LAUNCH-PLAN.md, into the repository.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the plan (default: LAUNCH-PLAN.md in the repository; '-' for standard output)." };
        var command = new Command("plan", "Write the launch plan: must-haves against the timebox, the 30-day schedule, the deferred list.");
        common.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parse => CliErrors.Guard(parse, common, () =>
        {
            var result = AuditRunner.Run(common, parse);
            var writer = new MarkdownPlanWriter();
            var path = parse.GetValue(output) ?? Path.Combine(parse.GetValue(common.Path)!, writer.DefaultFileName);
            ReportFile.Write(path == "-" ? null : path, writer, result);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
