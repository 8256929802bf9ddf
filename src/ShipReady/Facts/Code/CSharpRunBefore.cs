using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether a C# method runs a call before a place, on every path to it, on the same object: <c>await
/// context.Database.MigrateAsync();</c> as a statement of its own, earlier in a block that still holds the place, where
/// the place is <c>context.Database.EnsureCreated()</c> or a call handed <c>context</c> (<c>Seed.SeedThemes(context)</c>).
/// </summary>
/// <remarks>
/// A call in an <c>if</c> without braces, in a branch or loop that closed before the place, or in a lambda runs on
/// some paths only, or later: it does not count. A call that throws stops the method before the place, so a
/// <c>try</c> around both changes nothing. Another object's call (<c>identityDb.Database.Migrate()</c> before
/// <c>appDb.Database.EnsureCreated()</c>) says nothing about this one.
/// </remarks>
public static partial class CSharpRunBefore
{
    /// <summary>
    /// What may stand before the call in its statement: <c>await</c> and the receiver (<c>context</c>, <c>_db</c>,
    /// <c>scope.ServiceProvider.GetRequiredService&lt;AppDb&gt;()</c>), not a keyword that makes it conditional.
    /// </summary>
    [GeneratedRegex(@"^\s*(await\s+)?(?!(if|else|while|for|foreach|switch|using|lock|return|case|do)\b)[\w.!?<>]+(\(\)[\w.!?<>]*)*$")]
    private static partial Regex PlainStatement();

    /// <summary>
    /// Whether, in the method that declares <paramref name="site"/>, a statement before it calls one of
    /// <paramref name="calls"/> on the object the site works on: the receiver before the site (its <c>.Database</c>
    /// left off), or, when the site is a call by name, one of its arguments.
    /// </summary>
    public static bool Ran(MaskedSource masked, int site, IReadOnlyList<string> calls)
    {
        var code = masked.Code;
        if (CSharpMethods.Declaring(code, site) is not { } method || method.Opener >= site)
        {
            return false;
        }
        var objects = Objects(code, site);
        var body = code[(method.Opener + 1)..site];
        foreach (var call in calls)
        {
            for (var at = body.IndexOf(call, StringComparison.Ordinal); at >= 0; at = Next(body, call, at))
            {
                var receiver = body[..at][CallMatcher.QualifiedNameStart(body, at)..].ToString();
                if (receiver.Length > 0 && objects.Contains(receiver) && IsStatement(body, at, call) && BraceBlocks.StaysOpen(body[at..])
                    && !Undone(body[(at + call.Length)..], receiver))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// What the site works on: <c>context</c> for <c>context.Database.EnsureCreated()</c> (the name before it, without
    /// <c>.Database</c>), or the plain arguments of a call by name (<c>context</c> in <c>Seed.SeedThemes(context)</c>).
    /// </summary>
    private static HashSet<string> Objects(ReadOnlySpan<char> code, int site)
    {
        var objects = new HashSet<string>(StringComparer.Ordinal);
        if (code[site] == '.')
        {
            var before = code[CallMatcher.QualifiedNameStart(code, site)..site];
            objects.Add((before.EndsWith(".Database", StringComparison.Ordinal) ? before[..^".Database".Length] : before).ToString());
            return objects;
        }
        var open = code[site..].IndexOf('(');
        if (open < 0)
        {
            return objects;
        }
        var arguments = CallMatcher.Arguments(code, site + open);
        foreach (var (start, length) in CallMatcher.Split(arguments))
        {
            objects.Add(arguments.Slice(start, length).Trim().ToString());
        }
        return objects;
    }

    private static int Next(ReadOnlySpan<char> body, string call, int at) =>
        body[(at + 1)..].IndexOf(call, StringComparison.Ordinal) is var next and >= 0 ? at + 1 + next : -1;

    /// <summary>
    /// Whether the call at <paramref name="at"/> starts its statement, after at most <c>await</c> and its receiver; an
    /// asynchronous call must be awaited there, or it may still be running at the place.
    /// </summary>
    private static bool IsStatement(ReadOnlySpan<char> body, int at, string call)
    {
        var start = BraceBlocks.StatementStart(body, at);
        var statement = body[start..at];
        return PlainStatement().IsMatch(statement)
            && (!call.EndsWith("Async(", StringComparison.Ordinal) || statement.TrimStart().StartsWith("await ", StringComparison.Ordinal)
                || Blocks(body[at..]));
    }

    /// <summary>Whether the asynchronous call at the start of <paramref name="text"/> is waited for: <c>.Wait();</c> or <c>.GetAwaiter().GetResult();</c> closes its statement.</summary>
    private static bool Blocks(ReadOnlySpan<char> text)
    {
        var open = text.IndexOf('(');
        if (open < 0)
        {
            return false;
        }
        var rest = text[(open + CallMatcher.Arguments(text, open).Length + 2)..].TrimStart();
        return rest.StartsWith(".Wait();", StringComparison.Ordinal) || rest.StartsWith(".GetAwaiter().GetResult();", StringComparison.Ordinal);
    }

    /// <summary>
    /// What, between the call and the place, undoes it or lets a path around it: the database deleted again
    /// (<c>EnsureDeleted</c>), a <c>switch</c> label or a <c>goto</c>'s target that another path jumps to, or the
    /// receiver given another object.
    /// </summary>
    [GeneratedRegex(@"\bcase\b|\bdefault\s*:|\bgoto\b|^\s*\w+\s*:\s*$", RegexOptions.Multiline)]
    private static partial Regex PathAround();

    private static bool Undone(ReadOnlySpan<char> between, string receiver)
    {
        if (between.Contains("EnsureDeleted", StringComparison.Ordinal)
            || Regex.IsMatch(between, $@"(?<![\w.]){Regex.Escape(receiver)}\s*(\?\?)?=(?![=>])", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return true;
        }
        // A label another path jumps to counts only in a block still open at the place: a switch that closed
        // before it has no path around the call.
        foreach (var match in PathAround().EnumerateMatches(between))
        {
            if (BraceBlocks.StaysOpen(between[match.Index..]))
            {
                return true;
            }
        }
        return false;
    }
}
