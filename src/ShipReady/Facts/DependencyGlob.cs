using System.Text.RegularExpressions;

namespace ShipReady.Facts;

/// <summary>A dependency pattern such as <c>npm:@sentry/*</c> or <c>nuget:Microsoft.AspNetCore.Authentication.*</c>.</summary>
public sealed class DependencyGlob
{
    private readonly Regex _regex;

    private DependencyGlob(string text, Regex regex)
    {
        Text = text;
        _regex = regex;
    }

    public string Text { get; }

    public static bool TryParse(string text, out DependencyGlob? glob)
    {
        glob = null;
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1 || text[..colon] is not ("npm" or "pypi" or "nuget"))
        {
            return false;
        }
        var regex = "^" + Regex.Escape(Normalise(text)).Replace(@"\*", ".*") + "$";
        glob = new DependencyGlob(text, new Regex(regex, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
        return true;
    }

    public bool IsMatch(Dependency dependency) => _regex.IsMatch(Normalise(dependency.Key));

    /// <summary>Lower case, and for Python the normalised name of PEP 503 ('_' and '.' are '-').</summary>
    internal static string Normalise(string key)
    {
        var lower = key.ToLowerInvariant();
        return lower.StartsWith("pypi:", StringComparison.Ordinal) ? "pypi:" + lower[5..].Replace('_', '-').Replace('.', '-') : lower;
    }

    public override string ToString() => Text;
}
