using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Go values that can only be numbers: Go has no operator overloading, so <c>page*size - size</c> is a number whatever
/// its operands hold, and a variable that the function subtracts, multiplies or divides is of a number type.
/// </summary>
/// <remarks>
/// A number formatted into SQL (<c>fmt.Sprintf(" LIMIT %d, %d", start, pagePosts)</c>) gives digits, or fmt's own
/// <c>%!d(…)</c> text of the number: never text a user wrote. The operators are read as gofmt writes them: a binary
/// <c>*</c> has the same spacing on both sides, so <c>var p *T</c> and <c>= *p</c> are not products; <c>&lt;-</c>
/// receives from a channel.
/// </remarks>
public static partial class GoNumbers
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether the expression (strings blanked) applies <c>-</c>, <c>*</c>, <c>/</c> or <c>%</c> at its top level to an
    /// operand before it: its value is a number (or a comparison of numbers).
    /// </summary>
    public static bool IsArithmetic(string expression)
    {
        var depth = 0;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            depth += c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            if (depth == 0 && c is '-' or '*' or '/' or '%' && IsBinary(expression, i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a variable of a number type in the function: a parameter it does not declare
    /// again, or a local it declares once, that an operator takes as an operand after the declaration.
    /// </summary>
    /// <param name="body">The function's code from its <c>func</c> line, strings blanked.</param>
    /// <param name="bodyStart">Where its body starts in <paramref name="body"/>.</param>
    public static bool IsNumberVariable(string body, int bodyStart, string name, bool isParameter)
    {
        var declarations = 0;
        var operand = false;
        foreach (Match mention in GoNameMentions.Of(body[bodyStart..], name))
        {
            var at = bodyStart + mention.Index;
            var end = at + mention.Length;
            if (Declares(body, at, end))
            {
                declarations++;
                operand = false;
                continue;
            }
            operand |= IsOperand(body, at, end);
        }
        return operand && (isParameter ? declarations == 0 : declarations == 1);
    }

    /// <summary>A declaration of the name: in a <c>:=</c>'s names, after <c>var</c> or <c>const</c>, in such a block, or as a closure's parameter or named result.</summary>
    private static bool Declares(string body, int at, int end)
    {
        var after = body.AsSpan(end);
        var lineStart = body.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        return DeclaringAssignment().IsMatch(after)
            || Regex.IsMatch(body[lineStart..at], @"\b(var|const)\s+([A-Za-z_]\w*\s*,\s*)*$", RegexOptions.None, Timeout)
            || GoNameMentions.InDeclarationList(body, at);
    }

    /// <summary>The rest of a <c>:=</c>'s names up to it: <c> :=</c>, <c>, err :=</c>.</summary>
    [GeneratedRegex(@"^[ \t]*(,[ \t]*[A-Za-z_][\w, \t]*)?:=")]
    private static partial Regex DeclaringAssignment();

    /// <summary>Whether the mention at <paramref name="at"/> is an operand of <c>-</c>, <c>*</c>, <c>/</c> or <c>%</c>, or of <c>++</c>/<c>--</c>.</summary>
    private static bool IsOperand(string body, int at, int end)
    {
        var next = end;
        while (next < body.Length && body[next] is ' ' or '\t')
        {
            next++;
        }
        if (next < body.Length && body[next] is '-' or '*' or '/' or '%' && IsBinary(body, next))
        {
            return true;
        }
        if (next + 1 < body.Length && body[next] == body[next + 1] && body[next] is '+' or '-')
        {
            return true;
        }
        var previous = at - 1;
        while (previous >= 0 && body[previous] is ' ' or '\t')
        {
            previous--;
        }
        if (previous < 0 || body[previous] is not ('-' or '*' or '/' or '%'))
        {
            return false;
        }
        // A unary minus takes a number too; `<-` receives, and a unary `*` reads a pointer.
        return body[previous] == '-' ? previous == 0 || body[previous - 1] != '<' : IsBinary(body, previous);
    }

    /// <summary>
    /// Whether the operator at <paramref name="at"/> takes an operand before it (a name, a number, a closing bracket),
    /// with gofmt's spacing for <c>*</c>, and is not <c>&lt;-</c>, <c>//</c> or <c>-&gt;</c>.
    /// </summary>
    private static bool IsBinary(string text, int at)
    {
        var before = at - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }
        if (before < 0 || !(CallMatcher.IsWordChar(text[before]) || text[before] is ')' or ']'))
        {
            return false;
        }
        if (text[at] == '*' && text[before] == ']')
        {
            // `[]*T`, `map[K]*V`: a pointer type.
            return false;
        }
        var spaceBefore = before < at - 1;
        var after = at + 1 < text.Length ? text[at + 1] : '\n';
        if (text[at] == '*')
        {
            // `a * b` and `a*b` multiply; `p *T` declares a pointer. `a *= b` multiplies too.
            return after == '=' || (after is ' ' or '\t') == spaceBefore && after != '\n';
        }
        return text[at] != '/' || after != '/';
    }
}
