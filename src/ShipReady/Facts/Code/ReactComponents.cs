using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// JavaScript and TypeScript, React code that runs in the page: a module marked <c>"use client"</c>, and a place inside a
/// React function component or hook, a function named as one (<c>LinkSheet</c>, <c>useTeams</c>) whose body calls one of
/// React's state or effect hooks. Those run only where the component renders in the page, so the handlers and effects written inside one are the browser's code, even in a
/// module not marked <c>"use client"</c> (a Next.js Pages Router page, a component it imports).
/// </summary>
/// <remarks>
/// The name and the hook are both needed: a server calls helpers named like hooks too (Nitro's <c>useRuntimeConfig()</c>,
/// next-intl's <c>useTranslations()</c>, in a handler or a server component), and a route handler is named in capitals
/// (<c>GET</c>). A loader or action beside a component in the same module (Remix) is a function of its own, outside the
/// component; a server action written inside one starts with <c>"use server"</c>.
/// </remarks>
public static partial class ReactComponents
{
    /// <summary>
    /// Whether the module's first statement is the <c>"use client"</c> directive, which marks a React component module
    /// (Next.js's App Router) as code that runs in the browser.
    /// </summary>
    public static bool ClientModule(MaskedSource masked) => FirstStatement(masked) is { } first && UseClient().IsMatch(first);

    /// <summary>Whether the module's first statement is <c>"use server"</c>: every function it exports is a server action.</summary>
    public static bool ServerModule(MaskedSource masked) => FirstStatement(masked) is { } first && UseServer().IsMatch(first);

    private static string? FirstStatement(MaskedSource masked)
    {
        for (var l = 1; l <= masked.LineCount; l++)
        {
            var code = masked.CodeAndStringsLine(l).Trim();
            if (code.Length > 0)
            {
                return code;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(['""])use client\1\s*;?$")]
    private static partial Regex UseClient();

    [GeneratedRegex(@"^(['""])use server\1\s*;?$")]
    private static partial Regex UseServer();

    /// <summary>Whether the file calls one of the hooks at all: without one, no place in it is inside a component.</summary>
    public static bool CallsHooks(MaskedSource masked) => HookCall().IsMatch(masked.Code);

    /// <summary>Whether a function around <paramref name="index"/> in the masked code is a component or hook that calls a hook.</summary>
    public static bool Encloses(MaskedSource masked, int index)
    {
        var code = masked.Code;
        foreach (var opener in BraceBlocks.Openers(code, index))
        {
            if (ServerDirective(masked, opener))
            {
                // A server action written inside a component ("use server" as its first statement) runs on the server.
                return false;
            }
            if (ScriptFunctions.Head(masked, opener) is { Kind: ScriptFunctions.HeadKind.NamedFunction, Signature: { } function }
                && ComponentOrHookName().IsMatch(function.Name)
                && HookCall().IsMatch(code[opener..BlockEnd(code, opener)]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the block opened at <paramref name="opener"/> starts with the <c>"use server"</c> directive.</summary>
    private static bool ServerDirective(MaskedSource masked, int opener)
    {
        var text = masked.CodeAndStrings;
        var rest = text[(opener + 1)..Math.Min(text.Length, opener + 200)].TrimStart();
        return rest.StartsWith("\"use server\"") || rest.StartsWith("'use server'");
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

    /// <summary>
    /// A component's name is in PascalCase (a capital, then a small letter somewhere: not <c>GET</c>, a route handler); a
    /// hook's starts with <c>use</c> and a capital.
    /// </summary>
    [GeneratedRegex(@"^(?:[A-Z][A-Z0-9_]*[a-z]|use[A-Z])")]
    private static partial Regex ComponentOrHookName();

    /// <summary>
    /// A call of one of React's hooks that keep state or run effects, which a server component may not call
    /// (<c>useState(</c>, <c>useState&lt;Map&lt;string, T&gt;&gt;(</c>, <c>React.useEffect(</c>), or of a data hook built
    /// on them (SWR, React Query, the router's); not a method of another object (<c>app.useGlobalPipes(</c>) nor a
    /// hook-like helper a server calls too (<c>useRuntimeConfig</c>, <c>useTranslations</c>).
    /// </summary>
    [GeneratedRegex(@"(?:(?<![\w$.])|\bReact\s*\.\s*)(?:useState|useReducer|useEffect|useLayoutEffect|useInsertionEffect|useRef|useContext|useCallback|useMemo|useTransition|useDeferredValue|useImperativeHandle|useSyncExternalStore|useOptimistic|useActionState|useFormStatus|useSWR|useSWRMutation|useQuery|useMutation|useInfiniteQuery|useRouter|usePathname|useSearchParams|useParams|useNavigate)\s*(?:<[^()]*>)?\s*\(")]
    private static partial Regex HookCall();
}
