using System.Globalization;
using ShipReady.Catalog;
using ShipReady.Model;
using ShipReady.Triage;
using YamlDotNet.RepresentationModel;

namespace ShipReady.Configuration;

// The decisions: entries of shipready.yml.
public static partial class ConfigReader
{
    private static Decision ReadDecision(string source, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(source, node, "each decision is a mapping: control, bucket, reason, owner, revisit or trigger.");
        }
        CheckKeys(source, map, DecisionKeys);
        var control = Required(source, map, "control", "a decision needs 'control', the id of the control it is about (e.g. AUTH-RATELIMIT).");
        var reason = Required(source, map, "reason", $"the decision on {control} has no reason; write why, so the plan can say it (reason: ...).");
        var bucketText = Optional(map, "bucket");
        if (!Names.TryParse<Bucket>(bucketText, out var bucket))
        {
            throw Error(source, Child(map, "bucket") ?? map, $"the decision on {control} needs 'bucket': one of {Names.Choices<Bucket>()}.");
        }
        DateOnly? revisit = null;
        if (Child(map, "revisit") is { } revisitNode)
        {
            if (!DateOnly.TryParseExact((revisitNode as YamlScalarNode)?.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw Error(source, revisitNode, $"revisit of the decision on {control} must be a date like 2027-03-01.");
            }
            revisit = date;
        }
        var trigger = Child(map, "trigger") is { } triggerNode ? ReadTrigger(source, control, triggerNode) : null;
        if (bucket == Bucket.Defer && revisit is null && trigger is null)
        {
            throw Error(source, map, $"the deferral of {control} needs 'revisit: <date>' or a 'trigger'; a deferral without one is forgotten, not decided.");
        }
        return new Decision(control.ToUpperInvariant(), bucket, reason, Optional(map, "owner"), revisit, trigger, (int)map.Start.Line);
    }

    private static RevisitTrigger ReadTrigger(string source, string control, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(source, node, $"the trigger of the decision on {control} is a mapping: kind, category or value(s), say.");
        }
        CheckKeys(source, map, TriggerKeys);
        var kindText = (Child(map, "kind") as YamlScalarNode)?.Value;
        if (!Names.TryParse<TriggerKind>(kindText, out var kind))
        {
            throw Error(source, map, $"the trigger of the decision on {control} needs 'kind': one of {Names.Choices<TriggerKind>()}.");
        }
        var values = new List<string>();
        foreach (var key in new[] { "category", "value" })
        {
            if ((Child(map, key) as YamlScalarNode)?.Value is { Length: > 0 } one)
            {
                values.Add(one);
            }
        }
        if (Child(map, "values") is { } many)
        {
            values.AddRange(Strings(source, many, "values"));
        }
        var say = (Child(map, "say") as YamlScalarNode)?.Value;
        if (string.IsNullOrWhiteSpace(say))
        {
            throw Error(source, map, $"the trigger of the decision on {control} needs 'say': what a person would read, e.g. \"payments are added\".");
        }
        if (kind == TriggerKind.Handles && values.Any(v => !DataKind.IsKnown(v)))
        {
            throw Error(source, map, $"the trigger of the decision on {control} names an unknown data kind; use one of: {string.Join(", ", DataKind.All)}.");
        }
        if (kind == TriggerKind.Archetype && values.Any(v => !Archetype.IsKnown(v)))
        {
            throw Error(source, map, $"the trigger of the decision on {control} names an unknown archetype; use one of: {string.Join(", ", Archetype.All)}.");
        }
        if (kind != TriggerKind.Manual && values.Count == 0)
        {
            throw Error(source, map, $"the trigger of the decision on {control} needs a category or value to watch.");
        }
        // A decision's trigger ends the decision: the policy's bucket applies again, so PromoteTo is unused.
        return new RevisitTrigger(kind, say.Trim(), [.. values], Bucket.MustHave);
    }
}
