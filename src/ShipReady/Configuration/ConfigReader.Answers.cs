using YamlDotNet.RepresentationModel;

namespace ShipReady.Configuration;

// The answers: mapping of shipready.yml, control id to yes or no.
public static partial class ConfigReader
{
    private static readonly string[] Yes = ["yes", "true", "y", "on"];
    private static readonly string[] No = ["no", "false", "n", "off"];

    private static IEnumerable<Answer> ReadAnswers(string source, YamlNode node)
    {
        // 'answers:' with every line below it still commented out, as init writes it, means no answers yet.
        if (node is YamlScalarNode { Value: null or "" })
        {
            yield break;
        }
        if (node is not YamlMappingNode map)
        {
            throw Error(source, node, "'answers' must be a mapping of control ids to yes or no, e.g. 'DATA-BACKUP: yes'.");
        }
        foreach (var (key, value) in map.Children)
        {
            var control = ((key as YamlScalarNode)?.Value ?? "").Trim().ToUpperInvariant();
            var text = (value as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() ?? "";
            if (Yes.Contains(text))
            {
                yield return new Answer(control, true, (int)key.Start.Line);
            }
            else if (No.Contains(text))
            {
                yield return new Answer(control, false, (int)key.Start.Line);
            }
            else
            {
                throw Error(source, value, $"the answer for {control} must be yes or no, not '{text}'.");
            }
        }
    }
}
