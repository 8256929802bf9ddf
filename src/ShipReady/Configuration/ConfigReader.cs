using System.Collections.Immutable;
using System.Globalization;
using ShipReady.Catalog;
using ShipReady.Model;
using ShipReady.Triage;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ShipReady.Configuration;

/// <summary>Reads <c>shipready.yml</c>; every error names the file, the line and what to write instead.</summary>
public static class ConfigReader
{
    private static readonly string[] TopKeys = ["profile", "ignore", "decisions", "suppress"];
    private static readonly string[] SuppressKeys = ["control", "fingerprint", "path", "reason"];
    private static readonly string[] DecisionKeys = ["control", "bucket", "reason", "owner", "revisit", "trigger"];
    private static readonly string[] TriggerKeys = ["kind", "category", "value", "values", "say"];
    private static readonly string[] ProfileKeys = ["name", "archetype", "handles", "timebox"];

    public static AuditConfig Read(string source, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ConfigException($"{source}:{e.Start.Line}: not valid YAML ({(e.InnerException?.Message ?? e.Message).Split('\n')[0]}); fix the syntax.");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return AuditConfig.Default with { Source = source };
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(source, stream.Documents[0].RootNode, "the file must be a mapping with 'profile:' at the top.");
        }
        CheckKeys(source, root, TopKeys);
        var profile = Profile.Default;
        if (Child(root, "profile") is { } profileNode)
        {
            if (profileNode is not YamlMappingNode map)
            {
                throw Error(source, profileNode, "'profile' must be a mapping (archetype, handles, timebox, name).");
            }
            CheckKeys(source, map, ProfileKeys);
            profile = ReadProfile(source, map);
        }
        var ignore = ImmutableArray<string>.Empty;
        if (Child(root, "ignore") is { } ignoreNode)
        {
            ignore = [.. Strings(source, ignoreNode, "ignore")];
        }
        var decisions = ImmutableArray<Decision>.Empty;
        if (Child(root, "decisions") is { } decisionsNode)
        {
            if (decisionsNode is not YamlSequenceNode list)
            {
                throw Error(source, decisionsNode, "'decisions' must be a list of entries with control, bucket, reason, owner and revisit or trigger.");
            }
            decisions = [.. list.Children.Select(d => ReadDecision(source, d))];
        }
        var suppressions = ImmutableArray<Evaluation.Suppression>.Empty;
        if (Child(root, "suppress") is { } suppressNode)
        {
            if (suppressNode is not YamlSequenceNode list)
            {
                throw Error(source, suppressNode, "'suppress' must be a list of entries with control, fingerprint or path, and reason.");
            }
            suppressions = [.. list.Children.Select(d => ReadSuppression(source, d))];
        }
        return new AuditConfig(profile, ignore, source) { Decisions = decisions, Suppressions = suppressions };
    }

    private static Evaluation.Suppression ReadSuppression(string source, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(source, node, "each suppression is a mapping: control, fingerprint or path, reason.");
        }
        CheckKeys(source, map, SuppressKeys);
        string? Text(string key) => (Child(map, key) as YamlScalarNode)?.Value?.Trim();
        var control = Text("control");
        if (string.IsNullOrEmpty(control))
        {
            throw Error(source, map, "a suppression needs 'control', the id of the control whose finding it accepts.");
        }
        var reason = Text("reason");
        if (string.IsNullOrEmpty(reason))
        {
            throw Error(source, map, $"the suppression of {control} has no reason; write why the finding is acceptable (reason: ...).");
        }
        var fingerprint = Text("fingerprint");
        var path = Text("path");
        if (fingerprint is null && path is null)
        {
            throw Error(source, map, $"the suppression of {control} needs 'fingerprint' (from the JSON report) or 'path' (a glob); without one it would hide every finding of the control.");
        }
        return new Evaluation.Suppression(control.ToUpperInvariant(), reason, Inline: false, new Location(source, (int)map.Start.Line), [],
            fingerprint, path is null ? null : Inventory.Glob.Parse(path));
    }

    private static Decision ReadDecision(string source, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(source, node, "each decision is a mapping: control, bucket, reason, owner, revisit or trigger.");
        }
        CheckKeys(source, map, DecisionKeys);
        string? Text(string key) => (Child(map, key) as YamlScalarNode)?.Value?.Trim();
        var control = Text("control");
        if (string.IsNullOrEmpty(control))
        {
            throw Error(source, map, "a decision needs 'control', the id of the control it is about (e.g. AUTH-RATELIMIT).");
        }
        var reason = Text("reason");
        if (string.IsNullOrEmpty(reason))
        {
            throw Error(source, map, $"the decision on {control} has no reason; write why, so the plan can say it (reason: ...).");
        }
        var bucketText = Text("bucket");
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
        return new Decision(control.ToUpperInvariant(), bucket, reason, Text("owner"), revisit, trigger, (int)map.Start.Line);
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

    private static Profile ReadProfile(string source, YamlMappingNode map)
    {
        var profile = Profile.Default;
        if (Child(map, "name") is YamlScalarNode { Value: { } name })
        {
            profile = profile with { Name = name };
        }
        if (Child(map, "archetype") is { } archetypeNode)
        {
            var archetype = (archetypeNode as YamlScalarNode)?.Value ?? "";
            if (!Archetype.IsKnown(archetype))
            {
                throw Error(source, archetypeNode, $"unknown archetype '{archetype}'; use one of: {string.Join(", ", Archetype.All)}.");
            }
            profile = profile with { Archetype = archetype };
        }
        if (Child(map, "handles") is { } handlesNode)
        {
            var handles = Strings(source, handlesNode, "handles").ToList();
            foreach (var kind in handles.Where(k => !DataKind.IsKnown(k)))
            {
                throw Error(source, handlesNode, $"unknown data kind '{kind}' in handles; use any of: {string.Join(", ", DataKind.All)}.");
            }
            profile = profile with { Handles = [.. handles] };
        }
        if (Child(map, "timebox") is { } timeboxNode)
        {
            var text = (timeboxNode as YamlScalarNode)?.Value;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) || hours <= 0 || hours > 10_000)
            {
                throw Error(source, timeboxNode, $"timebox '{text}' must be a number of hours between 1 and 10000, e.g. 'timebox: 100'.");
            }
            profile = profile with { TimeboxHours = hours };
        }
        return profile;
    }

    private static IEnumerable<string> Strings(string source, YamlNode node, string field) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.Select(c => c is YamlScalarNode { Value: { } v }
            ? v
            : throw Error(source, c, $"each item of '{field}' must be a plain value.")),
        YamlScalarNode { Value: { } single } => single.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        _ => throw Error(source, node, $"'{field}' must be a list, e.g. [uploads, ai]."),
    };

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static void CheckKeys(string source, YamlMappingNode map, string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                throw Error(source, key, $"unknown key '{name}'; known keys here: {string.Join(", ", known)}.");
            }
        }
    }

    private static ConfigException Error(string source, YamlNode node, string message) =>
        new($"{source}:{node.Start.Line}: {message}");
}
