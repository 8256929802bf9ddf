namespace ShipReady.Facts;

/// <summary>A dependency pattern such as <c>npm:@sentry/*</c> or <c>nuget:Microsoft.AspNetCore.Authentication.*</c>.</summary>
/// <remarks>
/// Only <c>*</c> is special, so matching is a plain wildcard walk: the catalog holds hundreds of
/// these, and compiling each to a regex cost more than every match of an audit.
/// </remarks>
public sealed class DependencyGlob
{
    private readonly string[] _parts;
    private readonly string _ecosystem;
    private readonly string[] _nameParts;

    private DependencyGlob(string text)
    {
        Text = text;
        var normalised = Normalise(text);
        _parts = normalised.Split('*');
        var colon = normalised.IndexOf(':');
        _ecosystem = normalised[..colon];
        _nameParts = normalised[(colon + 1)..].Split('*');
    }

    public string Text { get; }

    /// <summary>The ecosystem the pattern names, in lower case: <c>composer</c> of <c>composer:laravel/*</c>.</summary>
    public string Ecosystem => _ecosystem;

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

    /// <summary>
    /// The same answer as matching the normalised key, without building it: the evaluation asks every glob of
    /// the catalog about every dependency, and a large tree declares thousands.
    /// </summary>
    public bool IsMatch(Dependency dependency) =>
        string.Equals(dependency.Ecosystem, _ecosystem, StringComparison.OrdinalIgnoreCase)
        && Inventory.Wildcard.IsMatch(_ecosystem == "pypi" ? NormalisePython(dependency.Name) : dependency.Name, _nameParts, StringComparison.OrdinalIgnoreCase);

    internal bool IsMatch(string key) => Inventory.Wildcard.IsMatch(key, _parts, StringComparison.Ordinal);

    /// <summary>Lower case, and for Python the normalised name of PEP 503 ('_' and '.' are '-').</summary>
    internal static string Normalise(string key)
    {
        var lower = key.ToLowerInvariant();
        return lower.StartsWith("pypi:", StringComparison.Ordinal) ? "pypi:" + NormalisePython(lower[5..]) : lower;
    }

    private static string NormalisePython(string name) => name.Replace('_', '-').Replace('.', '-');

    public override string ToString() => Text;
}
