using System.Collections.Immutable;
using System.Globalization;
using ShipReady.Catalog;
using ShipReady.Model;

namespace ShipReady.Cli.Init;

/// <summary>What the flags of <c>shipready init</c> already answer; a null value is still to be asked.</summary>
/// <param name="Handles">Data kinds besides those the code reveals.</param>
/// <param name="Answers">Control id to yes (true) or no (false).</param>
/// <param name="AcceptDefaults">--yes: take the default for everything else and never prompt.</param>
internal sealed record InitFlags(
    string? Name,
    string? Archetype,
    ImmutableSortedSet<string>? Handles,
    double? Timebox,
    ImmutableSortedDictionary<string, bool> Answers,
    bool AcceptDefaults)
{
    /// <exception cref="UsageException">A flag's value is not one init can write.</exception>
    public static InitFlags Parse(string? name, string? archetype, string? handles, string? timebox, IReadOnlyList<string> answers, bool acceptDefaults, ControlCatalog catalog)
    {
        if (name is not null && Questionnaire.CheckName(name.Trim()) is { } why)
        {
            throw new UsageException($"--name: {why}.");
        }
        if (archetype is not null && !Model.Archetype.IsKnown(archetype))
        {
            throw new UsageException($"--archetype '{archetype}' is not known; use one of: {string.Join(", ", Model.Archetype.All)}.");
        }
        ImmutableSortedSet<string>? kinds = null;
        if (handles is not null)
        {
            var listed = handles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(k => k != "none").ToList();
            foreach (var kind in listed.Where(k => !DataKind.IsKnown(k)))
            {
                throw new UsageException($"--handles '{kind}' is not known; use any of: {string.Join(", ", DataKind.All)}, or none.");
            }
            kinds = [.. listed];
        }
        // Parsed here rather than by the command line parser, whose message names a .NET type and takes two lines.
        if (timebox is not null && Questionnaire.CheckTimebox(timebox) is { } timeboxWhy)
        {
            throw new UsageException($"--timebox {timebox}: {timeboxWhy}.");
        }
        var hours = timebox is null ? (double?)null : double.Parse(timebox, NumberStyles.Float, CultureInfo.InvariantCulture);
        return new InitFlags(name?.Trim(), archetype, kinds, hours, ParseAnswers(answers, catalog), acceptDefaults);
    }

    private static ImmutableSortedDictionary<string, bool> ParseAnswers(IReadOnlyList<string> answers, ControlCatalog catalog)
    {
        var asked = catalog.Controls.Where(c => c.IsQuestionnaireOnly).Select(c => c.Id).ToList();
        var parsed = ImmutableSortedDictionary.CreateBuilder<string, bool>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            var parts = answer.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new UsageException($"--answer '{answer}' must be ID=yes or ID=no, e.g. --answer DATA-BACKUP=yes.");
            }
            var id = parts[0].ToUpperInvariant();
            var control = catalog.Find(id);
            if (control is null || !control.IsQuestionnaireOnly)
            {
                var what = control is null ? "is not a control" : "is detected from the code, not asked";
                throw new UsageException($"--answer {answer}: {parts[0]} {what}; answers are for: {string.Join(", ", asked)}.");
            }
            bool yes = parts[1].ToLowerInvariant() switch
            {
                "yes" or "y" => true,
                "no" or "n" => false,
                _ => throw new UsageException($"--answer {answer}: the answer must be yes or no; leave the flag out for don't know."),
            };
            if (!parsed.TryAdd(control.Id, yes))
            {
                throw new UsageException($"--answer {control.Id} is given twice; keep one.");
            }
        }
        return parsed.ToImmutable();
    }
}
