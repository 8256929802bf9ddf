using ShipReady.Model;
using YamlDotNet.RepresentationModel;

namespace ShipReady.Configuration;

// The suppress: entries of shipready.yml.
public static partial class ConfigReader
{
    private static Evaluation.Suppression ReadSuppression(string source, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(source, node, "each suppression is a mapping: control, fingerprint or path, reason.");
        }
        CheckKeys(source, map, SuppressKeys);
        var control = Required(source, map, "control", "a suppression needs 'control', the id of the control whose finding it accepts.");
        var reason = Required(source, map, "reason", $"the suppression of {control} has no reason; write why the finding is acceptable (reason: ...).");
        var fingerprint = Optional(map, "fingerprint");
        var path = Optional(map, "path");
        if (fingerprint is null && path is null)
        {
            throw Error(source, map, $"the suppression of {control} needs 'fingerprint' (from the JSON report) or 'path' (a glob); without one it would hide every finding of the control.");
        }
        Inventory.Glob? glob = null;
        if (path is not null)
        {
            try
            {
                glob = Inventory.Glob.Parse(path);
            }
            catch (ArgumentException)
            {
                throw Error(source, map, $"the suppression of {control} has path '{path}', which is not a valid glob.");
            }
        }
        return new Evaluation.Suppression(control.ToUpperInvariant(), reason, Inline: false, new Location(source, (int)map.Start.Line), [], fingerprint, glob);
    }
}
