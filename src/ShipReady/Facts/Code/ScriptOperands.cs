namespace ShipReady.Facts.Code;

/// <summary>
/// The values a JavaScript expression can give, read at its outermost level without a parser: the two branches of
/// <c>c ? a : b</c> (the condition is tested, never given), or the operands of <c>a + b</c>, <c>a || b</c>,
/// <c>a ?? b</c> and <c>a &amp;&amp; b</c>, whose result is made of, or is one of, its operands.
/// </summary>
/// <remarks>
/// Read on the expression with its strings: quoted strings and template literals are stepped over whole, brackets
/// are counted. An expression that cannot be read so (a bracket left open, an arrow, an assignment, a comma, a
/// regular expression or a division at its outermost level) gives null, and is judged as a whole.
/// </remarks>
public static class ScriptOperands
{
    /// <summary>The branches of a conditional, or the operands of the joins; null when the expression is neither or cannot be read.</summary>
    public static List<string>? Of(string text)
    {
        if (Branches(text) is { } branches)
        {
            return branches;
        }
        return Joined(text);
    }

    /// <summary><c>c ? a : b</c>: <c>a</c> and <c>b</c>, each of which may itself be a conditional.</summary>
    private static List<string>? Branches(string text)
    {
        var question = -1;
        var nested = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Skip(text, ref i, ref depth) is not { } read)
            {
                return null;
            }
            if (read || depth > 0)
            {
                continue;
            }
            if (!Readable(text, i))
            {
                return null;
            }
            if (c == '?' && At(text, i + 1) is not ('.' or '?') && At(text, i - 1) != '?')
            {
                if (question < 0)
                {
                    question = i;
                }
                else
                {
                    nested++;
                }
            }
            else if (c == ':' && question >= 0)
            {
                if (nested > 0)
                {
                    nested--;
                    continue;
                }
                return [text[(question + 1)..i], text[(i + 1)..]];
            }
        }
        return null;
    }

    /// <summary><c>a + b || c</c>: each operand; null when there is no join at the outermost level.</summary>
    private static List<string>? Joined(string text)
    {
        var parts = new List<string>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Skip(text, ref i, ref depth) is not { } read)
            {
                return null;
            }
            if (read || depth > 0)
            {
                continue;
            }
            if (!Readable(text, i) || (c == '?' && At(text, i + 1) is not ('?' or '.') && At(text, i - 1) != '?'))
            {
                return null;
            }
            var width = c switch
            {
                '+' when At(text, i + 1) is not ('+' or '=') && At(text, i - 1) != '+' => 1,
                '|' when At(text, i + 1) == '|' => 2,
                '&' when At(text, i + 1) == '&' => 2,
                '?' when At(text, i + 1) == '?' => 2,
                _ => 0,
            };
            if (width > 0)
            {
                parts.Add(text[start..i]);
                start = i + width;
                i += width - 1;
            }
        }
        if (depth != 0 || parts.Count == 0)
        {
            return null;
        }
        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>
    /// Steps over a string or template starting at <paramref name="i"/> (true), counts a bracket (false); null when a
    /// string does not close or a bracket closes one never opened.
    /// </summary>
    private static bool? Skip(string text, ref int i, ref int depth)
    {
        switch (text[i])
        {
            case '\'' or '"':
                i = ScriptValueFlow.QuoteEnd(text, i);
                return i < 0 ? null : true;
            case '`':
                i = ScriptValueFlow.TemplateEnd(text, i);
                return i < 0 ? null : true;
            case '(' or '[' or '{':
                depth++;
                return false;
            case ')' or ']' or '}':
                return --depth < 0 ? null : false;
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether the character at the outermost level leaves the expression one value: not an arrow, an assignment, a
    /// comma or a slash (a division or a regular expression, whose text may hold anything).
    /// </summary>
    private static bool Readable(string text, int i) => text[i] switch
    {
        ',' or '/' or ';' => false,
        '=' => At(text, i + 1) == '=' || At(text, i - 1) is '=' or '!' or '<' or '>',
        _ => true,
    };

    /// <summary>
    /// Whether the expression is one chain of names, members, calls and indexes (<c>el.getBoundingClientRect().width</c>,
    /// <c>$(e.target).data('id')</c>, TypeScript's <c>el!.id</c>): nothing at its outermost level but names, dots and
    /// what brackets and strings hold, so that the member it ends in is what it gives.
    /// </summary>
    public static bool IsChain(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Skip(text, ref i, ref depth) is not { } read)
            {
                return false;
            }
            if (read || depth > 0 || c is ')' or ']' or '}')
            {
                continue;
            }
            if (!(CallMatcher.IsWordChar(c) || char.IsWhiteSpace(c) || c == '.' || (c == '!' && At(text, i + 1) == '.')))
            {
                return false;
            }
        }
        return depth == 0 && text.Trim().Length > 0;
    }

    private static char At(string text, int i) => i >= 0 && i < text.Length ? text[i] : '\0';
}
