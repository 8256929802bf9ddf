namespace ShipReady.Cli.Init;

/// <summary>
/// Asks the questions of <c>shipready init</c>. A terminal gets interactive prompts, a script gets
/// one question per line, and <c>--yes</c> takes every default; the questionnaire does not know which.
/// </summary>
internal interface IQuestioner
{
    /// <summary>Shows a line that needs no answer, such as what the code already showed.</summary>
    void Tell(string line);

    /// <summary>Free text. <paramref name="check"/> says why an answer cannot be used, or returns null.</summary>
    string AskText(string question, string defaultValue, Func<string, string?> check);

    /// <summary>Exactly one of <paramref name="choices"/>.</summary>
    string AskOne(string question, IReadOnlyList<string> choices, string defaultValue);

    /// <summary>Any of <paramref name="choices"/>; none is the default.</summary>
    IReadOnlyList<string> AskMany(string question, IReadOnlyList<string> choices);
}
