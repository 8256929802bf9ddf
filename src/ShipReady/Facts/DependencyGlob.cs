namespace ShipReady.Facts;

/// <summary>A dependency pattern such as <c>npm:@sentry/*</c> or <c>nuget:Microsoft.AspNetCore.Authentication.*</c>.</summary>
/// <remarks>
/// Only <c>*</c> is special, so matching is a plain wildcard walk: the catalog holds hundreds of
/// these, and compiling each to a regex cost more than every match of an audit.
/// </remarks>
public sealed class DependencyGlob
{
    private readonly string[] _parts;

    private DependencyGlob(string text)
    {
        Text = text;
        _parts = Normalise(text).Split('*');
    }

    public string Text { get; }

    /// <summary>The ecosystems manifests are read for, as dependency keys name them.</summary>
    public static IReadOnlyList<string> Ecosystems { get; } = ["npm", "pypi", "nuget", "gem", "go", "composer", "maven"];

    public static bool TryParse(string text, out DependencyGlob? glob)
    {
        glob = null;
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1 || !Ecosystems.Contains(text[..colon]))
        {
            return false;
        }
        glob = new DependencyGlob(text);
        return true;
    }

    public bool IsMatch(Dependency dependency) => IsMatch(Normalise(dependency.Key));

    internal bool IsMatch(string key) => Inventory.Wildcard.IsMatch(key, _parts, StringComparison.Ordinal);

    /// <summary>Lower case, and for Python the normalised name of PEP 503 ('_' and '.' are '-').</summary>
    internal static string Normalise(string key)
    {
        var lower = key.ToLowerInvariant();
        return lower.StartsWith("pypi:", StringComparison.Ordinal) ? "pypi:" + lower[5..].Replace('_', '-').Replace('.', '-') : lower;
    }

    public override string ToString() => Text;
}
