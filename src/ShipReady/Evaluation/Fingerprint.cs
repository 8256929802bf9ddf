using System.Security.Cryptography;
using System.Text;

namespace ShipReady.Evaluation;

/// <summary>
/// A finding's stable identity: control, file and the code with whitespace collapsed, but not the
/// line number, so that an edit above the finding does not make it a new one.
/// </summary>
public static class Fingerprint
{
    public static string Of(string controlId, string file, string code)
    {
        var normalised = string.Join(' ', code.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{controlId}\n{file}\n{normalised}"));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
