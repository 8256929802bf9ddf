using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether the SQL a call runs is an interpolated string (a Python f-string, a JavaScript or TypeScript template
/// literal) whose every hole is a list of bind placeholders the code makes, one per value the call binds:
/// <c>placeholders = ", ".join("?" for _ in ids)</c>, <c>execute(f"… IN ({placeholders})", ids)</c>.
/// </summary>
/// <remarks>
/// <c>IN (…)</c> takes one placeholder per value, so code that binds a list writes as many as the list holds; what
/// is pasted in is a run of <c>?</c>, <c>%s</c> or <c>$n</c>, never the values. A hole is such a list when its
/// expression joins one placeholder literal per item, or when it is a name whose only binding above (none in another
/// branch, nothing added to it) does. Any other hole, the values
/// joined themselves (<c>", ".join(ids)</c>), a placeholder quoted around a value, or SQL added to with <c>+</c>
/// keeps the hit.
/// </remarks>
public static partial class SqlPlaceholderLists
{
    /// <summary>A placeholder literal: <c>?</c> or <c>%s</c>, in either quote (or a backtick in script).</summary>
    private const string Placeholder = @"(""(\?|%s)""|'(\?|%s)'|`\?`)";

    /// <summary>The separator a list is joined with: a short literal.</summary>
    private const string Separator = @"(""[^""\n]{0,4}""|'[^'\n]{0,4}'|`[^`\n$]{0,4}`)";

    /// <summary>How many placeholders: a name or member, or its <c>len(…)</c>, <c>.length</c>, give or take a number.</summary>
    private const string Count = @"(len\(\s*[\w.]+\s*\)|[\w$.]+)(\s*[-+]\s*\d+)?";

    /// <summary>What a comprehension runs over: a name or member, or one call of one (<c>enumerate(ids)</c>, <c>range(len(ids))</c>).</summary>
    private const string Source = @"([\w.]+|[\w.]+\(\s*[\w.]+\s*\)|range\(\s*len\(\s*[\w.]+\s*\)\s*\))";

    /// <summary>
    /// Python: <c>", ".join("?" for _ in ids)</c>, <c>",".join(["%s"] * len(ids))</c>, <c>",".join("?" * len(ids))</c>,
    /// <c>", ".join(["?" for _ in ids])</c>, <c>", ".join(("%s",) * n)</c>.
    /// </summary>
    [GeneratedRegex("^" + Separator + @"\s*\.join\(\s*(\[\s*" + Placeholder + @"\s+for\s+[\w\s,]+\s+in\s+" + Source + @"\s*\]|" + Placeholder + @"\s+for\s+[\w\s,]+\s+in\s+" + Source
        + @"|\[\s*" + Placeholder + @"\s*\]\s*\*\s*" + Count + @"|\(\s*" + Placeholder + @"\s*,\s*\)\s*\*\s*" + Count + @"|" + Placeholder + @"\s*\*\s*" + Count + @")\s*\)$",
        RegexOptions.None, matchTimeoutMilliseconds: 1_000)]
    private static partial Regex PythonList();

    /// <summary>
    /// JavaScript: <c>ids.map(() => '?').join(',')</c>, <c>ids.map((_, i) => `$${i + 1}`).join(', ')</c> (the index, not
    /// the item), <c>Array(n).fill('?').join(',')</c>, <c>Array.from({ length: n }, () => '?').join(',')</c>.
    /// </summary>
    [GeneratedRegex(@"^([\w$.]+\.map\(\s*((\(\s*[\w$\s,]*\)|[\w$]+)\s*=>\s*" + Placeholder
        + @"|\(\s*[\w$]+\s*,\s*(?<i>[\w$]+)\s*\)\s*=>\s*(`\$\$\{\s*\k<i>\s*(\+\s*\d+\s*)?\}`|['""]\$['""]\s*\+\s*(\(\s*\k<i>\s*\+\s*\d+\s*\)|\k<i>)))\s*\)"
        + @"|(new\s+)?Array\(\s*" + Count + @"\s*\)\.fill\(\s*" + Placeholder + @"\s*\)"
        + @"|Array\.from\(\s*\{\s*length\s*:\s*" + Count + @"\s*\}\s*,\s*\(\s*[\w$\s,]*\)\s*=>\s*" + Placeholder + @"\s*\))"
        + @"\.join\(\s*" + Separator + @"?\s*\)$", RegexOptions.None, matchTimeoutMilliseconds: 1_000)]
    private static partial Regex ScriptList();

    /// <summary>
    /// True when the call the match at <paramref name="index"/> opens runs SQL whose every hole is a placeholder list. The SQL is the call's first argument, or, when <paramref name="valueAt"/> is not negative, the
    /// string the variable there (of <paramref name="valueLength"/>) was last bound to.
    /// </summary>
    public static bool Hold(MaskedSource masked, Language language, int index, int length, int valueAt, int valueLength)
    {
        var open = CallMatcher.FirstOpened(masked.Code, index, length);
        if (open < 0 || CallMatcher.Split(CallMatcher.Arguments(masked.Code, open)) is not [var first, ..])
        {
            return false;
        }
        // A value group that only opens the template literal (followCalls' reading of its holes) is the first argument itself.
        var bound = valueAt >= 0 && masked.CodeAndStrings[valueAt] != '`';
        int start;
        if (bound)
        {
            if (SoleBinding(masked, language, valueAt, valueLength) is not var (line, rest) || rest.Length == 0)
            {
                return false;
            }
            start = masked.LineStart(line) + masked.CodeAndStringsLine(line).TrimEnd().Length - rest.Length;
        }
        else
        {
            start = open + 1 + first.Start;
        }
        var source = masked.CodeAndStrings;
        while (start < source.Length && char.IsWhiteSpace(source[start]))
        {
            start++;
        }
        var holes = new List<(int Start, int Length)>();
        var end = language == Language.Python ? PythonHoles(source, start, holes) : ScriptHoles(source, start, holes);
        if (end < 0 || holes.Count == 0 || !EndsStatement(source, end, bound, language))
        {
            return false;
        }
        foreach (var (at, size) in holes)
        {
            if (!IsPlaceholderList(masked, language, at, size))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether one hole is a placeholder list, written there or bound to the name written there.</summary>
    private static bool IsPlaceholderList(MaskedSource masked, Language language, int at, int size)
    {
        var expression = masked.CodeAndStrings.Slice(at, size).ToString().Trim();
        if (Matches(language, expression))
        {
            return true;
        }
        var lead = at + size - masked.CodeAndStrings.Slice(at, size).TrimStart().Length;
        return ValueOrigin.LeadingName(expression)?.Length == expression.Length
            && SoleBinding(masked, language, lead, expression.Length) is var (line, rest)
            && Matches(language, rest.TrimEnd(';').TrimEnd())
            && EndsStatement(masked.CodeAndStrings, masked.LineStart(line) + masked.CodeAndStringsLine(line).TrimEnd().TrimEnd(';').Length, binding: true, language);
    }

    /// <summary>
    /// The line that binds the name at <paramref name="at"/> and what it assigns, when that binding alone gives the name
    /// its value there: nothing added to it, no other value from a branch, and the name <see cref="Untouched"/> between.
    /// </summary>
    private static (int Line, string Assigned)? SoleBinding(MaskedSource masked, Language language, int at, int length)
    {
        var origin = ValueOrigin.Read(masked, at, length);
        return origin is { Binding: not null, BindingLine: { } line, Earlier: null, Otherwise: null }
            && ValueOrigin.LeadingName(origin.Value) is { } name
            && ValueOrigin.BindingIn(masked.CodeAndStringsLine(line), name) is { } rest
            && Untouched(masked, language, name, line, at)
            ? (line, rest)
            : null;
    }

    /// <summary>
    /// Whether the name bound on <paramref name="bindingLine"/> still holds that value at <paramref name="hole"/>: nothing
    /// between mentions it (a parameter of another function, a loop, a tuple, a <c>with</c> or a lambda that binds it
    /// again), and the block the binding sits in is not left on the way (no line indented less, in Python; no brace
    /// that closes it, in script).
    /// </summary>
    private static bool Untouched(MaskedSource masked, Language language, string name, int bindingLine, int hole)
    {
        var (holeLine, _) = masked.Position(hole);
        var from = masked.LineStart(bindingLine + 1 <= masked.LineCount ? bindingLine + 1 : bindingLine);
        if (bindingLine >= holeLine || from > hole)
        {
            return false;
        }
        var between = masked.Code[from..hole];
        // A loop opened between may give the name a new value below the hole, for its next turn.
        if (CallMatcher.ContainsWord(between, name) || CallMatcher.ContainsWord(between, "for") || CallMatcher.ContainsWord(between, "while"))
        {
            return false;
        }
        if (language == Language.Python)
        {
            var indent = PythonClass.Indent(masked.CodeLine(bindingLine));
            for (var l = bindingLine + 1; l <= holeLine; l++)
            {
                var code = masked.CodeLine(l);
                if (code.Trim().Length > 0 && PythonClass.Indent(code) < indent)
                {
                    return false;
                }
            }
            return true;
        }
        var depth = 0;
        foreach (var c in between)
        {
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth < 0)
            {
                return false;
            }
        }
        return true;
    }

    private static bool Matches(Language language, string expression)
    {
        try
        {
            return language == Language.Python ? PythonList().IsMatch(expression) : ScriptList().IsMatch(expression);
        }
        catch (RegexMatchTimeoutException)
        {
            // A line no list reading finishes on is not proven to hold placeholders.
            return false;
        }
    }

    /// <summary>
    /// Reads the Python f-string at <paramref name="start"/> into its holes; the index after it, or -1 when no f-string
    /// starts there or it does not end.
    /// </summary>
    private static int PythonHoles(ReadOnlySpan<char> text, int start, List<(int, int)> holes)
    {
        var i = start;
        var formatted = false;
        while (i < text.Length && i - start < 2 && text[i] is 'f' or 'F' or 'r' or 'R')
        {
            formatted |= text[i] is 'f' or 'F';
            i++;
        }
        if (!formatted || i >= text.Length || text[i] is not ('"' or '\''))
        {
            return -1;
        }
        var quote = text[i];
        var triple = i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote;
        i += triple ? 3 : 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\')
            {
                i += 2;
            }
            else if (c == quote && (!triple || (i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote)))
            {
                return i + (triple ? 3 : 1);
            }
            else if (c == '\n' && !triple)
            {
                return -1;
            }
            else if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                i += 2;
            }
            else if (c == '{')
            {
                if (Hole(text, i + 1, quote) is not (var close and >= 0))
                {
                    return -1;
                }
                holes.Add((i + 1, close - i - 1));
                i = close + 1;
            }
            else
            {
                i++;
            }
        }
        return -1;
    }

    /// <summary>Reads the template literal at <paramref name="start"/> into its holes, as <see cref="PythonHoles"/>.</summary>
    private static int ScriptHoles(ReadOnlySpan<char> text, int start, List<(int, int)> holes)
    {
        if (start >= text.Length || text[start] != '`')
        {
            return -1;
        }
        for (var i = start + 1; i < text.Length;)
        {
            switch (text[i])
            {
                case '\\':
                    i += 2;
                    continue;
                case '`':
                    return i + 1;
                case '$' when i + 1 < text.Length && text[i + 1] == '{':
                    if (Hole(text, i + 2, '`') is not (var close and >= 0))
                    {
                        return -1;
                    }
                    holes.Add((i + 2, close - i - 2));
                    i = close + 1;
                    continue;
            }
            i++;
        }
        return -1;
    }

    /// <summary>
    /// The index of the brace that closes a hole opened before <paramref name="from"/>, past brackets and strings in
    /// it; -1 when the string's own quote, or the end of the text, comes first.
    /// </summary>
    private static int Hole(ReadOnlySpan<char> text, int from, char quote)
    {
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '`' && quote == '`')
            {
                // A template in a template's hole (`${ids.map((_, i) => `$${i + 1}`)}`) is read whole, holes and all.
                if (ScriptHoles(text, i, []) is not (var end and >= 0))
                {
                    return -1;
                }
                i = end - 1;
            }
            else if (c is '"' or '\'' or '`')
            {
                if (c == quote)
                {
                    return -1;
                }
                var close = text[(i + 1)..].IndexOfAny(c, '\n');
                if (close < 0 || text[i + 1 + close] == '\n')
                {
                    return -1;
                }
                i += close + 1;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
            else if (c == '}' && depth-- == 0)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether the SQL ends where the string does: at the next argument or the call's bracket for a string passed
    /// directly; for a variable's binding, at a <c>;</c> or the line's end, and in script only when the next line starts a
    /// statement of its own (a line that opens with <c>+</c> or <c>.</c> goes on with the value). A string added to with
    /// <c>+</c> does not end it.
    /// </summary>
    private static bool EndsStatement(ReadOnlySpan<char> text, int end, bool binding, Language language)
    {
        var i = end;
        while (i < text.Length && (text[i] is ' ' or '\t' || (!binding && char.IsWhiteSpace(text[i]))))
        {
            i++;
        }
        if (i >= text.Length)
        {
            return binding;
        }
        if (!binding)
        {
            return text[i] is ',' or ')';
        }
        if (text[i] == ';' || language == Language.Python)
        {
            return text[i] is ';' or '\n' or '\r';
        }
        if (text[i] is not ('\n' or '\r'))
        {
            return false;
        }
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i >= text.Length || char.IsLetter(text[i]) || text[i] is '_' or '$' or '}';
    }
}
