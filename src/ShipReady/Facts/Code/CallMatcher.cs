namespace ShipReady.Facts.Code;

/// <summary>Finds the argument list of a call: from its opening bracket to the matching closing one, across lines.</summary>
public static class CallMatcher
{
    /// <summary>Longest argument list read; a call longer than this is read up to here.</summary>
    public const int MaxArgumentLength = 64 * 1024;

    /// <summary>Where the first call a match opens has its <c>(</c>, in the whole text; -1 when the match opens none.</summary>
    public static int FirstOpened(ReadOnlySpan<char> code, int index, int length) =>
        code.Slice(index, length).IndexOf('(') is var open and >= 0 ? index + open : -1;

    /// <summary>The text between the brackets. <paramref name="code"/> must have strings masked so that brackets in strings do not count.</summary>
    public static ReadOnlySpan<char> Arguments(ReadOnlySpan<char> code, int openBracket)
    {
        var depth = 0;
        var limit = Math.Min(code.Length, openBracket + MaxArgumentLength);
        for (var i = openBracket; i < limit; i++)
        {
            switch (code[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    if (depth == 0)
                    {
                        return code.Slice(openBracket + 1, i - openBracket - 1);
                    }
                    break;
            }
        }
        return code.Slice(openBracket + 1, limit - openBracket - 1);
    }

    /// <summary>
    /// The innermost bracket (<c>(</c>, <c>[</c> or <c>{</c>) still open at <paramref name="at"/>, looked for within
    /// <paramref name="reach"/> characters back; null when none. <paramref name="code"/> must have strings masked.
    /// </summary>
    public static int? InnermostOpen(ReadOnlySpan<char> code, int at, int reach)
    {
        var depth = 0;
        for (var i = at - 1; i >= 0 && i >= at - reach; i--)
        {
            switch (code[i])
            {
                case ')' or ']' or '}':
                    depth++;
                    break;
                case '(' or '[' or '{' when depth > 0:
                    depth--;
                    break;
                case '(' or '[' or '{':
                    return i;
            }
        }
        return null;
    }

    /// <summary>
    /// Where each argument of a list (the text <see cref="Arguments"/> gives, or any text cut at its commas) starts
    /// and how long it is, split at the commas (or another separator, such as the <c>+</c> of a concatenation) outside
    /// brackets and trimmed; empty parts are left out.
    /// </summary>
    public static List<(int Start, int Length)> Split(ReadOnlySpan<char> arguments, char separator = ',')
    {
        var parts = new List<(int, int)>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= arguments.Length; i++)
        {
            var c = i < arguments.Length ? arguments[i] : separator;
            depth += c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            if (c == separator && (depth == 0 || i == arguments.Length))
            {
                var part = arguments[start..i];
                var trimmed = part.Trim();
                if (trimmed.Length > 0)
                {
                    parts.Add((start + (part.Length - part.TrimStart().Length), trimmed.Length));
                }
                start = i + 1;
            }
        }
        return parts;
    }

    /// <summary>Whether <paramref name="word"/> occurs in the text as a whole word.</summary>
    public static bool ContainsWord(ReadOnlySpan<char> text, string word) => ContainsWord(text, StringComparison.Ordinal, word);

    /// <summary>How many times <paramref name="word"/> occurs in the text as a whole word.</summary>
    public static int CountWords(ReadOnlySpan<char> text, string word)
    {
        var count = 0;
        for (var from = 0; from < text.Length;)
        {
            var index = text[from..].IndexOf(word, StringComparison.Ordinal);
            if (index < 0)
            {
                break;
            }
            var start = from + index;
            var end = start + word.Length;
            if ((start == 0 || !IsWordChar(text[start - 1])) && (end >= text.Length || !IsWordChar(text[end])))
            {
                count++;
            }
            from = start + 1;
        }
        return count;
    }

    /// <summary>Whether <paramref name="word"/> occurs in the text as a whole word, compared as <paramref name="comparison"/> says (SQL's words in any case).</summary>
    public static bool ContainsWord(ReadOnlySpan<char> text, StringComparison comparison, string word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var index = text[from..].IndexOf(word, comparison);
            if (index < 0)
            {
                return false;
            }
            var start = from + index;
            var end = start + word.Length;
            var before = start == 0 || !IsWordChar(text[start - 1]);
            var after = end >= text.Length || !IsWordChar(text[end]);
            if (before && after)
            {
                return true;
            }
            from = start + 1;
        }
        return false;
    }

    /// <summary>Where the dotted name that ends at <paramref name="end"/> starts (<c>res.cookie</c>, <c>http.Cookie</c>); <paramref name="end"/> when none does.</summary>
    public static int QualifiedNameStart(ReadOnlySpan<char> code, int end)
    {
        var start = end;
        while (start > 0 && (IsWordChar(code[start - 1]) || code[start - 1] == '.'))
        {
            start--;
        }
        return start;
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
