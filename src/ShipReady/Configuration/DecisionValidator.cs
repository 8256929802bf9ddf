using ShipReady.Catalog;

namespace ShipReady.Configuration;

/// <summary>Checks what the config reader cannot know alone: decisions name real controls and real dependency categories, once each.</summary>
public static class DecisionValidator
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
    }
}
