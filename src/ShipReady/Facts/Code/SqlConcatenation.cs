using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether the SQL a call is given is joined with <c>+</c> from parts the code fixes: string literals, constants
/// named in capitals (<c>DEFAULT_TABLE_NAME</c>) and numbers (<c>str(int(dim))</c>).
/// </summary>
/// <remarks>
/// A table name kept in a module constant is pasted in because a driver binds values, never names; nothing a user
/// sends can reach it. One other part, a name in lower case, a call, an f-string, a <c>%</c> or <c>.format(</c>,
/// keeps the finding: what it holds is decided elsewhere.
/// </remarks>
public static partial class SqlConcatenation
{
    [GeneratedRegex(@"^[rRbBuU]{0,2}(""""""[\s\S]*""""""|'''[\s\S]*'''|""[^""\n]*""|'[^'\n]*')$")]
    private static partial Regex Literal();

    [GeneratedRegex(@"^(\w+\.)*[A-Z][A-Z0-9_]*$")]
    private static partial Regex Constant();

    [GeneratedRegex(@"^str\(\s*(int|len)\([^()]*(\([^()]*\))?[^()]*\)\s*\)$|^\d+$")]
    private static partial Regex Number();

    /// <summary>
    /// True when the first argument of the first call the match at <paramref name="index"/> opens is a <c>+</c> chain
    /// of fixed parts only; false otherwise, and when the match opens no call.
    /// </summary>
    public static bool OnlyFixedParts(MaskedSource masked, int index, int length)
    {
        var code = masked.Code;
        var open = CallMatcher.FirstOpened(code, index, length);
        if (open < 0)
        {
            return false;
        }
        var arguments = CallMatcher.Arguments(code, open);
        if (CallMatcher.Split(arguments) is not [var first, ..])
        {
            return false;
        }
        var start = open + 1 + first.Start;
        var text = masked.CodeAndStrings.Slice(start, first.Length);
        var operands = 0;
        foreach (var (at, size) in CallMatcher.Split(code.Slice(start, first.Length), '+'))
        {
            var operand = text.Slice(at, size).ToString();
            if (!IsFixedPart(operand))
            {
                return false;
            }
            operands++;
        }
        return operands > 1;
    }

    /// <summary>Whether one operand of a <c>+</c> chain is fixed by the code: a string literal, a capitals constant, a number.</summary>
    internal static bool IsFixedPart(string operand) => Literal().IsMatch(operand) || Constant().IsMatch(operand) || Number().IsMatch(operand);
}
