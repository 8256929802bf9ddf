using System.Text;
using ShipReady.Catalog;
using ShipReady.Model;

namespace ShipReady.Cli.Init;

/// <summary>
/// Renders shipready.yml as a team would want to read it: every section explained, every question
/// above its answer, open questions and examples left as comments to fill in later.
/// </summary>
internal static class ConfigText
{
    public const string SchemaPath = ".shipready/shipready.schema.json";
    private const int Width = 100;

    /// <param name="asked">The questionnaire-only controls, in the order their questions are written.</param>
    /// <param name="today">Dates the example decision, so that it is not already due when copied.</param>
    public static string Render(ConfigDraft draft, RepoDetection detected, IReadOnlyList<Control> asked, DateOnly today)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        void Comment(string indent, string prose)
        {
            foreach (var line in Wrap(prose, Width - indent.Length - 2))
            {
                Line($"{indent}# {line}");
            }
        }

        Line($"# yaml-language-server: $schema={SchemaPath}");
        Comment("", $"ShipReady's configuration: every shipready command reads this file at the root of the repository. "
            + $"'shipready init' wrote it after reading the code ({detected.Summary}). The schema named above lets an editor "
            + "check the file and complete its keys.");
        Line();

        Comment("", "The product's context. It decides how every gap is triaged: must-have for launch, within 30 days, or deferred until it hurts.");
        Line("profile:");
        Comment("  ", "The product's name, shown in every report.");
        Line($"  name: {YamlScalar.Of(draft.Name)}");
        Comment("  ", $"The kind of product: {string.Join(", ", Archetype.All)}.");
        Line($"  archetype: {draft.Archetype}");
        Comment("  ", $"Data the product handles: {string.Join(", ", DataKind.All)}. "
            + "A kind the dependencies reveal counts in every audit, even when it is not listed here.");
        var handles = DataKind.All.Where(draft.Handles.Contains).ToList();
        if (handles.Count == 0)
        {
            Line("  handles: []");
        }
        else
        {
            Line("  handles:");
            foreach (var kind in handles)
            {
                Line(detected.Handles.ContainsKey(kind) ? $"    - {kind}  # detected: {detected.Evidence(kind)}" : $"    - {kind}");
            }
        }
        Comment("  ", "Hours available for the must-haves before launch; the plan says plainly what does not fit.");
        Line($"  timebox: {Questionnaire.Hours(draft.TimeboxHours)}");
        Line();

        Comment("", "Answers to what the code cannot show: yes meets the control, no makes it a gap. "
            + "A question left commented out stays open in every report; to answer it, remove its '#' and keep yes or no.");
        if (draft.Answers.IsEmpty)
        {
            // An empty 'answers:' is not a mapping, which the reader rejects; the key waits for the first answer.
            Comment("", "No question is answered yet: with the first answer, remove the '#' before 'answers:' as well.");
            Line("# answers:");
        }
        else
        {
            Line("answers:");
        }
        foreach (var control in asked)
        {
            Comment("  ", control.Question);
            Line(draft.Answers.TryGetValue(control.Id, out var yes)
                ? $"  {control.Id}: {(yes ? "yes" : "no")}"
                : $"  # {control.Id}: yes|no");
        }
        Line();

        Comment("", "Paths the audit does not read: globs relative to this folder, where ** crosses folders.");
        Line("# ignore:");
        Line("#   - \"legacy/**\"");
        Line();

        Comment("", "Decisions the team took on a control, whatever the policy says: the bucket (must-have, within-30-days or defer), "
            + "why, who, and when to look again: a revisit date, a trigger the audit watches, or both (a deferral needs one). "
            + "Every report lists the decisions and flags those that are due.");
        var revisit = new DateOnly(today.Year, today.Month, 1).AddMonths(3);
        Line("# decisions:");
        Line("#   - control: OBS-ERRORS");
        Line("#     bucket: defer");
        Line("#     reason: we read the logs every morning until launch week");
        Line("#     owner: dana");
        Line($"#     revisit: {revisit:yyyy-MM-dd}");
        Line("#     trigger: { kind: dependency, category: payments, say: payments are added }");
        Line();

        Comment("", "Findings the team accepted, each tied to its fingerprint (from the JSON report) or to a path glob, with why. "
            + "A suppression that no longer hides anything is reported as stale.");
        Line("# suppress:");
        Line("#   - control: DEP-SECRETS");
        Line("#     fingerprint: 3f9c2a7d1b0e4c55");
        Line("#     reason: a revoked test key kept to reproduce a bug");
        return text.ToString();
    }

    private static IEnumerable<string> Wrap(string prose, int width)
    {
        var line = new StringBuilder();
        foreach (var word in prose.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
