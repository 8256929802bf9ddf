using System.Globalization;
using ShipReady.Catalog;
using ShipReady.Model;

namespace ShipReady.Cli.Init;

/// <summary>
/// The questions of <c>shipready init</c>, in order: name, archetype, data handled, timebox, then one
/// per questionnaire-only control. Only what the code cannot show is asked, and nothing a flag answered.
/// </summary>
internal sealed class Questionnaire(IQuestioner questioner, IReadOnlyList<Control> asked)
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string DontKnow = "don't know";

    public ConfigDraft Run(RepoDetection detected, InitFlags flags)
    {
        questioner.Tell($"Read {detected.Summary}");
        var name = flags.Name ?? questioner.AskText("Product name", detected.ProductName, CheckName);
        var archetype = flags.Archetype ?? questioner.AskOne("Kind of product", Archetype.All, Archetype.B2B);

        foreach (var kind in detected.Handles.Keys)
        {
            questioner.Tell($"detected: {kind} ({detected.Evidence(kind)})");
        }
        var offered = DataKind.All.Where(k => !detected.Handles.ContainsKey(k)).ToList();
        var chosen = flags.Handles ?? (offered.Count == 0
            ? []
            : [.. questioner.AskMany(detected.Handles.IsEmpty ? "Data the product handles" : "Other data the product handles", offered)]);

        var timebox = flags.Timebox ?? double.Parse(
            questioner.AskText("Timebox: hours for the must-haves before launch", Hours(Profile.DefaultTimeboxHours), CheckTimebox),
            CultureInfo.InvariantCulture);

        var answers = flags.Answers.ToBuilder();
        foreach (var control in asked.Where(c => !flags.Answers.ContainsKey(c.Id)))
        {
            switch (questioner.AskOne($"{control.Id}: {control.Question}", [Yes, No, DontKnow], DontKnow))
            {
                case Yes:
                    answers[control.Id] = true;
                    break;
                case No:
                    answers[control.Id] = false;
                    break;
            }
        }
        return new ConfigDraft(name, archetype, [.. chosen, .. detected.Handles.Keys], timebox, answers.ToImmutable());
    }

    /// <summary>Why a product name cannot be used, or null.</summary>
    public static string? CheckName(string name) =>
        name.Length == 0 ? "the name is empty; give the product's name"
        : name.Any(char.IsControl) ? "the name must be one line of text"
        : name.Length > 100 ? "the name is longer than 100 characters; give a short one"
        : null;

    /// <summary>Why a typed timebox cannot be used, or null.</summary>
    public static string? CheckTimebox(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours)
            ? CheckTimebox(hours)
            : $"'{text}' is not a number of hours";

    public static string? CheckTimebox(double hours) =>
        hours is > 0 and <= 10_000 ? null : "the timebox must be a number of hours between 1 and 10000";

    public static string Hours(double hours) => hours.ToString(CultureInfo.InvariantCulture);
}
