using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether the SQL a call is given is joined with <c>+</c> from parts the code fixes: string literals, constants
/// named in capitals (<c>DEFAULT_TABLE_NAME</c>) and numbers (<c>str(int(dim))</c>). In Python, a literal formatted with
/// <c>%</c> from such parts, and an f-string whose every hole is one, are fixed too.
/// </summary>
/// <remarks>
/// A table name kept in a module constant is pasted in because a driver binds values, never names; nothing a user
/// sends can reach it. So is a Django model's table name (<c>self.model._meta.db_table</c>): set in the model's
/// <c>Meta</c> or made from its app's and class's names when the code is loaded. One other part, a name in lower case,
/// a call, a <c>.format(</c>, keeps the finding: what it holds is decided elsewhere.
/// </remarks>
public static partial class SqlConcatenation
{
    [GeneratedRegex(@"^[rRbBuU]{0,2}(""""""[\s\S]*""""""|'''[\s\S]*'''|""[^""\n]*""|'[^'\n]*')$")]
    private static partial Regex Literal();

    [GeneratedRegex(@"^(\w+\.)*[A-Z][A-Z0-9_]*$")]
    private static partial Regex Constant();

    [GeneratedRegex(@"^str\(\s*(int|len)\([^()]*(\([^()]*\))?[^()]*\)\s*\)$|^\d+$")]
    private static partial Regex Number();

    /// <summary>Django's table name of a model, read from its options: <c>Book._meta.db_table</c>, <c>self.model._meta.db_table</c>.</summary>
    [GeneratedRegex(@"^([A-Za-z_]\w*\.)*_meta\.db_table$")]
    private static partial Regex DjangoTable();


    /// <summary>
    /// True when the first argument of the first call the match at <paramref name="index"/> opens is a <c>+</c> chain
    /// of fixed parts only, or in Python a literal formatted with <c>%</c> from them or an f-string of them; false
    /// otherwise, and when the match opens no call.
    /// </summary>
    public static bool OnlyFixedParts(MaskedSource masked, int index, int length, Language? language = null)
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
        var python = language == Language.Python;
        var chain = CallMatcher.Split(code.Slice(start, first.Length), '+');
        if (python && chain.Count == 1)
        {
            return Formatted(code.Slice(start, first.Length), text) || IsFStringOfFixedParts(text.ToString());
        }
        foreach (var (at, size) in chain)
        {
            var operand = text.Slice(at, size).ToString();
            if (!(IsFixedPart(operand) || (python && IsPythonFixedPart(operand))))
            {
                return false;
            }
        }
        return chain.Count > 1;
    }

    /// <summary>Whether one operand of a <c>+</c> chain is fixed by the code: a string literal, a capitals constant, a number.</summary>
    internal static bool IsFixedPart(string operand) => Literal().IsMatch(operand) || Constant().IsMatch(operand) || Number().IsMatch(operand);

    /// <summary>A fixed part, or what Python adds: a Django model's table name, an f-string whose every hole is fixed.</summary>
    private static bool IsPythonFixedPart(string operand) =>
        IsFixedPart(operand) || DjangoTable().IsMatch(operand) || IsFStringOfFixedParts(operand);

    /// <summary>
    /// <c>"… '%s'" % self.model._meta.db_table</c>, or <c>% (A, B)</c>: a literal formatted with <c>%</c> from fixed parts
    /// alone. Read on the code (strings blanked) for the operator, and on <paramref name="text"/> for the parts.
    /// </summary>
    private static bool Formatted(ReadOnlySpan<char> code, ReadOnlySpan<char> text)
    {
        if (CallMatcher.Split(code, '%') is not [var format, var values] || !Literal().IsMatch(text.Slice(format.Start, format.Length)))
        {
            return false;
        }
        var value = text.Slice(values.Start, values.Length).ToString();
        if (value.Length > 1 && value[0] == '(' && CallMatcher.Arguments(value, 0).Length == value.Length - 2)
        {
            // A tuple, `(a,)` among them; a value in brackets alone is the value.
            var items = CallMatcher.Split(value.AsSpan(1, value.Length - 2));
            return items.Count > 0 && items.TrueForAll(i => IsPythonFixedPart(value.Substring(1 + i.Start, i.Length)));
        }
        return IsPythonFixedPart(value);
    }

    /// <summary>Whether the text is f-string literals, with a hole at least, whose every hole is a fixed part (<c>f"… FROM {Book._meta.db_table}"</c>).</summary>
    private static bool IsFStringOfFixedParts(string operand) =>
        PythonStrings.Read(operand) is { Formatted: true, FormatArguments: null, Holes.Count: > 0 } literals
        && literals.Holes.All(h => IsPythonFixedPart(h.Trim()));
}
