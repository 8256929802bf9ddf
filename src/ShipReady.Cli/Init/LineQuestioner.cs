namespace ShipReady.Cli.Init;

/// <summary>
/// Asks one question per line, for scripts and tests: prints the question with its choices and
/// default, reads one line, takes an empty line as the default and asks again after a wrong answer.
/// </summary>
internal sealed class LineQuestioner(TextReader input, TextWriter output) : IQuestioner
{
    public void Tell(string line) => output.WriteLine(line);

    public string AskText(string question, string defaultValue, Func<string, string?> check)
    {
        while (true)
        {
            var answer = Read(question, $"{question} [{defaultValue}]:");
            if (answer.Length == 0)
            {
                return defaultValue;
            }
            if (check(answer) is not { } why)
            {
                return answer;
            }
            output.WriteLine($"{why}; press Enter for {defaultValue}.");
        }
    }

    public string AskOne(string question, IReadOnlyList<string> choices, string defaultValue)
    {
        while (true)
        {
            var answer = Read(question, $"{question} ({string.Join(", ", choices)}) [{defaultValue}]:");
            if (answer.Length == 0)
            {
                return defaultValue;
            }
            if (Choice.Match(choices, answer) is { } choice)
            {
                return choice;
            }
            output.WriteLine($"'{answer}' is not one of: {string.Join(", ", choices)}; press Enter for {defaultValue}.");
        }
    }

    public IReadOnlyList<string> AskMany(string question, IReadOnlyList<string> choices)
    {
        while (true)
        {
            var answer = Read(question, $"{question} (comma-separated, any of: {string.Join(", ", choices)}) [none]:");
            if (answer.Length == 0 || answer.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                return [];
            }
            var words = answer.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
            var chosen = words.Select(w => Choice.Match(choices, w)).ToList();
            if (chosen.IndexOf(null) is var wrong and >= 0)
            {
                output.WriteLine($"'{words[wrong]}' is not one of: {string.Join(", ", choices)}; press Enter for none.");
                continue;
            }
            return [.. chosen.OfType<string>().Distinct()];
        }
    }

    private string Read(string question, string prompt)
    {
        output.WriteLine(prompt);
        var line = input.ReadLine()
            ?? throw new UsageException($"input ended before '{question}' was answered; pass --yes to accept the defaults");
        return line.Trim();
    }
}
