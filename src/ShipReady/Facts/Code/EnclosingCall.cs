namespace ShipReady.Facts.Code;

/// <summary>
/// The call a place sits in, read back from the place without a parser: the innermost bracket it is inside that
/// follows a name (<c>res.cookie(</c>, <c>session(</c>), through the objects and arrays of its arguments.
/// </summary>
/// <remarks>
/// A place inside a function body is not in the call around that function (<c>app.post("/login", (req, res) =&gt; { … })</c>):
/// the body's own statements say what it does, not the route it is handed to.
/// </remarks>
public static class EnclosingCall
{
    /// <summary>How far back the opening bracket is looked for: an options object spans a few dozen lines.</summary>
    public const int MaxCharactersBack = 4_000;

    /// <summary>How many calls out from the innermost are read: a helper or two that merges options.</summary>
    public const int MaxCallsOut = 3;

    /// <summary>Words before a bracket that open a statement, not a call.</summary>
    private static readonly HashSet<string> Statements = new(StringComparer.Ordinal) { "if", "for", "while", "switch", "catch", "function", "return" };

    /// <summary>
    /// The callee and argument list of the call around <paramref name="index"/> in <paramref name="code"/> (comments
    /// blanked), as offsets; null when the place is in no call within reach.
    /// </summary>
    public static (int Start, int End)? Around(ReadOnlySpan<char> code, int index)
    {
        var depth = 0;
        for (var i = index - 1; i >= Math.Max(0, index - MaxCharactersBack); i--)
        {
            switch (code[i])
            {
                case ')' or ']' or '}':
                    depth++;
                    break;
                case '(' or '[' or '{' when depth > 0:
                    depth--;
                    break;
                case '{' when OpensBody(code[..i]):
                    return null;
                case '(':
                    var start = CallMatcher.QualifiedNameStart(code, i);
                    var callee = code[start..i];
                    if (callee.IsEmpty || Statements.Contains(callee.ToString()))
                    {
                        return null;
                    }
                    var arguments = CallMatcher.Arguments(code, i);
                    return (start, Math.Min(code.Length, i + 2 + arguments.Length));
            }
        }
        return null;
    }

    /// <summary>Whether a <c>{</c> after <paramref name="before"/> opens a function's or a statement's body rather than an object.</summary>
    private static bool OpensBody(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        return before.EndsWith(")") || before.EndsWith("=>") || before.EndsWith("else") || before.EndsWith("try");
    }
}
