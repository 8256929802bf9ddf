using ShipReady.Catalog;

namespace ShipReady.Configuration;

/// <summary>Checks what the config reader cannot know alone: decisions and answers name real controls (and real dependency categories), once each.</summary>
public static class ConfigValidator
{
    /// <exception cref="ConfigException">A decision names an unknown control or category, or a control twice.</exception>
    public static void Check(AuditConfig config, ControlCatalog catalog)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var source = config.Source ?? AuditConfig.FileName;
        foreach (var decision in config.Decisions)
        {
            if (catalog.Find(decision.ControlId) is null)
            {
                throw new ConfigException($"{source}:{decision.Line}: decision names unknown control '{decision.ControlId}'; run 'shipready controls' to list them.");
            }
            if (!seen.Add(decision.ControlId))
            {
                throw new ConfigException($"{source}:{decision.Line}: a second decision on {decision.ControlId}; keep one per control.");
            }
            if (decision.Trigger is { Kind: TriggerKind.Dependency } trigger && trigger.Values.FirstOrDefault(v => !catalog.Categories.ContainsKey(v)) is { } unknown)
            {
                throw new ConfigException($"{source}:{decision.Line}: the trigger of the decision on {decision.ControlId} names unknown category '{unknown}'; known: {string.Join(", ", catalog.Categories.Keys)}.");
            }
        }
        CheckAnswers(config, catalog, source);
    }

    private static void CheckAnswers(AuditConfig config, ControlCatalog catalog, string source)
    {
        var asked = catalog.Controls.Where(c => c.IsQuestionnaireOnly).Select(c => c.Id).ToList();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var answer in config.Answers)
        {
            var control = catalog.Find(answer.ControlId);
            if (control is null || !control.IsQuestionnaireOnly)
            {
                var what = control is null ? "is not a control" : "is detected from the code, not asked";
                throw new ConfigException($"{source}:{answer.Line}: answer for {answer.ControlId}, which {what}; answers are for: {string.Join(", ", asked)}.");
            }
            if (!seen.Add(answer.ControlId))
            {
                throw new ConfigException($"{source}:{answer.Line}: a second answer for {answer.ControlId}; keep one.");
            }
        }
    }
}
