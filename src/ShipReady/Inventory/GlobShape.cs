namespace ShipReady.Inventory;

/// <summary>
/// The common shapes of a glob, matched without a regex: building a non-backtracking regex costs
/// milliseconds, and the catalog holds hundreds of globs, which made start-up slow on small repositories.
/// Every shape is linear in the path's length.
/// </summary>
internal abstract class GlobShape
{
    private const string Wildcards = "*?[\\\\";

    public abstract bool IsMatch(string path);

    /// <summary>The shape of a glob body (without a leading '/'), or null when only a regex can match it.</summary>
    /// <param name="anchored">False for a pattern without '/', which matches the file name at any depth.</param>
    public static GlobShape? Of(string body, bool anchored, bool caseInsensitive)
    {
        var comparison = caseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!anchored)
        {
            return IsName(body) ? new FileName(body, comparison) : null;
        }
        if (body.StartsWith("**/", StringComparison.Ordinal))
        {
            var rest = body[3..];
            if (IsName(rest))
            {
                return new FileName(rest, comparison);
            }
            if (rest.EndsWith("/**", StringComparison.Ordinal) && IsLiteral(rest[..^3]) && rest.Length > 3)
            {
                return new FolderAnywhere(rest[..^3], comparison);
            }
            return SegmentPath.TryCreate(body, comparison);
        }
        if (body.EndsWith("/**", StringComparison.Ordinal) && body.Length > 3 && IsLiteral(body[..^3]))
        {
            return new FolderAtRoot(body[..^3], comparison);
        }
        if (IsLiteral(body))
        {
            return new ExactPath(body, comparison);
        }
        return SegmentPath.TryCreate(body, comparison);
    }

    private static bool IsLiteral(string text) => text.Length > 0 && text.AsSpan().IndexOfAny(Wildcards) < 0;

    /// <summary>One path segment of plain characters and '*'.</summary>
    private static bool IsName(string text) =>
        text.Length > 0 && !text.Contains('/') && text.AsSpan().IndexOfAny("?[\\\\") < 0 && !text.Contains("**", StringComparison.Ordinal);

    /// <summary>"*.test.*", "Dockerfile": the last segment matches, at any depth.</summary>
    private sealed class FileName(string pattern, StringComparison comparison) : GlobShape
    {
        private readonly string[] _parts = pattern.Split('*');

        public override bool IsMatch(string path) => Wildcard.IsMatch(path.AsSpan(path.LastIndexOf('/') + 1), _parts, comparison);
    }

    /// <summary>"**/migrations/**": a folder of that name (or path) at any depth.</summary>
    private sealed class FolderAnywhere(string folder, StringComparison comparison) : GlobShape
    {
        private readonly string _inside = "/" + folder + "/";

        public override bool IsMatch(string path) =>
            path.StartsWith(_inside.AsSpan(1), comparison) || path.Contains(_inside, comparison);
    }

    /// <summary>"legacy/**": everything under a folder at the root.</summary>
    private sealed class FolderAtRoot(string folder, StringComparison comparison) : GlobShape
    {
        private readonly string _prefix = folder + "/";

        public override bool IsMatch(string path) => path.StartsWith(_prefix, comparison);
    }

    /// <summary>
    /// Any other anchored glob of whole segments: "**/Migrations/*.cs", ".github/workflows/*.yml",
    /// "**/app/**/error.ts". Each segment is a name with '*' or a whole "**", which stands for any number
    /// of folders (at least one when it ends the glob, as "dir/**" needs something inside dir).
    /// Matched segment by segment in time proportional to the product of the two segment counts.
    /// </summary>
    private sealed class SegmentPath : GlobShape
    {
        private readonly string[]?[] _segments;
        private readonly StringComparison _comparison;

        private SegmentPath(string[]?[] segments, StringComparison comparison)
        {
            _segments = segments;
            _comparison = comparison;
        }

        /// <summary>The shape, or null when a segment holds '?', a class, an escape, or "**" inside a name.</summary>
        public static SegmentPath? TryCreate(string body, StringComparison comparison)
        {
            if (body.AsSpan().IndexOfAny("?[\\") >= 0)
            {
                return null;
            }
            var names = body.Split('/');
            var segments = new string[]?[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                if (names[i] == "**")
                {
                    segments[i] = null;
                }
                else if (names[i].Contains("**", StringComparison.Ordinal))
                {
                    return null;
                }
                else
                {
                    segments[i] = names[i].Split('*');
                }
            }
            return new SegmentPath(segments, comparison);
        }

        public override bool IsMatch(string path)
        {
            var parts = path.Split('/');
            var (g, p) = (_segments.Length, parts.Length);
            // matches[j]: whether the glob's segments from i on match the path's segments from j on, for the
            // current i; filled from the last glob segment back to the first.
            // Two rows, swapped per glob segment: this runs for every path a glob is asked about.
            var matches = new bool[p + 1];
            var next = new bool[p + 1];
            matches[p] = true;
            for (var i = g - 1; i >= 0; i--)
            {
                (next, matches) = (matches, next);
                matches[p] = false;
                if (_segments[i] is not { } name)
                {
                    if (i == g - 1)
                    {
                        for (var j = 0; j < p; j++)
                        {
                            matches[j] = true;
                        }
                    }
                    else
                    {
                        var any = false;
                        for (var j = p; j >= 0; j--)
                        {
                            any |= next[j];
                            matches[j] = any;
                        }
                    }
                }
                else
                {
                    for (var j = 0; j < p; j++)
                    {
                        matches[j] = next[j + 1] && Wildcard.IsMatch(parts[j], name, _comparison);
                    }
                }
            }
            return matches[0];
        }
    }

    /// <summary>"prisma/schema.prisma": that path exactly.</summary>
    private sealed class ExactPath(string exact, StringComparison comparison) : GlobShape
    {
        public override bool IsMatch(string path) => path.Equals(exact, comparison);
    }
}
