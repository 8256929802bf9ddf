using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// JavaScript and TypeScript: the variable an object literal around a place is bound to
/// (<c>const devConfig: DataSourceOptions = { synchronize: true }</c>), through objects nested as property values.
/// </summary>
/// <remarks>
/// An object handed to a call, put in an array or returned has no name of its own, and neither has one assigned to a
/// property or a variable declared elsewhere: those give null, so a clear by name never reaches them.
/// </remarks>
public static partial class ScriptBoundObject
{
    /// <summary>How far back the opening brace is looked for: an options object spans a few dozen lines.</summary>
    private const int MaxCharactersBack = 6_000;

    /// <summary>The name bound to the outermost object literal holding <paramref name="index"/>, or null.</summary>
    /// <param name="code">The file's code with comments and strings blanked.</param>
    public static string? NameAround(string code, int index)
    {
        var depth = 0;
        for (var i = index - 1; i >= Math.Max(0, index - MaxCharactersBack); i--)
        {
            switch (code[i])
            {
                case ')' or ']' or '}':
                    depth++;
                    break;
                case '(' or '[' when depth > 0:
                    depth--;
                    break;
                case '{' when depth > 0:
                    depth--;
                    break;
                case '(' or '[':
                    return null;
                case '{':
                    var before = code[Math.Max(0, i - 300)..i];
                    if (PropertyValue().IsMatch(before))
                    {
                        // A nested object: its owner is the object around it.
                        continue;
                    }
                    return Declaration().Match(before) is { Success: true } m ? m.Groups["name"].Value : null;
            }
        }
        return null;
    }

    /// <summary>Whether the name holds one of the words (split at case changes and underscores) and says nothing of production.</summary>
    public static bool NameSays(string name, IEnumerable<string> words) =>
        PythonClass.NameHasWord(name, words) && !PythonClass.NameHasWord(name, ["prod", "production", "live"]);

    /// <summary>An object that is a property's value: <c>extra: {</c>.</summary>
    [GeneratedRegex(@"(^|[{,]\s*)[A-Za-z_$][\w$]*\s*:\s*$")]
    private static partial Regex PropertyValue();

    /// <summary><c>const name =</c>, <c>let name: Type =</c>, <c>export var name =</c>, ending where the brace opens.</summary>
    [GeneratedRegex(@"(^|[^\w$.])(const|let|var)\s+(?<name>[A-Za-z_$][\w$]*)\s*(:[^=;{}()]*)?=\s*$")]
    private static partial Regex Declaration();
}
