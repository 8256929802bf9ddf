using System.Buffers;

namespace ShipReady.Facts.Code;

/// <summary>
/// Lexes just enough of each language family to know what is a comment and what is a string:
/// C-like (JavaScript and TypeScript with template literals, C# with verbatim, interpolated and raw
/// strings, Go with raw strings), Python (with triple-quoted strings), Ruby (with heredocs), the Ruby in ERB templates and YAML. Single pass, linear in the file's length; the
/// stretches between characters that can open a comment or string are skipped with vectorised
/// searches, because most of a file is plain code.
/// </summary>
public static class CodeMasker
{
    private const char Blank = ' ';

    private static readonly SearchValues<char> ScriptOpeners = SearchValues.Create("/\"'`");
    private static readonly SearchValues<char> CSharpOpeners = SearchValues.Create("/\"'@$");
    private static readonly SearchValues<char> PythonOpeners = SearchValues.Create("#\"'");

    /// <summary>The index of the next character at or after <paramref name="i"/> that can open a comment or string.</summary>
    private static int Next(ReadOnlySpan<char> s, int i, SearchValues<char> openers)
    {
        var skip = s[i..].IndexOfAny(openers);
        return skip < 0 ? s.Length : i + skip;
    }

    public static MaskedSource Mask(string text, Language language) => Mask(text.AsMemory(), language);

    /// <summary>
    /// Masks text that may live in a pooled buffer: the result reads it until it is disposed, so the buffer must
    /// outlive the result.
    /// </summary>
    public static MaskedSource Mask(ReadOnlyMemory<char> text, Language language)
    {
        var ranges = MaskRanges.Rent();
        var s = text.Span;
        switch (language)
        {
            case Language.Python:
                MaskPython(s, ranges);
                break;
            case Language.CSharp:
                MaskCLike(s, ranges, csharp: true);
                break;
            case Language.Go:
                MaskCLike(s, ranges, csharp: false, go: true);
                break;
            case Language.Ruby:
                RubyMasker.Mask(s, ranges);
                break;
            case Language.Erb:
                ErbMasker.Mask(s, ranges);
                break;
            case Language.Yaml:
                YamlMasker.Mask(s, ranges);
                break;
            default:
                MaskCLike(s, ranges, csharp: false);
                break;
        }
        return new MaskedSource(text, ranges);
    }

    private static void MaskCLike(ReadOnlySpan<char> s, MaskRanges ranges, bool csharp, bool go = false)
    {
        var openers = csharp ? CSharpOpeners : ScriptOpeners;
        var i = Next(s, 0, openers);
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                var end = s.IndexOfFrom('\n', i);
                end = end < 0 ? s.Length : end;
                ranges.Comment(i, end);
                i = end;
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var end = s.IndexOfFrom("*/", i + 2);
                end = end < 0 ? s.Length : end + 2;
                ranges.Comment(i, end);
                i = end;
            }
            else if (csharp && c == '"' && i + 2 < s.Length && s[i + 1] == '"' && s[i + 2] == '"')
            {
                // Raw string literal: as many quotes close it as opened it.
                var quotes = 0;
                while (i + quotes < s.Length && s[i + quotes] == '"')
                {
                    quotes++;
                }
                var closing = new string('"', quotes);
                var end = s.IndexOfFrom(closing, i + quotes);
                end = end < 0 ? s.Length : end + quotes;
                ranges.StringContent(i + quotes, end - quotes);
                i = end;
            }
            else if (csharp && (c == '@' || c == '$') && i + 1 < s.Length && (s[i + 1] == '"' || ((s[i + 1] == '@' || s[i + 1] == '$') && i + 2 < s.Length && s[i + 2] == '"')))
            {
                var verbatim = c == '@' || s[i + 1] == '@';
                var open = s[i + 1] == '"' ? i + 1 : i + 2;
                var end = verbatim ? EndOfVerbatim(s, open + 1) : EndOfQuoted(s, open + 1, '"');
                ranges.StringContent(open + 1, end - 1);
                i = end;
            }
            else if (c is '"' or '\'' || (!csharp && c == '`'))
            {
                // A Go raw string has no escapes and ends at the next backquote.
                var end = c != '`' ? EndOfQuoted(s, i + 1, c) : go ? EndOfRawGo(s, i + 1) : EndOfTemplate(s, i + 1);
                ranges.StringContent(i + 1, end - 1);
                i = end;
            }
            else
            {
                i++;
            }
            i = Next(s, i, openers);
        }
    }

    /// <summary>The index just past the closing quote; a newline ends an unterminated literal.</summary>
    internal static int EndOfQuoted(ReadOnlySpan<char> s, int i, char quote)
    {
        while (i < s.Length)
        {
            var skip = s[i..].IndexOfAny('\\', quote, '\n');
            if (skip < 0)
            {
                return s.Length;
            }
            i += skip;
            var c = s[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }
            if (c == quote)
            {
                return i + 1;
            }
            if (c == '\n')
            {
                return i;
            }
            i++;
        }
        return s.Length;
    }

    private static int EndOfRawGo(ReadOnlySpan<char> s, int i)
    {
        var end = s.IndexOfFrom('`', i);
        return end < 0 ? s.Length : end + 1;
    }

    private static int EndOfVerbatim(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length)
        {
            var skip = s[i..].IndexOf('"');
            if (skip < 0)
            {
                return s.Length;
            }
            i += skip;
            if (s[i] == '"')
            {
                if (i + 1 < s.Length && s[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.Length;
    }

    private static int EndOfTemplate(ReadOnlySpan<char> s, int i)
    {
        // Interpolations are masked with the template: a pattern never needs to see inside them,
        // and masking them keeps the lexer linear and simple.
        while (i < s.Length)
        {
            var skip = s[i..].IndexOfAny('\\', '`');
            if (skip < 0)
            {
                return s.Length;
            }
            i += skip;
            var c = s[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }
            if (c == '`')
            {
                return i + 1;
            }
            i++;
        }
        return s.Length;
    }

    private static void MaskPython(ReadOnlySpan<char> s, MaskRanges ranges)
    {
        var i = Next(s, 0, PythonOpeners);
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '#')
            {
                var end = s.IndexOfFrom('\n', i);
                end = end < 0 ? s.Length : end;
                ranges.Comment(i, end);
                i = end;
            }
            else if (c is '"' or '\'')
            {
                var raw = IsRawPrefix(s, i);
                if (i + 2 < s.Length && s[i + 1] == c && s[i + 2] == c)
                {
                    var closing = new string(c, 3);
                    var end = IndexOfUnescaped(s, closing, i + 3, raw);
                    end = end < 0 ? s.Length : end + 3;
                    ranges.StringContent(i + 3, end - 3);
                    i = end;
                }
                else
                {
                    var end = raw ? EndOfRaw(s, i + 1, c) : EndOfQuoted(s, i + 1, c);
                    ranges.StringContent(i + 1, end - 1);
                    i = end;
                }
            }
            else
            {
                i++;
            }
            i = Next(s, i, PythonOpeners);
        }
    }

    private static bool IsRawPrefix(ReadOnlySpan<char> s, int quote)
    {
        for (var j = quote - 1; j >= 0 && j >= quote - 2 && char.IsLetter(s[j]); j--)
        {
            if (s[j] is 'r' or 'R')
            {
                return true;
            }
        }
        return false;
    }

    private static int EndOfRaw(ReadOnlySpan<char> s, int i, char quote)
    {
        while (i < s.Length && s[i] != quote && s[i] != '\n')
        {
            i += s[i] == '\\' && i + 1 < s.Length && s[i + 1] == quote ? 2 : 1;
        }
        return i < s.Length && s[i] == quote ? i + 1 : i;
    }

    private static int IndexOfUnescaped(ReadOnlySpan<char> s, string needle, int from, bool raw)
    {
        var i = from;
        while (i < s.Length)
        {
            var skip = raw ? s[i..].IndexOf(needle) : s[i..].IndexOfAny('\\', needle[0]);
            if (skip < 0)
            {
                return -1;
            }
            i += skip;
            if (!raw && s[i] == '\\')
            {
                i += 2;
                continue;
            }
            if (s[i..].StartsWith(needle, StringComparison.Ordinal))
            {
                return i;
            }
            i++;
        }
        return -1;
    }
}
