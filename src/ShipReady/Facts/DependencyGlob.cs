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

    internal bool IsMatch(string key)
    {
        if (_parts.Length == 1)
        {
            return key == _parts[0];
        }
        if (!key.StartsWith(_parts[0], StringComparison.Ordinal) || !key.EndsWith(_parts[^1], StringComparison.Ordinal)
            || key.Length < _parts[0].Length + _parts[^1].Length)
        {
            return false;
        }
        // Each middle part must appear, in order, between the fixed prefix and suffix.
        var position = _parts[0].Length;
        var end = key.Length - _parts[^1].Length;
        for (var i = 1; i < _parts.Length - 1; i++)
        {
            var index = key.IndexOf(_parts[i], position, end - position, StringComparison.Ordinal);
            if (index < 0)
            {
                return false;
            }
            position = index + _parts[i].Length;
        }
        return true;
    }

    /// <summary>Lower case, and for Python the normalised name of PEP 503 ('_' and '.' are '-').</summary>
    internal static string Normalise(string key)
    {
        var lower = key.ToLowerInvariant();
        return lower.StartsWith("pypi:", StringComparison.Ordinal) ? "pypi:" + lower[5..].Replace('_', '-').Replace('.', '-') : lower;
    }

    public override string ToString() => Text;
}
