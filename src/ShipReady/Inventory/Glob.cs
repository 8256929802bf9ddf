using System.Text;
using System.Text.RegularExpressions;

namespace ShipReady.Inventory;

/// <summary>
/// A path glob over repository-relative paths with '/': <c>*</c> and <c>?</c> stay within a folder,
/// <c>**</c> crosses folders, <c>[a-z]</c> is a class. The shapes most globs have (a file name with
/// <c>*</c>, a folder anywhere, a folder at the root, a plain path) are matched directly; the rest
/// are compiled to a non-backtracking regex, so that a hostile pattern or path cannot make matching slow.
/// </summary>
public sealed class Glob
{
    // Built on first use: building a non-backtracking regex costs far more than matching with it,
    // and most globs of the catalog are never needed for a given repository.
    private readonly Lazy<Regex> _regex;
    private readonly GlobShape? _shape;
    private readonly string? _required;
    private readonly StringComparison _comparison;

    private Glob(string pattern, string regex, RegexOptions options, GlobShape? shape, string? required, StringComparison comparison)
    {
        Pattern = pattern;
        _regex = new Lazy<Regex>(() => new Regex(regex, options));
        _shape = shape;
        _required = required;
        _comparison = comparison;
    }

    public string Pattern { get; }

    /// <summary>Compiles a glob; a pattern without '/' matches the file name at any depth.</summary>
    /// <exception cref="ArgumentException">The pattern cannot be a glob (for example a class like [z-a]).</exception>
    public static Glob Parse(string pattern, bool caseInsensitive = false)
    {
        var anchored = pattern.TrimEnd('/').Contains('/');
        var body = pattern.TrimStart('/');
        var prefix = anchored ? "" : "(?:.*/)?";
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | (caseInsensitive ? RegexOptions.IgnoreCase : 0);
        var regex = "^" + prefix + ToRegex(body) + "$";
        var shape = GlobShape.Of(body, anchored, caseInsensitive);
        if (shape is null)
        {
            // Checked now with the cheap parser, so a bad pattern fails where it is written, not mid-audit.
            // A shape holds no class or escape, so its regex is always valid.
            _ = new Regex(regex, RegexOptions.CultureInvariant);
        }
        return new Glob(pattern, regex, options, shape, RequiredText(body), caseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <remarks>
    /// The evaluation asks each of the catalog's file globs about every file of the tree. A path without the
    /// glob's longest plain text is turned away by one vectorised search, before any segment is compared.
    /// </remarks>
    public bool IsMatch(string path) =>
        (_required is null || path.Contains(_required, _comparison)) && (_shape?.IsMatch(path) ?? _regex.Value.IsMatch(path));

    /// <summary>
    /// The longest text that every matching path contains: a run of plain characters inside one folder or file
    /// name (a name matches one whole path segment, so its plain runs occur as written). Null when the glob has
    /// a class or an escape, whose reading is left to the matcher.
    /// </summary>
    internal static string? RequiredText(string body)
    {
        if (body.AsSpan().IndexOfAny("[\\") >= 0)
        {
            return null;
        }
        string? longest = null;
        foreach (var run in body.Split(['/', '*', '?'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (run.Length > (longest?.Length ?? 0))
            {
                longest = run;
            }
        }
        return longest;
    }

    /// <summary>Whether the glob is matched without building a regex.</summary>
    internal bool HasShape => _shape is not null;

    /// <summary>The regex's answer, whatever the shape: what every shape must agree with.</summary>
    internal bool IsMatchByRegex(string path) => _regex.Value.IsMatch(path);

    /// <summary>Translates glob syntax to regex syntax; shared with the .gitignore matcher.</summary>
    internal static string ToRegex(string glob)
    {
        var sb = new StringBuilder(glob.Length * 2);
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    var atStart = i == 0 || glob[i - 1] == '/';
                    var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                    if (atStart && slashAfter)
                    {
                        sb.Append("(?:.*/)?");
                        i += 2;
                    }
                    else if (atStart && i + 2 == glob.Length && i > 0)
                    {
                        // "dir/**": everything inside dir; the slash is already written.
                        sb.Append(".*");
                        i += 1;
                    }
                    else
                    {
                        sb.Append(".*");
                        i += 1;
                    }
                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    var close = i + 2 <= glob.Length ? glob.IndexOf(']', i + 2) : -1;
                    if (close < 0)
                    {
                        sb.Append(@"\[");
                        break;
                    }
                    var cls = glob[(i + 1)..close];
                    if (cls.StartsWith('!'))
                    {
                        cls = "^" + cls[1..];
                    }
                    sb.Append('[').Append(cls.Replace(@"\", @"\\").Replace("/", "")).Append(']');
                    i = close;
                    break;
                case '\\' when i + 1 < glob.Length:
                    sb.Append(Regex.Escape(glob[i + 1].ToString()));
                    i++;
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return sb.ToString();
    }

    public override string ToString() => Pattern;
}
