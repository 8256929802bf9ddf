using System.Text;
using System.Text.RegularExpressions;

namespace ShipReady.Cli.Init;

/// <summary>Writes a text as a YAML scalar that reads back as the same string: plain when that is safe, double-quoted otherwise.</summary>
internal static partial class YamlScalar
{
    // Words YAML 1.1 readers take for booleans or null; a product called "Yes" must stay a string.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    };

    public static string Of(string text) =>
        Plain().IsMatch(text) && !Reserved.Contains(text) ? text : Quoted(text);

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    // A letter first rules out numbers, indicators (@, &, *, !, |, >, %, -, ?) and quotes; no ':' or '#' inside rules out keys and comments.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9 _.\-/]*(?<! )$")]
    private static partial Regex Plain();
}
