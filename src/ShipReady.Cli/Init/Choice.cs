namespace ShipReady.Cli.Init;

/// <summary>Finds the choice a typed answer means: the choice itself, its number in the list, or the start of exactly one choice.</summary>
internal static class Choice
{
    public static string? Match(IReadOnlyList<string> choices, string answer)
    {
        var typed = Plain(answer);
        if (typed.Length == 0)
        {
            return null;
        }
        if (choices.FirstOrDefault(c => Plain(c) == typed) is { } exact)
        {
            return exact;
        }
        if (int.TryParse(typed, out var number) && number >= 1 && number <= choices.Count)
        {
            return choices[number - 1];
        }
        // "y" for yes, "d" for don't know; an ambiguous start such as "b2" picks nothing.
        var starting = choices.Where(c => Plain(c).StartsWith(typed, StringComparison.Ordinal)).ToList();
        return starting.Count == 1 ? starting[0] : null;
    }

    /// <summary>Lower case without apostrophes, so that "Dont know" is "don't know".</summary>
    private static string Plain(string text) => text.Trim().Replace("'", "").Replace("\u2019", "").ToLowerInvariant();
}
