using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// web-core's <c>query.Update</c> (<c>github.com/writeas/web-core/query</c>), a small builder of <c>UPDATE</c> SQL: its
/// <c>Updates</c> text joins the column names given to its <c>Set…(value, column)</c> methods, each as
/// <c>column = ?</c>, and its <c>Conditions</c> text is what <c>Where(condition, params…)</c> was given. The values go to
/// <c>Params</c>, bound by the driver.
/// </summary>
/// <remarks>
/// So <c>"UPDATE users SET " + q.Updates + " WHERE " + q.Conditions</c> pastes only the code's own SQL when every column
/// and condition the function gives the builder is fixed. The builder given to another function, assigned again, or
/// its fields written leaves its text unknown.
/// </remarks>
public static partial class GoUpdateBuilder
{
    private const string ImportPath = "github.com/writeas/web-core/query";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    [GeneratedRegex(@"^(?<builder>[A-Za-z_]\w*)\.(Updates|Conditions)$")]
    private static partial Regex TextField();

    /// <summary>An import of the package: <c>import "…"</c>, or a line of an <c>import ( … )</c> block, renamed or not.</summary>
    [GeneratedRegex(@"^[ \t]*(?<name>[A-Za-z_]\w*[ \t]+)?""github\.com/writeas/web-core/query""[ \t]*$")]
    private static partial Regex ImportLine();

    [GeneratedRegex(@"(?m)^import[ \t]*(?<block>\()?")]
    private static partial Regex ImportKeyword();

    /// <summary>
    /// The name a file's code (strings kept) gives the package in its imports: its own, or the one the import renames it
    /// to; null when not imported. The path written anywhere else (a list of known packages) imports nothing.
    /// </summary>
    public static string? PackageName(ReadOnlySpan<char> codeAndStrings)
    {
        if (!codeAndStrings.Contains(ImportPath, StringComparison.Ordinal))
        {
            return null;
        }
        var code = codeAndStrings.ToString();
        foreach (Match import in ImportKeyword().Matches(code))
        {
            var start = import.Index + import.Length;
            var lines = import.Groups["block"].Success
                ? CallMatcher.Arguments(code, start - 1).ToString().Split('\n')
                : [code[start..(code.IndexOf('\n', start) is var end and >= 0 ? end : code.Length)]];
            foreach (var line in lines)
            {
                if (ImportLine().Match(line) is { Success: true } path)
                {
                    var name = path.Groups["name"].Value.Trim();
                    return name.Length == 0 ? "query" : name is "_" or "." ? null : name;
                }
            }
        }
        return null;
    }

    /// <summary>The builder an expression reads the text of (<c>q</c> in <c>q.Updates</c>); null for anything else.</summary>
    public static string? Builder(string expression) =>
        TextField().Match(expression) is { Success: true } field ? field.Groups["builder"].Value : null;

    /// <summary>
    /// Whether the function makes <paramref name="builder"/> once with <c>NewUpdate()</c> of the package named
    /// <paramref name="package"/>, gives it only columns and conditions <paramref name="isFixed"/> accepts, and
    /// otherwise only reads it.
    /// </summary>
    /// <param name="body">The function's code from its <c>func</c> line, strings blanked.</param>
    /// <param name="bodyStart">Where its body starts in <paramref name="body"/>.</param>
    public static bool HoldsOnlyFixed(string body, int bodyStart, string builder, string package, Func<string, bool> isFixed)
    {
        var made = 0;
        foreach (Match mention in GoNameMentions.Of(body, builder))
        {
            if (mention.Index < bodyStart)
            {
                return false;
            }
            var end = mention.Index + mention.Length;
            var lineStart = body.LastIndexOf('\n', Math.Max(mention.Index - 1, 0)) + 1;
            if (body.AsSpan(lineStart, mention.Index - lineStart).TrimEnd(" \t").EndsWith("&", StringComparison.Ordinal))
            {
                // `&q.Updates`, `&q`: written through the address.
                return false;
            }
            var startsStatement = body.AsSpan(lineStart, mention.Index - lineStart).Trim().IsEmpty;
            var construction = Regex.Match(body[end..], $@"^[ \t]*:=[ \t]*{Regex.Escape(package)}\.NewUpdate\(\)", RegexOptions.None, Timeout);
            if (construction.Success)
            {
                if (!startsStatement || !Chain(body, end + construction.Length, isFixed, made: true, startsStatement: true))
                {
                    return false;
                }
                made++;
                continue;
            }
            if (!Chain(body, end, isFixed, made: false, startsStatement))
            {
                return false;
            }
        }
        return made == 1;
    }

    /// <summary>
    /// Whether what follows the builder at <paramref name="at"/> is a chain of its calls, each giving fixed SQL, or a
    /// read of a field that writes nothing; the chain may run over lines that end with its dot.
    /// </summary>
    /// <param name="made">Whether the chain starts at <c>NewUpdate()</c>, which may stand alone.</param>
    /// <param name="startsStatement">Whether the chain starts its statement: its calls' result, the builder again, then goes nowhere.</param>
    private static bool Chain(string body, int at, Func<string, bool> isFixed, bool made, bool startsStatement)
    {
        var i = at;
        var calls = false;
        for (var links = made ? 1 : 0; ; links++)
        {
            // A chain may run on over lines, comments (blanked) between.
            var link = Regex.Match(body[i..], @"^\.\s*(?<member>[A-Za-z_]\w*)", RegexOptions.None, Timeout);
            if (!link.Success)
            {
                var rest = body.AsSpan(i).TrimStart(" \t");
                // The end of the chain. The builder itself handed on, assigned, or its address taken may be given
                // anything; so may what its calls return (the builder again), unless nothing follows them.
                return links > 0 && !rest.StartsWith(".") && (!calls || (startsStatement && (rest.IsEmpty || rest[0] is '\n' or '\r' or ';' or '}')));
            }
            var member = link.Groups["member"].Value;
            i += link.Length;
            if (member is "Updates" or "Conditions" or "Params")
            {
                var rest = body.AsSpan(i).TrimStart(" \t");
                var line = rest.IndexOf('\n') is var newline and >= 0 ? rest[..newline].ToString() : rest.ToString();
                // `q.Updates == ""` reads; `q.Updates = …`, `+=`, `q.Updates, n = …`, `q.Params = …` write.
                return !calls && !(rest.StartsWith("=") && !rest.StartsWith("=="))
                    && !Regex.IsMatch(line, @"^[+\-*/%&|^]=|^,[^\n]*?(?<![=!<>:])(:=|=(?!=))", RegexOptions.None, Timeout);
            }
            calls = true;
            if (i >= body.Length || body[i] != '(')
            {
                // A method value handed on.
                return false;
            }
            var argumentsText = CallMatcher.Arguments(body, i).ToString();
            var close = i + argumentsText.Length + 2;
            if (close > body.Length)
            {
                return false;
            }
            var arguments = CallMatcher.Split(argumentsText).ConvertAll(a => argumentsText.Substring(a.Start, a.Length));
            var gives = member switch
            {
                // Set, SetBytes, SetStringPtr, SetIntPtr, SetBoolPtr, SetNullBool, SetNullString: (value, column).
                _ when member.StartsWith("Set", StringComparison.Ordinal) => arguments.Count == 2 && isFixed(arguments[1]),
                "Where" => arguments.Count >= 1 && isFixed(arguments[0]),
                "Append" => arguments.Count == 1,
                _ => false,
            };
            if (!gives)
            {
                return false;
            }
            i = close;
        }
    }
}
