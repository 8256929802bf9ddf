using System.Security.Cryptography;
using System.Text;

namespace ShipReady.Facts.Secrets;

/// <summary>Turns secret values into forms that identify them without revealing them.</summary>
public static class Redactor
{
    public static string Redact(string value)
    {
        var prefixLength = value.Length >= 16 ? 4 : value.Length >= 8 ? 2 : 0;
        return $"{value[..prefixLength]}…({value.Length} chars)";
    }

    public static string Fingerprint(string value)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return Convert.ToHexStringLower(hash)[..12];
    }

    /// <summary>Replaces every secret the rules recognise in a line with its redacted form.</summary>
    public static string RedactLine(string line)
    {
        if (!SecretScanner.ContainsPrefilter(line))
        {
            return line;
        }
        foreach (var rule in SecretRules.All)
        {
            line = rule.Regex.Replace(line, match =>
            {
                var secret = match.Groups["secret"];
                var value = secret.Success ? secret.Value : match.Value;
                if (rule.Id == "private-key")
                {
                    return match.Value;
                }
                return match.Value.Replace(value, $"[{Redact(value)}]", StringComparison.Ordinal);
            });
        }
        return line;
    }
}
