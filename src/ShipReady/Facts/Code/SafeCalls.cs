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
public sealed class SafeCalls
{
    /// <summary>No method is safe: every call is judged by what it returns.</summary>
    public static SafeCalls None { get; } = new([]);

    private static readonly ConditionalWeakTable<CodePattern, SafeCalls> ByPattern = [];

    private readonly Regex? _name;

    /// <param name="names">Method names, with a receiver when one is needed (<c>ERB::Util.h</c>, <c>I18n.l</c>), and
    /// <c>*</c> standing for any part of a name (<c>*_tag</c>, <c>*_path</c>).</param>
    public SafeCalls(IEnumerable<string> names)
    {
        var alternatives = names.Select(Alternative).ToList();
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
    /// <c>h(x)</c>. A call written without brackets (<c>h user</c>, <c>check_box_tag 'a', id</c>) takes the rest of the
    /// expression, as Ruby reads it; a safe name with nothing after it is left alone, since it may be a local variable.
    /// </summary>
    public string Blank(string expression)
    {
        if (_name is null)
        {
            return expression;
        }
        var text = new StringBuilder(expression);
        var from = 0;
        while (from < text.Length && _name.Match(text.ToString(), from) is { Success: true } call)
        {
            var end = call.Index + call.Length;
            var current = text.ToString();
            if (end < current.Length && current[end] == '(')
            {
                end += CallMatcher.Arguments(current, end).Length + 2;
            }
            else if (TakesArgumentsWithoutBrackets(current, end))
            {
                end = current.Length;
            }
            else
            {
                from = end;
                continue;
            }
            end = Math.Min(end, current.Length);
            text.Remove(call.Index, end - call.Index).Insert(call.Index, "nil");
            from = call.Index + 3;
        }
        return text.ToString();
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
        if (rest.IsEmpty || "+-*/%=<>?:|&)]},.;!~^".Contains(rest[0]))
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
}
