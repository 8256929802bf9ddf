using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// JavaScript and TypeScript: whether a place sits inside a React function component or hook, a function named as one
/// (<c>LinkSheet</c>, <c>useTeams</c>) whose body calls a hook. Hooks run only where the component renders in the page,
/// so the handlers and effects written inside one are the browser's code, even in a module not marked
/// <c>"use client"</c> (a Next.js Pages Router page, a component it imports).
/// </summary>
/// <remarks>
/// A function is not enough without its name: a server's handlers call functions named like hooks too (Nitro's
/// <c>defineEventHandler(async (event) =&gt; { useRuntimeConfig() … })</c>), but in an unnamed callback. A loader or
/// action beside a component in the same module (Remix) is a function of its own, outside the component, and is not read
/// as one.
/// </remarks>
public static partial class ReactComponents
{
    /// <summary>Whether a function around <paramref name="index"/> in the masked code is a component or hook that calls a hook.</summary>
    public static bool Encloses(MaskedSource masked, int index)
    {
        var code = masked.Code;
        foreach (var opener in BraceBlocks.Openers(code, index))
        {
            if (ScriptFunctions.Head(masked, opener) is { Kind: ScriptFunctions.HeadKind.NamedFunction, Signature: { } function }
                && ComponentOrHookName().IsMatch(function.Name)
                && HookCall().IsMatch(code[opener..BlockEnd(code, opener)]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The offset just past the <c>}</c> that closes the block opened at <paramref name="opener"/>, or the code's end.</summary>
    private static int BlockEnd(ReadOnlySpan<char> code, int opener)
    {
        var depth = 0;
        for (var i = opener; i < code.Length; i++)
        {
            if (code[i] == '{')
            {
                depth++;
            }
            else if (code[i] == '}' && --depth == 0)
            {
                return i + 1;
            }
        }
        return code.Length;
    }

    /// <summary>A component's name starts with a capital; a hook's with <c>use</c> and a capital.</summary>
    [GeneratedRegex(@"^(?:[A-Z]|use[A-Z])")]
    private static partial Regex ComponentOrHookName();

    /// <summary>
    /// A call of a hook, <c>useState(</c>, <c>useState&lt;string&gt;(</c> or <c>React.useEffect(</c>; not a method of
    /// another object (<c>app.useGlobalPipes(</c>).
    /// </summary>
    [GeneratedRegex(@"(?:(?<![\w$.])|\bReact\s*\.\s*)use[A-Z][\w$]*\s*(?:<(?:[^<>()]|<[^<>()]*>)*>)?\s*\(")]
    private static partial Regex HookCall();
}
