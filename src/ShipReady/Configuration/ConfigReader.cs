using System.Collections.Immutable;
using System.Globalization;
using ShipReady.Model;
using ShipReady.Triage;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ShipReady.Configuration;

/// <summary>Reads <c>shipready.yml</c>; every error names the file, the line and what to write instead.</summary>
public static partial class ConfigReader
{
    private static readonly string[] TopKeys = ["profile", "ignore", "answers", "decisions", "suppress"];
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
            foreach (var glob in ignore)
            {
                try
                {
                    Inventory.Glob.Parse(glob);
                }
                catch (ArgumentException)
                {
                    throw Error(source, ignoreNode, $"ignore pattern '{glob}' is not a valid glob; use * and ** for any name, [abc] for a class.");
                }
            }
        }
        var answers = Child(root, "answers") is { } answersNode ? [.. ReadAnswers(source, answersNode)] : ImmutableArray<Answer>.Empty;
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
        return new AuditConfig(profile, ignore, source) { Answers = answers, Decisions = decisions, Suppressions = suppressions };
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

    /// <summary>The trimmed text of a key of an entry, or an error naming the entry's line and what to write.</summary>
    private static string Required(string source, YamlMappingNode map, string key, string message) =>
        (Child(map, key) as YamlScalarNode)?.Value?.Trim() is { Length: > 0 } text ? text : throw Error(source, map, message);

    private static string? Optional(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value?.Trim();

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
