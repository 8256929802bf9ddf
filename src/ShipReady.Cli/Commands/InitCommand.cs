using System.CommandLine;
using ShipReady.Catalog;
using ShipReady.Cli.Init;
using ShipReady.Model;
using Spectre.Console;

namespace ShipReady.Cli.Commands;

/// <summary><c>shipready init [PATH]</c>: read the code, ask only what it cannot show, and write a commented shipready.yml.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path")
        {
            Description = "The repository to write shipready.yml into.",
            DefaultValueFactory = _ => ".",
        };
        var name = new Option<string?>("--name") { Description = "The product's name (default: from package.json, pyproject.toml or the .NET project; else the folder's name)." };
        var archetype = new Option<string?>("--archetype") { Description = $"The kind of product: {string.Join(", ", Archetype.All)} (default b2b)." };
        var handles = new Option<string?>("--handles") { Description = $"Data the product handles besides what the dependencies reveal, comma-separated: {string.Join(", ", DataKind.All)}, or none." };
        var timebox = new Option<string?>("--timebox") { Description = "Hours available for the must-haves (default 100)." };
        var answer = new Option<string[]>("--answer") { Description = "Answer a question the code cannot settle, e.g. --answer DATA-BACKUP=yes. Repeat for each." };
        var yes = new Option<bool>("--yes", "-y") { Description = "Take the default for everything no flag gives; never prompt." };
        var force = new Option<bool>("--force") { Description = "Replace an existing shipready.yml." };
        var command = new Command("init", "Write shipready.yml: detect what the code shows, ask only what it cannot.")
        {
            path, name, archetype, handles, timebox, answer, yes, force,
        };
        command.SetAction(parse => CliErrors.Guard(parse, null, () =>
        {
            try
            {
                var catalog = ControlCatalog.Default;
                var flags = InitFlags.Parse(parse.GetValue(name), parse.GetValue(archetype), parse.GetValue(handles), parse.GetValue(timebox),
                    parse.GetValue(answer) ?? [], parse.GetValue(yes), catalog);
                return Run(parse.GetValue(path)!, flags, parse.GetValue(force), catalog);
            }
            catch (UsageException e)
            {
                // init's errors name the command: after a run of prompts, "shipready:" alone does not say which step failed.
                Console.Error.WriteLine($"shipready init: {e.Message}");
                return ExitCodes.UsageError;
            }
        }));
        return command;
    }

    private static int Run(string root, InitFlags flags, bool force, ControlCatalog catalog)
    {
        if (File.Exists(root))
        {
            throw new UsageException($"{root}: is a file; give the folder of the repository.");
        }
        if (!Directory.Exists(root))
        {
            throw new UsageException($"{root}: no such folder; give the path of the repository.");
        }
        // Refuse before asking anything: answering ten questions only to be refused is worse than no prompt at all.
        ConfigFiles.RefuseToReplace(root, force);

        var terminal = !flags.AcceptDefaults && !Console.IsInputRedirected && !Console.IsOutputRedirected
            && AnsiConsole.Profile.Capabilities.Interactive;
        var detected = terminal ? DetectWithSpinner(root) : RepoDetection.Of(root);
        IQuestioner questioner = flags.AcceptDefaults ? new DefaultsQuestioner(Console.Out)
            : terminal ? new TerminalQuestioner(AnsiConsole.Console)
            : new LineQuestioner(Console.In, Console.Out);
        var asked = catalog.Controls.Where(c => c.IsQuestionnaireOnly).ToList();
        var draft = new Questionnaire(questioner, asked).Run(detected, flags);

        try
        {
            ConfigFiles.Write(root, ConfigText.Render(draft, detected, asked, DateOnly.FromDateTime(DateTime.Now)), force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"shipready init: cannot write {ConfigFiles.ConfigPath(root)} ({e.Message.Split('\n')[0]}); check that the folder is writable.");
            return ExitCodes.AuditFailed;
        }

        var open = asked.Count - draft.Answers.Count;
        Console.WriteLine($"Wrote {ConfigFiles.ConfigPath(root)}: {draft.Name}, {draft.Archetype}, handles {(draft.Handles.IsEmpty ? "nothing listed" : string.Join(", ", draft.Handles))}, "
            + $"timebox {Questionnaire.Hours(draft.TimeboxHours)} h; {draft.Answers.Count} of {asked.Count} questions answered"
            + (open > 0 ? $", {open} left as comments to answer later." : "."));
        Console.WriteLine($"Wrote {ConfigFiles.SchemaPath(root)}, the schema editors check it against.");
        Console.WriteLine($"Next: shipready audit{(root == "." ? "" : " " + Quote(root))}");
        return ExitCodes.Ok;
    }

    private static RepoDetection DetectWithSpinner(string root)
    {
        RepoDetection? detected = null;
        AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start("Reading the code", _ => detected = RepoDetection.Of(root));
        return detected!;
    }

    private static string Quote(string path) => path.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$') ? $"'{path.Replace("'", "'\\''")}'" : path;
}
