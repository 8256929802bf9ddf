using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// The modules a Python file imports, as written (<c>from app import create_app</c> gives <c>app</c> and
/// <c>app.create_app</c>; <c>from . import serve</c> gives <c>serve</c>): code at a module's top level runs whenever
/// one of these imports reaches it.
/// </summary>
public static partial class PythonImports
{
    [GeneratedRegex(@"(?m)^[ \t]*(from[ \t]+\.*[\w.]*[ \t]+import[ \t]+\(?[\w, \t]+|import[ \t]+[\w., \t]+)")]
    private static partial Regex Statement();

    /// <summary>The names a file's import statements bring in; a name past <c>as</c> is the file's own and left out.</summary>
    public static IEnumerable<string> Of(ReadOnlySpan<char> text)
    {
        var names = new List<string>();
        foreach (var match in Statement().EnumerateMatches(text))
        {
            var statement = text.Slice(match.Index, match.Length).ToString().Trim();
            if (statement.StartsWith("from", StringComparison.Ordinal))
            {
                var at = statement.IndexOf(" import", StringComparison.Ordinal);
                var module = statement[4..at].Trim().TrimStart('.');
                if (module.Length > 0)
                {
                    names.Add(module);
                }
                foreach (var name in Imported(statement[(at + " import".Length)..]))
                {
                    names.Add(module.Length > 0 ? module + "." + name : name);
                }
            }
            else
            {
                names.AddRange(Imported(statement["import".Length..]));
            }
        }
        return names;
    }

    /// <summary>The names of an import list: <c>a, b as c</c> gives <c>a</c> and <c>b</c>.</summary>
    private static IEnumerable<string> Imported(string list) =>
        list.Trim(' ', '\t', '(').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0]);
}
