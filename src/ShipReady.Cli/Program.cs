using System.CommandLine;
using ShipReady.Cli;
using ShipReady.Cli.Commands;

var root = new RootCommand("ShipReady audits a prototype for the prototype-to-production gap and writes a triaged launch plan.")
{
    AuditCommand.Create(),
    PlanCommand.Create(),
    CheckCommand.Create(),
    ControlsCommand.Create(),
    ExplainCommand.Create(),
    HistoryCommand.Create(),
    DiffCommand.Create(),
    InitCommand.Create(),
};

// A terminal reports its width; a pipe or CI log does not, and 80 columns would wrap every reason.
if (Console.IsOutputRedirected)
{
    Spectre.Console.AnsiConsole.Profile.Width =
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns >= 40 ? columns : 160;
}

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"shipready: {error.Message}");
    }
    Console.Error.WriteLine("Run 'shipready --help' for usage.");
    return ExitCodes.UsageError;
}
return parse.Invoke();
