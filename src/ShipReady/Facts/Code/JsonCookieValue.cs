namespace ShipReady.Facts.Code;

/// <summary>
/// The value a JavaScript cookie is set to, when the code writes what it holds: JSON of a literal (<c>res.cookie("prefs",
/// JSON.stringify({ theme }), { httpOnly: false })</c>) or a literal itself (<c>cookies().set(flagId, "true", …)</c>, a
/// flag for the page), or a name bound to such an expression a few lines up. A cookie named for sessions, or set next to
/// one, can hold the names of the teams signed in, for the page to draw a switcher; what it holds is written in the
/// expression, and the audit reads it instead of the name.
/// </summary>
/// <remarks>
/// One binding, same file, as <see cref="ValueOrigin"/>: a value that comes from anywhere else is not known to be data.
/// </remarks>
public static partial class JsonCookieValue
{
    /// <summary>Calls that sign or encrypt a value, which makes it a credential whatever it holds.</summary>
    private static readonly string[] Sealing = ["sign", "Sign", "encrypt", "Encrypt", "seal", "Seal", "hmac", "Hmac", "HMAC"];

    [System.Text.RegularExpressions.GeneratedRegex(@"JSON\.stringify\(\s*[{\[]")]
    private static partial System.Text.RegularExpressions.Regex JsonOfLiteral();

    // A string with nothing interpolated, a number or a truth: "true", '1', `dark`, 1, false.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:""[^""\\]*""|'[^'\\]*'|`[^`$\\]*`|-?\d+(?:\.\d+)?|true|false)$")]
    private static partial System.Text.RegularExpressions.Regex Literal();

    /// <summary>How many lines a bound expression is read over: an object literal of a dozen fields or so.</summary>
    public const int MaxExpressionLines = 40;

    /// <summary>
    /// Whether the call the hit at <paramref name="index"/> is an option of (<c>name, value, options</c>) sets its cookie
    /// to <c>JSON.stringify</c> of an object or array literal, not signed or sealed, whose text holds none of
    /// <paramref name="credentials"/> (strings kept).
    /// </summary>
    public static bool HoldsOnlyData(MaskedSource masked, int index, IReadOnlyList<string> credentials)
    {
        if (EnclosingCall.Around(masked.Code, index) is not var (start, _))
        {
            return false;
        }
        var open = start + masked.Code[start..].IndexOf('(');
        var parts = CallMatcher.Split(CallMatcher.Arguments(masked.Code, open));
        // The options must be the third argument: a value in the second is a cookie's value only then.
        if (parts.Count != 3 || index < open + 1 + parts[2].Start)
        {
            return false;
        }
        var valueAt = open + 1 + parts[1].Start;
        var value = new string(masked.CodeAndStrings.Slice(valueAt, parts[1].Length));
        var expression = ValueOrigin.LeadingName(value) == value ? Bound(masked, valueAt, value) : value;
        // Only a literal the expression spells out shows what the JSON holds (JSON.stringify(payload) could hold a
        // token), and JSON that is signed or sealed is the credential itself.
        return expression is not null && (JsonOfLiteral().IsMatch(expression) || Literal().IsMatch(expression.Trim()))
            && !ValueOrigin.ContainsAny(expression, credentials) && !ValueOrigin.ContainsAny(expression, Sealing);
    }

    /// <summary>The expression the nearest earlier line binds <paramref name="name"/> to, over the lines its brackets span.</summary>
    private static string? Bound(MaskedSource masked, int valueAt, string name)
    {
        var (line, _) = masked.Position(valueAt);
        for (var l = line - 1; l >= 1 && l >= line - ValueOrigin.MaxLinesBack; l--)
        {
            if (MethodHeader().IsMatch(masked.CodeLine(l)))
            {
                // The start of the function (`setSession(res, value) {`): a binding further up is another function's.
                return null;
            }
            if (ValueOrigin.BindingIn(masked.CodeAndStringsLine(l), name) is not { } rest)
            {
                continue;
            }
            if (ValueOrigin.BindingIn(masked.CodeLine(l), name) is not { } code)
            {
                return null;
            }
            var text = new System.Text.StringBuilder(rest);
            var depth = Depth(code);
            for (var next = l + 1; depth > 0 && next < line && next <= l + MaxExpressionLines; next++)
            {
                text.Append('\n').Append(masked.CodeAndStringsLine(next));
                depth += Depth(masked.CodeLine(next));
            }
            return depth > 0 ? null : text.ToString();
        }
        return null;
    }

    /// <summary>A line that opens a function or a method: `function f(a) {`, `async set(a, b) {`, `(a) => {`.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*((export\s+)?(async\s+)?function\b|((public|private|protected|static|async|get|set)\s+)*(?!(if|for|while|switch|catch)\b)[A-Za-z_$][\w$]*\s*\([^()]*\)\s*(:\s*[^{=]+)?\{\s*$|.*=>\s*\{\s*$)")]
    private static partial System.Text.RegularExpressions.Regex MethodHeader();

    /// <summary>Brackets opened minus brackets closed on a line of code (strings blanked).</summary>
    private static int Depth(string code)
    {
        var depth = 0;
        foreach (var c in code)
        {
            depth += c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
        }
        return depth;
    }
}
