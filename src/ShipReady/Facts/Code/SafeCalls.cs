using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using ShipReady.Catalog;

namespace ShipReady.Facts.Code;

/// <summary>
/// The Ruby methods whose result a sink accepts whatever they are given (a pattern's <c>escapedBy</c>): for HTML, the
/// escapers (<c>h</c>, <c>sanitize</c>) and the helpers that build markup and escape what they put in it (<c>link_to</c>,
/// <c>content_tag</c>), and translations the code wrote (<c>l(:label)</c>). A call of one of them is a value made by the
/// code, however it is written: <c>h(user)</c>, <c>h user</c>, <c>::I18n.l(date)</c>.
/// </summary>
public sealed partial class SafeCalls
{
    /// <summary>No method is safe: every call is judged by what it returns.</summary>
    public static SafeCalls None { get; } = new([]);

    private static readonly ConditionalWeakTable<CodePattern, SafeCalls> ByPattern = [];

    private readonly Regex? _name;
    private readonly HashSet<string> _literalOnly = new(StringComparer.Ordinal);

    /// <param name="names">Method names, with a receiver when one is needed (<c>ERB::Util.h</c>, <c>I18n.l</c>), and
    /// <c>*</c> standing for any part of a name (<c>*_tag</c>, <c>*_path</c>).</param>
    public SafeCalls(IEnumerable<string> names)
    {
        var list = names.ToList();
        foreach (var name in list.Where(n => n.EndsWith("()", StringComparison.Ordinal)))
        {
            _literalOnly.Add(name[..^2]);
        }
        var alternatives = list.Select(n => Alternative(n.EndsWith("()", StringComparison.Ordinal) ? n[..^2] : n)).ToList();
        if (alternatives.Count > 0)
        {
            // A name counts where a call starts: not a method of another receiver, not part of a longer name.
            _name = new Regex(
                $@"(?<![\w.:@$])(?:::)?(?:{string.Join('|', alternatives)})(?![\w?!])",
                RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Whether no method is safe.</summary>
    public bool IsEmpty => _name is null;

    /// <summary>The pattern's safe calls, built once per pattern.</summary>
    public static SafeCalls For(CodePattern pattern) =>
        pattern.EscapedBy.IsEmpty ? None : ByPattern.GetValue(pattern, p => new SafeCalls(p.EscapedBy));

    /// <summary>
    /// The expression with each call of a safe method, arguments and all, read as <c>nil</c>: <c>link_to(x, y)</c>,
    /// <c>h(x)</c>. A call written without brackets (<c>h user</c>, <c>check_box_tag 'a', id</c>) takes what follows up
    /// to the end of its statement: a bracket it did not open, a <c>;</c> or the end of the line. A safe name with
    /// nothing after it is left alone, since it may be a local variable. A translation (<c>t</c>, written <c>t()</c>
    /// among the names) is safe only when every argument is a literal: an interpolated option is not escaped.
    /// </summary>
    public string Blank(string expression)
    {
        if (_name is null)
        {
            return expression;
        }
        try
        {
            return BlankCalls(expression);
        }
        catch (RegexMatchTimeoutException)
        {
            // A name list that cannot be read in time over this text makes nothing safe.
            return expression;
        }
    }

    private string BlankCalls(string expression)
    {
        var text = new StringBuilder(expression.Length);
        var copied = 0;
        for (var call = _name!.Match(expression); call.Success; call = _name.Match(expression, Math.Max(copied, call.Index + 1)))
        {
            if (call.Index < copied || call.Length == 0)
            {
                continue;
            }
            var end = call.Index + call.Length;
            int close;
            if (end < expression.Length && expression[end] == '(')
            {
                close = Math.Min(expression.Length, end + CallMatcher.Arguments(expression, end).Length + 2);
            }
            else if (TakesArgumentsWithoutBrackets(expression, end))
            {
                close = EndOfStatement(expression, end);
            }
            else
            {
                continue;
            }
            if (_literalOnly.Contains(call.Value.TrimStart(':')) && !LiteralArguments(expression.AsSpan(end, close - end)))
            {
                continue;
            }
            text.Append(expression, copied, call.Index - copied).Append("nil");
            copied = close;
            if (copied >= expression.Length)
            {
                break;
            }
        }
        return copied == 0 && text.Length == 0 ? expression : text.Append(expression, copied, expression.Length - copied).ToString();
    }

    /// <summary>Where a call without brackets ends: at a closing bracket it did not open, a <c>;</c> or a line's end.</summary>
    private static int EndOfStatement(string text, int from)
    {
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    if (--depth < 0)
                    {
                        return i;
                    }
                    break;
                case ';' or '\n':
                    if (depth == 0)
                    {
                        return i;
                    }
                    break;
            }
        }
        return text.Length;
    }

    /// <summary>Whether the arguments are literals only: <c>(:label)</c>, <c> 'x', count: 2</c>.</summary>
    private static bool LiteralArguments(ReadOnlySpan<char> arguments)
    {
        var inner = arguments.Trim();
        if (inner.Length > 1 && inner[0] == '(' && inner[^1] == ')')
        {
            inner = inner[1..^1];
        }
        var text = inner.ToString();
        foreach (var (start, length) in CallMatcher.Split(text))
        {
            var argument = text.Substring(start, length).Trim();
            var value = KeyPrefix().Replace(argument, "");
            if (!RubyValueFlow.IsLiteral(value))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the whole expression is one call of a safe method.</summary>
    public bool IsSafeCall(string expression) => !IsEmpty && Blank(expression.Trim()).Trim() == "nil";

    /// <summary>A name followed by a space and then an argument, not an operator or a keyword: <c>h user</c>, not <c>tag if x</c>.</summary>
    private static bool TakesArgumentsWithoutBrackets(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ')
        {
            return false;
        }
        var rest = text.AsSpan(end).TrimStart();
        // A colon starts a symbol argument (t :welcome), not a ternary's branch (a ? h : x).
        var symbol = rest.Length > 1 && rest[0] == ':' && (char.IsAsciiLetter(rest[1]) || rest[1] is '_' or '"' or '\'');
        if (rest.IsEmpty || (!symbol && "+-*/%=<>?:|&)]},.;!~^".Contains(rest[0])))
        {
            return false;
        }
        var word = rest;
        var length = 0;
        while (length < word.Length && (char.IsLetterOrDigit(word[length]) || word[length] == '_'))
        {
            length++;
        }
        return word[..length] is not ("if" or "unless" or "and" or "or" or "then" or "do" or "rescue" or "while" or "until");
    }

    private static string Alternative(string name) =>
        Regex.Escape(name).Replace(@"\*", @"\w*", StringComparison.Ordinal);

    // A hash key before a value: "count: ", ":count => ".
    [GeneratedRegex(@"^(?:[a-z_]\w*:\s+|:[a-z_]\w*\s*=>\s*)")]
    private static partial Regex KeyPrefix();
}
