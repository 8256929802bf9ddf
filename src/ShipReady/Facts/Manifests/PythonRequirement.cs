using System.Text.RegularExpressions;

namespace ShipReady.Facts.Manifests;

/// <summary>Splits a PEP 508 requirement ("fastapi[all]>=0.110; python_version>'3.8'") into name and version.</summary>
internal static partial class PythonRequirement
{
    [GeneratedRegex(@"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;#]*)")]
    private static partial Regex Requirement();

    public static (string Name, string? Version)? Parse(string text)
    {
        var match = Requirement().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var version = match.Groups[3].Value.Trim();
        return (match.Groups[1].Value, version.Length == 0 ? null : version);
    }
}
