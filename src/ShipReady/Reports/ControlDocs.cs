using System.Text;
using ShipReady.Catalog;
using ShipReady.Model;
using static ShipReady.Reports.MarkdownText;

namespace ShipReady.Reports;

/// <summary>
/// Renders the catalog as Markdown. <c>docs/controls.md</c> and <c>shipready explain ID</c> both
/// come from here, so a control's documentation has one source: its YAML file.
/// </summary>
public static class ControlDocs
{
    public static string Catalog(ControlCatalog catalog)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Controls");
        sb.AppendLine();
        sb.AppendLine("Generated from `src/ShipReady/Catalog/`; do not edit by hand. Regenerate with");
        sb.AppendLine("`dotnet run --project src/ShipReady.Cli -- controls --markdown > docs/controls.md`.");
        sb.AppendLine();
        sb.AppendLine("| Control | Area | Checks for | Base bucket | Hours | Detection |");
        sb.AppendLine("|---------|------|------------|-------------|------:|-----------|");
        foreach (var control in catalog.Controls)
        {
            sb.AppendLine($"| [{control.Id}](#{control.Id.ToLowerInvariant()}) | {Names.Kebab(control.Area)} | {Cell(control.Title)} | {Names.Label(control.Triage.Base)} | {Hours(control.Effort.Hours)} | {Detection(control)} |");
        }
        foreach (var control in catalog.Controls)
        {
            sb.AppendLine();
            sb.Append(Section(control, headingLevel: 2));
        }
        return sb.ToString();
    }

    public static string Section(Control control, int headingLevel = 1)
    {
        var h = new string('#', headingLevel);
        var sb = new StringBuilder();
        sb.AppendLine($"{h} {control.Id}");
        sb.AppendLine();
        sb.AppendLine($"**{control.Title}.** Area: {Names.Kebab(control.Area)}. Impact: {Names.Kebab(control.Impact)}. Lifecycle: {control.Lifecycle} since {control.Since}.");
        sb.AppendLine();
        sb.AppendLine($"{h}# Why it matters");
        sb.AppendLine();
        sb.AppendLine(control.Why);
        sb.AppendLine();
        sb.AppendLine($"{h}# What it checks");
        sb.AppendLine();
        sb.AppendLine(control.Checks);
        if (control.IsQuestionnaireOnly)
        {
            sb.AppendLine();
            sb.AppendLine($"Code cannot show this; the audit asks: *{control.Question}*");
        }
        sb.AppendLine();
        sb.AppendLine($"{h}# Example of the gap");
        sb.AppendLine();
        sb.AppendLine("```");
        sb.AppendLine(control.Example);
        sb.AppendLine("```");
        sb.AppendLine();
        sb.AppendLine($"{h}# How to fix it");
        sb.AppendLine();
        foreach (var (stack, fix) in control.Fix)
        {
            sb.AppendLine($"- **{stack}**: {fix}");
        }
        sb.AppendLine();
        sb.AppendLine($"{h}# Effort and triage");
        sb.AppendLine();
        var effort = control.Effort;
        sb.AppendLine($"- Effort: {Hours(effort.Hours)}" + (effort.PerExtraSite > 0 ? $", plus {Hours(effort.PerExtraSite)} per extra site, at most {Hours(effort.Max)}" : "") + ".");
        sb.AppendLine($"- Base bucket: {Names.Label(control.Triage.Base)}: {control.Triage.Because}.");
        foreach (var rule in control.Triage.Rules)
        {
            var when = new List<string>();
            if (!rule.Archetypes.IsEmpty)
            {
                when.Add($"archetype {string.Join(" or ", rule.Archetypes)}");
            }
            if (!rule.Handles.IsEmpty)
            {
                when.Add($"handles {string.Join(" or ", rule.Handles)}");
            }
            sb.AppendLine($"- When {string.Join(" and ", when)}: {Names.Label(rule.Bucket)}" + (rule.Because is null ? "." : $": {rule.Because}."));
        }
        if (!control.DependsOn.IsEmpty)
        {
            sb.AppendLine($"- Do after: {string.Join(", ", control.DependsOn)}.");
        }
        sb.AppendLine();
        sb.AppendLine($"{h}# When a deferral comes back");
        sb.AppendLine();
        foreach (var trigger in control.Revisit)
        {
            sb.AppendLine($"- {trigger.Say}" + (trigger.IsAuditable ? $" (checked by the audit; promotes to {Names.Label(trigger.PromoteTo)})" : " (watch for it)"));
        }
        if (!control.References.IsEmpty)
        {
            sb.AppendLine();
            sb.AppendLine($"{h}# References");
            sb.AppendLine();
            foreach (var reference in control.References)
            {
                sb.AppendLine($"- <{reference}>");
            }
        }
        return sb.ToString();
    }

    private static string Detection(Control control) => control.Detect switch
    {
        null => "question",
        { Builtin: not null } => "built-in",
        { Violations.IsEmpty: false } => "code patterns",
        _ => "dependencies and files",
    };
}
