using System.Text;
using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// The conditions of the <c>if</c> statements whose branch holds a place in a file, innermost first, each as its
/// header reads (<c>if (app.Environment.IsDevelopment())</c>, <c>unless Rails.env.production?</c>, <c>if app.debug</c>):
/// what a pattern's <c>unlessGuard</c> is matched against.
/// </summary>
/// <remarks>
/// Blocks are found without parsing: by braces in C#, JavaScript, TypeScript and Go (comments and strings
/// blanked), and by indentation in Python and Ruby, whose code is indented by its blocks. A place in an
/// <c>else</c> branch has no guard from the <c>if</c> before it, and a condition that another alternative could
/// satisfy (<c>||</c>, <c>or</c>) guards nothing: either way the code can run whatever the condition says.
/// </remarks>
public static class GuardingConditions
{
    /// <summary>How many lines up an indented block's header is looked for.</summary>
    public const int MaxLinesBack = 500;

    public static bool Reads(Language language) =>
        language is Language.CSharp or Language.JavaScript or Language.TypeScript or Language.Go or Language.Python or Language.Ruby;

    /// <summary>Whether one of the conditions around the code at <paramref name="index"/> matches <paramref name="guard"/>.</summary>
    public static bool Holds(Regex guard, MaskedSource masked, Language language, int index)
    {
        foreach (var condition in Of(masked, language, index, masked.Position(index).Line))
        {
            if (guard.IsMatch(condition))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The guarding conditions of the code at <paramref name="index"/>, on line <paramref name="line"/>.</summary>
    public static IReadOnlyList<string> Of(MaskedSource masked, Language language, int index, int line)
    {
        var found = new List<string>();
        switch (language)
        {
            case Language.Python:
                Indented(masked, index, line, found, colon: true);
                break;
            case Language.Ruby:
                Modifier(masked, index, line, found);
                Indented(masked, index, line, found, colon: false);
                break;
            case Language.CSharp or Language.JavaScript or Language.TypeScript or Language.Go:
                Braced(masked, index, found, bracketless: language == Language.Go);
                break;
        }
        found.RemoveAll(c => !Guards(c));
        return found;
    }

    /// <summary>A condition that one alternative among others could satisfy does not keep the code from running.</summary>
    private static bool Guards(string condition) =>
        !condition.Contains("||", StringComparison.Ordinal)
        && !condition.Contains(" or ", StringComparison.Ordinal)
        && !condition.EndsWith(" or", StringComparison.Ordinal);

    /// <summary>
    /// Blocks opened by braces: each <c>{</c> that opens a block around the place has the block's header in front of
    /// it. A statement that starts with <c>if (...)</c> and holds the place without braces is guarded by that condition too.
    /// </summary>
    private static void Braced(MaskedSource masked, int index, List<string> found, bool bracketless)
    {
        var code = masked.Code;
        if (IfHeader(masked, BraceBlocks.StatementStart(code, index), index, bracketless: false) is { } inline)
        {
            found.Add(inline);
        }
        foreach (var opener in BraceBlocks.Openers(code, index))
        {
            var start = BraceBlocks.StatementStart(code, opener);
            if (bracketless)
            {
                start = Math.Max(start, GoStatementStart(code, opener));
            }
            if (IfHeader(masked, start, opener, bracketless) is { } header)
            {
                found.Add(header);
            }
        }
    }

    /// <summary>
    /// The conditions whose <c>else</c> branch holds the place, innermost first, in languages with braces:
    /// <c>if (options.MaxSize &gt; 0) { limit = options.MaxSize; } else { limit = null; }</c> gives
    /// <c>if (options.MaxSize &gt; 0)</c> for a place in the <c>else</c>. Only a plain <c>else</c> whose
    /// <c>if</c> is the one before it; for an <c>else</c> after <c>else if</c>, that last condition.
    /// </summary>
    public static IReadOnlyList<string> ElseOf(MaskedSource masked, Language language, int index)
    {
        var found = new List<string>();
        if (language is not (Language.CSharp or Language.JavaScript or Language.TypeScript or Language.Go))
        {
            return found;
        }
        var code = masked.Code;
        foreach (var opener in BraceBlocks.Openers(code, index))
        {
            var start = BraceBlocks.StatementStart(code, opener);
            // The statement start stops after the if branch's '}': what is left before the brace is the else.
            if (!code[start..opener].Trim().SequenceEqual("else") || start == 0 || code[start - 1] != '}')
            {
                continue;
            }
            // The innermost block still open just inside that '}' is the if branch it closes.
            if (BraceBlocks.Openers(code, start - 1) is not [var branch, ..])
            {
                continue;
            }
            var header = BraceBlocks.StatementStart(code, branch);
            if (language == Language.Go)
            {
                header = Math.Max(header, GoStatementStart(code, branch));
            }
            if (IfHeader(masked, header, branch, bracketless: language == Language.Go) is { } condition)
            {
                found.Add(condition);
            }
        }
        return found;
    }

    /// <summary>
    /// Where the Go statement holding <paramref name="index"/> starts: Go ends a statement at a line's end, with no
    /// semicolon (<c>site, err := load()</c> above <c>if err != nil {</c> is another statement), unless the line ends in
    /// an operator or an open bracket, as a condition written over several lines does.
    /// </summary>
    private static int GoStatementStart(ReadOnlySpan<char> code, int index)
    {
        var start = code[..index].LastIndexOf('\n') + 1;
        while (start > 0)
        {
            var previous = code[..(start - 1)].TrimEnd(" \t\r");
            var lineStart = previous.LastIndexOf('\n') + 1;
            if (previous.Length == 0 || previous[^1] is ')' or ']' or '}' or '"' or '`' or '\'' || CallMatcher.IsWordChar(previous[^1]))
            {
                break;
            }
            start = lineStart;
        }
        return start;
    }

    /// <summary>
    /// The <c>if</c> header that the text from <paramref name="start"/> to <paramref name="end"/> begins with, read up
    /// to its balanced condition: <c>if (...)</c>, <c>else if (...)</c>, or, when <paramref name="bracketless"/>, Go's
    /// <c>if ...</c> up to the brace. Null when the text is not an <c>if</c>, or is an <c>else</c>.
    /// </summary>
    private static string? IfHeader(MaskedSource masked, int start, int end, bool bracketless)
    {
        var code = masked.Code;
        var at = start;
        SkipSpace(code, ref at, end);
        if (StartsWithWord(code, at, end, "else"))
        {
            at += 4;
            SkipSpace(code, ref at, end);
        }
        if (!StartsWithWord(code, at, end, "if"))
        {
            return null;
        }
        var from = at;
        at += 2;
        SkipSpace(code, ref at, end);
        if (bracketless)
        {
            // Go: no brackets, the condition runs to the block's brace.
            return Collapse(masked.CodeAndStrings[from..end]);
        }
        if (at >= end || code[at] != '(')
        {
            return null;
        }
        // The condition must close before the place: a call inside the condition itself is not guarded by it.
        var to = at + CallMatcher.Arguments(code, at).Length + 2;
        return to <= end ? Collapse(masked.CodeAndStrings[from..to]) : null;
    }

    /// <summary>
    /// Blocks opened by indentation: up from the line, each less indented line opens the block around it. An
    /// <c>if</c>, <c>elif</c>, <c>elsif</c> or <c>unless</c> header guards; an <c>else</c> header means the place is in the
    /// branch that runs when the condition above it does not hold, which guards nothing.
    /// </summary>
    private static void Indented(MaskedSource masked, int index, int line, List<string> found, bool colon)
    {
        var indent = PythonClass.Indent(masked.CodeLine(line));
        // `if app.debug: db.drop_all()` in Python: the header is on the place's own line, before it.
        if (colon && KeywordHeader(masked.CodeAndStringsLine(line)[..(masked.Position(index).Column - 1)], colon) is { } inline)
        {
            found.Add(inline);
        }
        for (var l = line - 1; l >= 1 && l >= line - MaxLinesBack && indent > 0; l--)
        {
            var code = masked.CodeLine(l);
            var outer = PythonClass.Indent(code);
            if (outer == code.Length || outer >= indent)
            {
                continue;
            }
            indent = outer;
            if (KeywordHeader(masked.CodeAndStringsLine(l), colon) is { } header)
            {
                found.Add(header);
            }
        }
    }

    /// <summary>The line's <c>if</c>/<c>elif</c>/<c>elsif</c>/<c>unless</c> header, without Python's colon; null for any other line.</summary>
    private static string? KeywordHeader(string lineText, bool colon)
    {
        var text = lineText.Trim();
        if (colon)
        {
            var end = text.IndexOf(':');
            if (end < 0)
            {
                return null;
            }
            text = text[..end].TrimEnd();
        }
        foreach (var keyword in (ReadOnlySpan<string>)["if", "elif", "elsif", "unless"])
        {
            if (text.Length > keyword.Length && text.StartsWith(keyword, StringComparison.Ordinal) && char.IsWhiteSpace(text[keyword.Length]))
            {
                return Collapse(text);
            }
        }
        return null;
    }

    /// <summary>Ruby's statement modifier: <c>drop_table :users if Rails.env.development?</c>, after the place on its line.</summary>
    private static void Modifier(MaskedSource masked, int index, int line, List<string> found)
    {
        var column = masked.Position(index).Column - 1;
        var code = masked.CodeLine(line);
        for (var i = column; i < code.Length; i++)
        {
            foreach (var keyword in (ReadOnlySpan<string>)["if", "unless"])
            {
                if (i > 0 && code[i - 1] == ' ' && string.CompareOrdinal(code, i, keyword + " ", 0, keyword.Length + 1) == 0)
                {
                    found.Add(Collapse(masked.CodeAndStringsLine(line).AsSpan(i)));
                    return;
                }
            }
        }
    }

    private static bool StartsWithWord(ReadOnlySpan<char> code, int at, int end, string word) =>
        at + word.Length <= end
        && code.Slice(at, word.Length).SequenceEqual(word)
        && (at + word.Length == end || !CallMatcher.IsWordChar(code[at + word.Length]));

    private static void SkipSpace(ReadOnlySpan<char> code, ref int at, int end)
    {
        while (at < end && char.IsWhiteSpace(code[at]))
        {
            at++;
        }
    }

    /// <summary>The text with each run of white space, line breaks included, made one space, and trimmed.</summary>
    private static string Collapse(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
