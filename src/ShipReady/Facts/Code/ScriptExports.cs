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
            foreach (var part in m.Groups["list"].Value.Split(','))
            {
                var words = part.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0 && Identifier().IsMatch(words[^1]) && words[^1] != "default")
                {
                    names.Add(words[^1]);
                }
                else if (words.Length > 0)
                {
                    return [];
                }
            }
        }
        return [.. names.Distinct(StringComparer.Ordinal)];
    }

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
