using Spectre.Console;

namespace ShipReady.Cli.Init;

/// <summary>Asks with Spectre.Console prompts on an interactive terminal: arrow keys for choices, space to tick several.</summary>
internal sealed class TerminalQuestioner(IAnsiConsole console) : IQuestioner
{
    public void Tell(string line) => console.MarkupLine($"[grey]{Markup.Escape(line)}[/]");

    public string AskText(string question, string defaultValue, Func<string, string?> check) =>
        console.Prompt(new TextPrompt<string>(Markup.Escape(question))
            .DefaultValue(defaultValue)
            .Validate(answer => check(answer.Trim()) is { } why ? ValidationResult.Error($"[red]{Markup.Escape(why)}[/]") : ValidationResult.Success()))
            .Trim();

    public string AskOne(string question, IReadOnlyList<string> choices, string defaultValue)
    {
        var answer = console.Prompt(new SelectionPrompt<string>()
            .Title(Markup.Escape(question))
            .AddChoices(choices)
            .DefaultValue(defaultValue)
            .PageSize(Math.Max(3, choices.Count)));
        Echo(question, answer);
        return answer;
    }

    public IReadOnlyList<string> AskMany(string question, IReadOnlyList<string> choices)
    {
        var answer = console.Prompt(new MultiSelectionPrompt<string>()
            .Title(Markup.Escape(question))
            .NotRequired()
            .AddChoices(choices)
            .PageSize(Math.Max(3, choices.Count))
            .InstructionsText("[grey](space to tick, enter to accept; none is fine)[/]"));
        Echo(question, answer.Count == 0 ? "none" : string.Join(", ", answer));
        return answer;
    }

    // A selection prompt clears itself; the echo keeps what was chosen in the transcript.
    private void Echo(string question, string answer) =>
        console.MarkupLine($"{Markup.Escape(question)}{(question.EndsWith('?') ? "" : ":")} [green]{Markup.Escape(answer)}[/]");
}
