using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// TypeScript: the names a module exports only as types. An importer can use such a name in a type alone, and the
/// compiler erases it: importing it calls nothing of the module.
/// </summary>
public static partial class ScriptTypeExports
{
    /// <summary>A name the module exports as a type (<c>export type X =</c>, <c>export interface X</c>, <c>export type { X }</c>).</summary>
    [GeneratedRegex(@"\bexport\s+(declare\s+)?(type|interface)\s+(?<name>[A-Za-z_$][\w$]*)|\bexport\s+type\s*\{(?<list>[^{}]*)\}")]
    private static partial Regex TypeExport();

    /// <summary>A value declaration of a name: a type of the same name then has a value beside it.</summary>
    [GeneratedRegex(@"\b(const|let|var|function\s*\*?|class|enum|namespace)\s+(?<name>[A-Za-z_$][\w$]*)")]
    private static partial Regex ValueDeclaration();

    /// <summary>
    /// The names exported with <c>export type</c> or <c>export interface</c> that no value of the module shares:
    /// TypeScript lets <c>const X</c> and <c>type X</c> share a name, and an import of it may then be the value.
    /// </summary>
    public static HashSet<string> Only(MaskedSource masked)
    {
        var code = masked.Code.ToString();
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in TypeExport().Matches(code))
        {
            if (m.Groups["name"].Success)
            {
                types.Add(m.Groups["name"].Value);
                continue;
            }
            foreach (var entry in m.Groups["list"].Value.Split(','))
            {
                var words = entry.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0)
                {
                    types.Add(words[^1]);
                }
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
}
