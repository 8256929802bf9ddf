using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether a C# method runs a call before a place, on every path to it: <c>await context.Database.MigrateAsync();</c>
/// as a statement of its own, earlier in a block that still holds the place.
/// </summary>
/// <remarks>
/// A call in an <c>if</c> without braces, in a branch or loop that closed before the place, or in a lambda runs on
/// some paths only, or later: it does not count. A call that throws stops the method before the place, so a
/// <c>try</c> around both changes nothing.
/// </remarks>
public static partial class CSharpRunBefore
{
    /// <summary>
    /// What may stand before the call in its statement: <c>await</c> and the receiver (<c>context</c>, <c>_db</c>,
    /// <c>scope.ServiceProvider.GetRequiredService&lt;AppDb&gt;()</c>), not a keyword that makes it conditional.
    /// </summary>
    [GeneratedRegex(@"^\s*(await\s+)?(?!(if|else|while|for|foreach|switch|using|lock|return|case|do)\b)[\w.!?<>]+(\(\)[\w.!?<>]*)*$")]
    private static partial Regex PlainStatement();

    /// <summary>Whether, in the method that declares <paramref name="site"/>, a statement before it calls one of <paramref name="calls"/>.</summary>
    public static bool Ran(MaskedSource masked, int site, IReadOnlyList<string> calls)
    {
        var code = masked.Code;
        if (CSharpMethods.Declaring(code, site) is not { } method || method.Opener >= site)
        {
            return false;
        }
        var body = code[(method.Opener + 1)..site];
        foreach (var call in calls)
        {
            for (var at = body.IndexOf(call, StringComparison.Ordinal); at >= 0; at = Next(body, call, at))
            {
                if (IsStatement(body, at) && StillOpen(body[at..]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static int Next(ReadOnlySpan<char> body, string call, int at) =>
        body[(at + 1)..].IndexOf(call, StringComparison.Ordinal) is var next and >= 0 ? at + 1 + next : -1;

    /// <summary>Whether the call at <paramref name="at"/> starts its statement, after at most <c>await</c> and its receiver.</summary>
    private static bool IsStatement(ReadOnlySpan<char> body, int at)
    {
        var start = body[..at].LastIndexOfAny(';', '{', '}') + 1;
        return PlainStatement().IsMatch(body[start..at]);
    }

    /// <summary>Whether no block that holds the start of <paramref name="text"/> closes before its end.</summary>
    private static bool StillOpen(ReadOnlySpan<char> text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth < 0)
            {
                return false;
            }
        }
        return true;
    }
}
