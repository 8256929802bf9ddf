using System.CommandLine;
using ShipReady.Auditing;
using ShipReady.Inventory;
using Spectre.Console;

namespace ShipReady.Cli;

/// <summary>Runs an audit for a command: checks the path, shows progress on a terminal, and returns the result.</summary>
internal static class AuditRunner
{
    /// <param name="folder">The folder to audit, when the command resolved it itself; else the path argument.</param>
    public static AuditResult Run(CommonOptions options, ParseResult parse, string? folder = null)
    {
        var path = folder ?? parse.GetValue(options.Path)!;
        if (File.Exists(path))
        {
            throw new UsageException($"{path}: is a file; give the folder of the repository to audit.");
        }
        if (!Directory.Exists(path))
        {
            throw new UsageException($"{path}: no such folder; give the path of the repository to audit.");
        }
        var overrides = options.Overrides(parse);
        var source = new DiskFileSource(path);
        var auditor = options.Auditor(parse);
        var history = options.History(parse, path);
        if (parse.GetValue(options.Verbose))
        {
            var timings = new StageTimings(Console.Error);
            var timed = auditor.Run(source, overrides, timings, history: history);
            timings.Finish();
            return timed;
        }
        if (Console.IsErrorRedirected)
        {
            return auditor.Run(source, overrides, history: history);
        }
        // Progress goes to stderr so that stdout stays clean for --format json.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        AuditResult? result = null;
        console.Status().Spinner(Spinner.Known.Dots).Start("Auditing", context =>
        {
            result = auditor.Run(source, overrides, new SynchronousProgress(context), history: history);
        });
        return result!;
    }

    /// <summary>Reports progress on the calling thread; Progress&lt;T&gt; would post to a pool thread and arrive late.</summary>
    private sealed class SynchronousProgress(StatusContext context) : IProgress<AuditProgress>
    {
        public void Report(AuditProgress value) =>
            context.Status(Markup.Escape(value.Files > 0 ? $"{value.Stage} ({value.Files} files)" : value.Stage));
    }
}
