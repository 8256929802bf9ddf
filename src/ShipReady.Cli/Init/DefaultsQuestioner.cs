namespace ShipReady.Cli.Init;

/// <summary>Answers every question with its default and never reads input: <c>shipready init --yes</c>.</summary>
internal sealed class DefaultsQuestioner(TextWriter output) : IQuestioner
{
    public void Tell(string line) => output.WriteLine(line);

    public string AskText(string question, string defaultValue, Func<string, string?> check) => defaultValue;

    public string AskOne(string question, IReadOnlyList<string> choices, string defaultValue) => defaultValue;

    public IReadOnlyList<string> AskMany(string question, IReadOnlyList<string> choices) => [];
}
