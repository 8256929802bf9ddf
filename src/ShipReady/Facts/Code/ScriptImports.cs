using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// JavaScript and TypeScript: the modules a file imports, each with the names it binds, and which file of the
/// repository an import's specifier names.
/// </summary>
/// <remarks>
/// A specifier is resolved without the bundler's configuration: a relative one against the importer's folder, and one
/// behind a path alias (<c>@/lib/files/put-file</c>, <c>~/utils</c>) or a base URL (<c>lib/api</c>) as the end of the
/// module's path. An npm package's name (<c>react</c>, <c>@scope/pkg</c>) names no file of the repository.
/// </remarks>
public static partial class ScriptImports
{
    /// <summary>What a module statement or call brings in, and how.</summary>
    public enum ImportKind
    {
        /// <summary><c>import … from "…"</c>: the names it binds are read.</summary>
        Names,
        /// <summary><c>import type … from "…"</c>: nothing runs.</summary>
        TypeOnly,
        /// <summary><c>export … from "…"</c>, <c>import("…")</c>, <c>require("…")</c>, <c>import "…"</c>: where it is used is not read here.</summary>
        Other,
    }

    /// <summary>One import: its specifier, its kind, and the local names it binds (a namespace's too).</summary>
    public readonly record struct Import(string Specifier, ImportKind Kind, IReadOnlyList<string> Names);

    [GeneratedRegex(@"(?<![\w$.])(?<verb>import|export)(?<type>\s+type)?\s+(?<clause>(?:(?!\b(?:import|export)\b)[^;'""`()])*?)\s*\bfrom\s*(?<q1>['""])(?<spec>[^'""\n]+)\k<q1>|(?<![\w$.])(?:import|require)\s*\(\s*(?<q2>['""])(?<call>[^'""\n]+)\k<q2>\s*\)|(?<![\w$.])import\s*(?<q3>['""])(?<bare>[^'""\n]+)\k<q3>", RegexOptions.None, matchTimeoutMilliseconds: 2_000)]
    private static partial Regex Statement();

    [GeneratedRegex(@"^[A-Za-z_$][\w$]*$")]
    private static partial Regex Name();

    /// <summary>The imports of a file, read on its text with comments blanked and strings kept.</summary>
    public static List<Import> Of(ReadOnlySpan<char> codeAndStrings)
    {
        var imports = new List<Import>();
        foreach (Match m in Statement().Matches(codeAndStrings.ToString()))
        {
            if (m.Groups["spec"].Success)
            {
                var kind = m.Groups["verb"].Value == "export" ? ImportKind.Other
                    : m.Groups["type"].Success ? ImportKind.TypeOnly : ImportKind.Names;
                imports.Add(new Import(m.Groups["spec"].Value, kind, kind == ImportKind.Names ? Bound(m.Groups["clause"].Value) : []));
            }
            else
            {
                imports.Add(new Import(m.Groups[m.Groups["call"].Success ? "call" : "bare"].Value, ImportKind.Other, []));
            }
        }
        return imports;
    }

    /// <summary>
    /// The local names an import clause binds: <c>X</c>, <c>* as ns</c>, <c>{ a, b as c }</c>, a mix; a name imported
    /// as a type alone (<c>{ type T }</c>) binds nothing that runs.
    /// </summary>
    private static List<string> Bound(string clause)
    {
        var names = new List<string>();
        foreach (var part in clause.Replace("{", ",", StringComparison.Ordinal).Replace("}", ",", StringComparison.Ordinal).Split(','))
        {
            var words = part.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words[0] == "type")
            {
                continue;
            }
            var local = words[^1];
            if (Name().IsMatch(local))
            {
                names.Add(local);
            }
        }
        return names;
    }

    /// <summary>Whether an import names a module: surely, surely not, or perhaps (an alias the scan cannot resolve).</summary>
    public enum Resolution
    {
        No,
        Yes,
        Perhaps,
    }

    /// <summary>
    /// Whether <paramref name="specifier"/>, written in the file at <paramref name="importer"/>, names the module at
    /// <paramref name="module"/> (paths from the repository's root, with '/'). A specifier that does not resolve to the
    /// module but ends with its name (<c>@lib/files/put-file</c>, <c>#utils/put-file</c>, a package of that name) may be
    /// an alias of the bundler's: perhaps.
    /// </summary>
    public static Resolution Names(string importer, string specifier, string module)
    {
        var target = WithoutExtension(module);
        var folderOfIndex = target.EndsWith("/index", StringComparison.Ordinal) ? target[..^6] : target == "index" ? "" : null;
        if (specifier.StartsWith("./", StringComparison.Ordinal) || specifier.StartsWith("../", StringComparison.Ordinal) || specifier is "." or "..")
        {
            return Resolve(importer, specifier) is { } resolved && WithoutExtension(resolved) is var path && (path == target || path == folderOfIndex)
                ? Resolution.Yes
                : Resolution.No;
        }
        var rest = WithoutExtension((specifier.Length > 2 && specifier[1] == '/' && specifier[0] is '@' or '~' or '#' ? specifier[2..] : specifier).TrimEnd('/'));
        if (rest.Contains('/', StringComparison.Ordinal) && rest[0] is not ('@' or '#' or '/')
            && (EndsWithPath(target, rest) || (folderOfIndex is not null && EndsWithPath(folderOfIndex, rest))))
        {
            return Resolution.Yes;
        }
        return rest[(rest.LastIndexOf('/') + 1)..] == Stem(module) ? Resolution.Perhaps : Resolution.No;
    }

    private static bool EndsWithPath(string path, string end) =>
        end.Length > 0 && (path == end || path.EndsWith("/" + end, StringComparison.Ordinal));

    /// <summary>The specifier joined to the importer's folder, <c>..</c> and <c>.</c> resolved; null when it climbs above the root.</summary>
    private static string? Resolve(string importer, string specifier)
    {
        var parts = new List<string>(importer.Split('/')[..^1]);
        foreach (var part in specifier.Split('/'))
        {
            if (part is "." or "")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    private static readonly string[] ScriptExtensions = [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts"];

    /// <summary>The path without a script extension: a specifier may name the file with one (<c>./put-file.js</c> for <c>put-file.ts</c> too).</summary>
    private static string WithoutExtension(string path) =>
        ScriptExtensions.FirstOrDefault(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) is { } e ? path[..^e.Length] : path;

    /// <summary>The name an importer must write to name the module: its file name, or its folder's for an index module.</summary>
    public static string Stem(string module)
    {
        var target = WithoutExtension(module);
        var name = target[(target.LastIndexOf('/') + 1)..];
        if (name != "index")
        {
            return name;
        }
        var folder = target.LastIndexOf('/') is var slash and > 0 ? target[..slash] : "";
        return folder[(folder.LastIndexOf('/') + 1)..] is { Length: > 0 } folderName ? folderName : name;
    }
}
