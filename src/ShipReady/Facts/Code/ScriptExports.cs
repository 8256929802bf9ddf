using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// JavaScript and TypeScript: the names a module exports, when all of them can be named. A file that uses the module
/// imports one of them or, where a framework imports for it (Nuxt's and unplugin's auto-imports), writes one.
/// </summary>
/// <remarks>
/// Only named exports count: a default export, <c>export *</c>, <c>export =</c>, CommonJS's <c>module.exports</c>
/// and <c>exports.x</c>, and a destructured export leave a module whose users cannot all be found by name, and so
/// does a module that exports nothing (imported for what it does when loaded).
/// </remarks>
public static partial class ScriptExports
{
    /// <summary>The names exported; empty when they cannot all be named.</summary>
    public static ImmutableArray<string> Read(MaskedSource masked)
    {
        var code = masked.CodeText;
        if (Unnamed().IsMatch(code))
        {
            return [];
        }
        var names = new List<string>();
        foreach (Match m in Declared().Matches(code))
        {
            names.Add(m.Groups["name"].Value);
        }
        foreach (Match m in Listed().Matches(code))
        {
            foreach (var name in ListedNames(m.Groups["list"].Value))
            {
                if (!Identifier().IsMatch(name) || name == "default")
                {
                    return [];
                }
                names.Add(name);
            }
        }
        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// TypeScript: the names exported with <c>export type</c> or <c>export interface</c> that no value of the module
    /// shares. An importer can use such a name in a type alone, and the compiler erases it: importing it calls nothing of
    /// the module. TypeScript lets <c>const X</c> and <c>type X</c> share a name, and an import of it may then be the value.
    /// </summary>
    public static HashSet<string> TypesOnly(MaskedSource masked)
    {
        var code = masked.CodeText;
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in TypeExport().Matches(code))
        {
            if (m.Groups["name"].Success)
            {
                types.Add(m.Groups["name"].Value);
            }
            else
            {
                types.UnionWith(ListedNames(m.Groups["list"].Value));
            }
        }
        if (types.Count > 0)
        {
            foreach (Match m in ValueDeclaration().Matches(code))
            {
                types.Remove(m.Groups["name"].Value);
            }
        }
        return types;
    }

    /// <summary>The name each entry of an export list gives (<c>a</c>, <c>b as c</c>: <c>a</c>, <c>c</c>).</summary>
    private static IEnumerable<string> ListedNames(string list)
    {
        foreach (var entry in list.Split(','))
        {
            var words = entry.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                yield return words[^1];
            }
        }
    }

    /// <summary>A name the module exports as a type (<c>export type X =</c>, <c>export interface X</c>, <c>export type { X }</c>).</summary>
    [GeneratedRegex(@"\bexport\s+(declare\s+)?(type|interface)\s+(?<name>[A-Za-z_$][\w$]*)|\bexport\s+type\s*\{(?<list>[^{}]*)\}")]
    private static partial Regex TypeExport();

    /// <summary>A value declaration of a name: a type of the same name then has a value beside it.</summary>
    [GeneratedRegex(@"\b(const|let|var|function\s*\*?|class|enum|namespace)\s+(?<name>[A-Za-z_$][\w$]*)")]
    private static partial Regex ValueDeclaration();

    [GeneratedRegex(@"\bexport\s+(default\b|\*|=)|\bmodule\.exports\b|(^|[^\w$.])exports\.[\w$]|\bexport\s+(const|let|var)\s*[\[{]")]
    private static partial Regex Unnamed();

    [GeneratedRegex(@"\bexport\s+(declare\s+)?(async\s+)?(abstract\s+)?(const\s+enum|const|let|var|function\s*\*?|class|enum|interface|type|namespace)\s*(?<name>[A-Za-z_$][\w$]*)")]
    private static partial Regex Declared();

    /// <summary><c>export { a, b as c }</c> and <c>export type { T }</c>, with or without <c>from</c>.</summary>
    [GeneratedRegex(@"\bexport\s+(type\s+)?\{(?<list>[^}]*)\}")]
    private static partial Regex Listed();

    [GeneratedRegex(@"^[A-Za-z_$][\w$]*$")]
    private static partial Regex Identifier();

    /// <summary>Whether the code writes one of the names as an identifier of its own (not inside a longer one).</summary>
    public static bool Mentions(ReadOnlySpan<char> code, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (CallMatcher.ContainsWord(code, name))
            {
                return true;
            }
        }
        return false;
    }
}
