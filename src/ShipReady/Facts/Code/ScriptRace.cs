using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether a JavaScript or TypeScript call is raced against a timer: <c>Promise.race([fetch(url), new Promise((resolve)
/// =&gt; setTimeout(resolve, 150))])</c> or <c>Promise.race([fetch(url), timeout(5000)])</c>.
/// </summary>
/// <remarks>
/// The race settles when the timer does, so whoever awaits it waits no longer than the timer, which is what a timeout on
/// the call would give. A race between two requests, or one whose other entry names no timer, bounds nothing.
/// </remarks>
public static partial class ScriptRace
{
    /// <summary>
    /// A timer in the race's other entries: <c>setTimeout(</c>, a call of a delay or a sleep, or a name that says it is a
    /// timeout (<c>timeout(5000)</c>, <c>timeoutPromise</c>, <c>deadlineTimer</c>).
    /// </summary>
    [GeneratedRegex(@"\b(setTimeout\s*\(|(delay|sleep|wait)\s*\(|\w*([tT]imeout|[tT]imer|[dD]eadline)\w*)")]
    private static partial Regex Timer();

    /// <summary>
    /// Whether the call starting at <paramref name="index"/>, whose argument list opens at <paramref name="open"/>, is an
    /// entry of a <c>Promise.race([…])</c> that also holds a timer.
    /// </summary>
    public static bool AgainstTimer(ReadOnlySpan<char> code, int index, int open)
    {
        if (open < 0 || EnclosingCall.Around(code, index) is not var (start, end))
        {
            return false;
        }
        var call = code[start..end];
        if (!call.StartsWith("Promise.race") || call["Promise.race".Length..].TrimStart() is not ['(', ..] rest
            || !rest[1..].TrimStart().StartsWith("["))
        {
            return false;
        }
        // The call's own text is left out, so that a timer inside it (`fetch(url, { signal: timeout(…) })`) is not taken
        // for the race's.
        var close = open + 1 + CallMatcher.Arguments(code, open).Length;
        var before = code[start..index];
        var after = code[Math.Min(end, close + 1)..end];
        return Timer().IsMatch(before) || Timer().IsMatch(after);
    }
}
