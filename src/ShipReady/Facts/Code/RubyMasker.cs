using System.Buffers;
using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Ruby's comments (<c>#</c>, <c>=begin</c> … <c>=end</c>) and strings (quotes, backquotes and
/// heredocs, whose bodies are where SQL usually lives). Interpolations are masked with their string.
/// Percent literals and regex literals are read as code.
/// </summary>
internal static partial class RubyMasker
{
    private static readonly SearchValues<char> Openers = SearchValues.Create("#\"'`=<");

    // <<~SQL, <<-EOS, <<'TEXT': the body starts on the next line and ends at a line holding only the name.
    // A bare <<NAME is a heredoc only in capitals; "list <<item" is an append.
    [GeneratedRegex(@"\G<<(?:(?<indent>[~-])(?<q>['""`]?)(?<name>[A-Za-z_]\w*)\k<q>|(?<q>['""`])(?<name>[A-Za-z_]\w*)\k<q>|(?<name>[A-Z_][A-Z0-9_]*)\b)")]
    private static partial Regex Heredoc();

    public static void Mask(ReadOnlySpan<char> s, MaskRanges ranges)
    {
        // The line that opens a heredoc goes on after the opener; the body is skipped when that line ends.
        var bodyStart = -1;
        var bodyEnd = -1;
        var i = Next(s, 0);
        while (i < s.Length)
        {
            if (bodyStart >= 0 && i >= bodyStart - 1)
            {
                i = bodyEnd;
                bodyStart = -1;
                i = Next(s, i);
                continue;
            }
            var c = s[i];
            var lineStart = i == 0 || s[i - 1] == '\n';
            if (c == '#')
            {
                var end = LineEnd(s, i);
                ranges.Comment(i, end);
                i = end;
            }
            else if (c == '=' && lineStart && s[i..].StartsWith("=begin", StringComparison.Ordinal))
            {
                var close = s.IndexOfFrom("\n=end", i);
                var end = close < 0 ? s.Length : LineEnd(s, close + 1);
                ranges.Comment(i, end);
                i = end;
            }
            else if (c is '"' or '\'' or '`')
            {
                var end = CodeMasker.EndOfQuoted(s, i + 1, c);
                ranges.StringContent(i + 1, end - 1);
                i = end;
            }
            else if (c == '<' && bodyStart < 0 && i + 1 < s.Length && s[i + 1] == '<' && HeredocAt(s, i) is { Success: true } opener)
            {
                var name = opener.Groups["name"].Value;
                var indented = opener.Groups["indent"].Success;
                var start = LineEnd(s, i) + 1;
                var (contentEnd, after) = Terminator(s, start, name, indented);
                ranges.StringContent(start, contentEnd);
                (bodyStart, bodyEnd) = (start, after);
                i += opener.Length;
            }
            else
            {
                i++;
            }
            i = Next(s, i);
        }
    }

    /// <summary>
    /// The heredoc opener at <paramref name="at"/>, read on its own line: groups are only read on strings, and a
    /// name never runs past the line's end.
    /// </summary>
    private static Match HeredocAt(ReadOnlySpan<char> s, int at) => Heredoc().Match(new string(s[at..LineEnd(s, at)]));

    /// <summary>Where the body ends (the start of the line holding the name) and where code resumes (after that line).</summary>
    private static (int ContentEnd, int After) Terminator(ReadOnlySpan<char> s, int start, string name, bool indented)
    {
        var line = start;
        while (line < s.Length)
        {
            var end = LineEnd(s, line);
            var text = s[line..end].TrimEnd('\r');
            if ((indented ? text.Trim() : text).SequenceEqual(name))
            {
                return (line, Math.Min(end + 1, s.Length));
            }
            line = end + 1;
        }
        return (s.Length, s.Length);
    }

    private static int LineEnd(ReadOnlySpan<char> s, int from)
    {
        var end = from < s.Length ? s.IndexOfFrom('\n', from) : -1;
        return end < 0 ? s.Length : end;
    }

    private static int Next(ReadOnlySpan<char> s, int i)
    {
        if (i >= s.Length)
        {
            return s.Length;
        }
        var skip = s[i..].IndexOfAny(Openers);
        return skip < 0 ? s.Length : i + skip;
    }
}
