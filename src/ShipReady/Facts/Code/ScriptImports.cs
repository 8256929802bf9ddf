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
    public readonly record struct Import(string Specifier, ImportKind Kind, IReadOnlyList<string> Names)
    {
        /// <summary>
        /// For each of <see cref="Names"/>, in the same order, the name the module exports it by: the name in braces
        /// before <c>as</c>, <c>default</c> for a default import, <c>*</c> for a namespace.
        /// </summary>
        public IReadOnlyList<string> Exported { get; init; } = Names;
    }

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
                var (names, exported, types) = kind == ImportKind.Names ? Bound(m.Groups["clause"].Value) : ([], [], 0);
                // `import { type A, type B } from "…"` binds types alone, as `import type` does: nothing of the module runs.
                if (kind == ImportKind.Names && names.Count == 0 && types > 0)
                {
                    kind = ImportKind.TypeOnly;
                }
                imports.Add(new Import(m.Groups["spec"].Value, kind, names) { Exported = exported });
            }
            else
            {
                imports.Add(new Import(m.Groups[m.Groups["call"].Success ? "call" : "bare"].Value, ImportKind.Other, []));
            }
        }
        return imports;
    }

    /// <summary>
    /// The local names an import clause binds: <c>X</c>, <c>* as ns</c>, <c>{ a, b as c }</c>, a mix, each with the name
    /// the module exports it by; a name imported as a type alone (<c>{ type T }</c>) binds nothing that runs, and is
    /// only counted.
    /// </summary>
    private static (List<string> Names, List<string> Exported, int Types) Bound(string clause)
    {
        var names = new List<string>();
        var exported = new List<string>();
        var types = 0;
        var braces = clause.IndexOf('{', StringComparison.Ordinal);
        var position = 0;
        foreach (var part in clause.Replace("{", ",", StringComparison.Ordinal).Replace("}", ",", StringComparison.Ordinal).Split(','))
        {
            var inBraces = braces >= 0 && position > braces && position <= clause.IndexOf('}', braces);
            position += part.Length + 1;
            var words = part.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }
            if (words[0] == "type")
            {
                types++;
                continue;
            }
            var local = words[^1];
            if (Name().IsMatch(local))
            {
                names.Add(local);
                exported.Add(words[0] == "*" ? "*" : inBraces ? words[0] : "default");
            }
        }
        return (names, exported, types);
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
    /// <param name="workspaces">
    /// The folders of the repository's own packages by the name their package.json gives: a package manager links each
    /// into node_modules under that name, so <c>@acme/lib/get-url</c> is <c>packages/lib/get-url</c> when
    /// <c>packages/lib/package.json</c> is named <c>@acme/lib</c>. A package's <c>exports</c> map may send the path
    /// elsewhere; a specifier that does not land on the module this way is read as without them.
    /// </param>
    public static Resolution Names(string importer, string specifier, string module, IReadOnlyDictionary<string, string>? workspaces = null)
    {
        var target = WithoutExtension(module);
        var folderOfIndex = target.EndsWith("/index", StringComparison.Ordinal) ? target[..^6] : target == "index" ? "" : null;
        if (workspaces is { Count: > 0 } && InWorkspace(specifier, workspaces) is { } linked
            && (WithoutExtension(linked) == target || linked == folderOfIndex))
        {
            return Resolution.Yes;
        }
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

    /// <summary>The path a specifier names inside one of the repository's packages (<c>@acme/lib/get-url</c>), or null.</summary>
    private static string? InWorkspace(string specifier, IReadOnlyDictionary<string, string> workspaces)
    {
        // A package's name is one part, or two after a scope (`@acme/lib`).
        var slash = specifier.IndexOf('/', StringComparison.Ordinal);
        if (specifier.StartsWith('@') && slash > 0)
        {
            slash = specifier.IndexOf('/', slash + 1);
        }
        var name = slash < 0 ? specifier : specifier[..slash];
        if (!workspaces.TryGetValue(name, out var folder))
        {
            return null;
        }
        var rest = slash < 0 ? "" : specifier[(slash + 1)..].TrimEnd('/');
        return rest.Length == 0 ? folder : folder.Length == 0 ? rest : folder + "/" + rest;
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
