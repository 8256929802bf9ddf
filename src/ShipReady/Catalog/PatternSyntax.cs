using System.Text.RegularExpressions;

namespace ShipReady.Catalog;

/// <summary>Finds the regex constructs that .NET's non-backtracking engine refuses, so a control file fails at load and not mid-audit.</summary>
internal static partial class PatternSyntax
{
    [GeneratedRegex(@"\(\?(?<construct>[=!>]|<[=!])|\\(?<construct>[1-9]|k<)")]
    private static partial Regex Construct();

    public static string? Unsupported(string regex)
    {
        foreach (Match match in Construct().Matches(regex))
        {
            // An escaped backslash before the construct makes it literal text.
            var backslashes = 0;
            for (var i = match.Index - 1; i >= 0 && regex[i] == '\\'; i--)
            {
                backslashes++;
            }
            if (backslashes % 2 == 0)
            {
                return match.Groups["construct"].Value switch
                {
                    "=" or "!" => "a lookahead",
                    "<=" or "<!" => "a lookbehind",
                    ">" => "an atomic group",
                    _ => "a backreference",
                };
            }
        }
        return null;
    }
}
