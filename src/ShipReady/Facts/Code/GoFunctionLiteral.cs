using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// A function literal written inside a Go function (<c>go func(v string) {…}(name)</c>, <c>run := func(name string) {…}</c>):
/// its parameters hide the outer function's names, and what they hold is what the literal is called with, at once or
/// through the name it is assigned to.
/// </summary>
/// <param name="Parameters">The literal's parameters' names in order.</param>
/// <param name="BodyStart">Where its body's text starts, after the <c>{</c>.</param>
/// <param name="AssignedTo">The name it is assigned to (<c>run := func(…)</c>), through which it is called; else null.</param>
/// <param name="Invocation">Where the brackets of the call that follows its body open (<c>}(name)</c>); -1 when none does.</param>
public sealed partial record GoFunctionLiteral(ImmutableArray<string> Parameters, int BodyStart, string? AssignedTo, int Invocation)
{
    /// <summary>
    /// The innermost function literal whose body holds <paramref name="index"/>, between <paramref name="from"/> (the outer
    /// function's body) and the place; null when the place is in none.
    /// </summary>
    public static GoFunctionLiteral? Innermost(MaskedSource masked, int from, int index)
    {
        var code = masked.Code;
        foreach (var opener in BraceBlocks.Openers(code, index))
        {
            if (opener < from)
            {
                break;
            }
            var start = BraceBlocks.StatementStart(code, opener);
            var header = masked.CodeText[start..opener];
            if (Header().Match(header) is not { Success: true } literal)
            {
                continue;
            }
            var open = start + literal.Index + literal.Length - 1;
            var parameters = CallMatcher.Arguments(code, open);
            if (open + parameters.Length + 1 >= opener)
            {
                // The brace is inside the literal's parameters (a struct type's), not its body's.
                continue;
            }
            var body = CallMatcher.Arguments(code, opener);
            var end = opener + body.Length + 1;
            var invocation = -1;
            if (end < code.Length && code[end] == '}')
            {
                var after = end + 1;
                while (after < code.Length && code[after] is ' ' or '\t')
                {
                    after++;
                }
                invocation = after < code.Length && code[after] == '(' ? after : -1;
            }
            var assigned = Assignment().Match(header[..literal.Index]);
            return new GoFunctionLiteral(GoValueFlow.Names(parameters), opener + 1, assigned.Success ? assigned.Groups["name"].Value : null, invocation);
        }
        return null;
    }

    /// <summary>Whether the name at <paramref name="at"/> is given a function literal there (<c>run := func(</c>, <c>run = func(</c>).</summary>
    public static bool NamedAt(ReadOnlySpan<char> code, int at)
    {
        var rest = code[at..];
        var lineEnd = rest.IndexOf('\n');
        return Named().IsMatch(lineEnd < 0 ? rest : rest[..lineEnd]);
    }

    /// <summary>
    /// Where the argument the literal is called with at once, at <paramref name="position"/>, stands and how long it is;
    /// null when it is not called at once, or the call passes fewer arguments or spreads a slice.
    /// </summary>
    public (int Start, int Length)? InvokedWith(MaskedSource masked, int position)
    {
        if (Invocation < 0)
        {
            return null;
        }
        var arguments = CallMatcher.Arguments(masked.Code, Invocation);
        var parts = CallMatcher.Split(arguments);
        if (position >= parts.Count || arguments.Slice(parts[position].Start, parts[position].Length).EndsWith("...", StringComparison.Ordinal))
        {
            return null;
        }
        return (Invocation + 1 + parts[position].Start, parts[position].Length);
    }

    // The last literal's opening on a block's header: go func(, defer func(, HandleFunc("/", func(, run := func(.
    [GeneratedRegex(@"\bfunc\s*\(", RegexOptions.RightToLeft)]
    private static partial Regex Header();

    // A literal given the name that starts the text: run := func(, run = func(.
    [GeneratedRegex(@"^\w+\s*:?=\s*func\s*\(")]
    private static partial Regex Named();

    // What is written before the literal when a name is given it: run := , var run = , run = .
    [GeneratedRegex(@"(?:^|[\s;(])(?:var\s+)?(?<name>[A-Za-z_]\w*)\s*(?:[A-Za-z_][\w.]*\s*)?:?=\s*$")]
    private static partial Regex Assignment();
}
