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
            return null;
        }
        if (body.EndsWith("/**", StringComparison.Ordinal) && body.Length > 3 && IsLiteral(body[..^3]))
        {
            return new FolderAtRoot(body[..^3], comparison);
        }
        return IsLiteral(body) ? new ExactPath(body, comparison) : null;
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

    /// <summary>"prisma/schema.prisma": that path exactly.</summary>
    private sealed class ExactPath(string exact, StringComparison comparison) : GlobShape
    {
        public override bool IsMatch(string path) => path.Equals(exact, comparison);
    }
}
