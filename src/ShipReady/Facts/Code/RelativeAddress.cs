using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// JavaScript and TypeScript: whether a call's first argument is an address relative to the page that runs it
/// (<c>/api/tags</c>, <c>./status</c>), written in the call or held in a local whose every value is one:
/// <c>const url = id ? `/api/tags/${id}` : '/api/tags'</c>, then <c>fetch(url, …)</c>. Node's fetch rejects such an
/// address, so the call is the page calling the server that served it. A file shipped beside the module
/// (<c>new URL("./font.ttf", import.meta.url)</c>) is read from the app's own bundle, not from another service.
/// </summary>
/// <remarks>
/// Every line above that assigns the local counts, inside a branch or not, up to its declaration in a block around the
/// call: each must give a relative address, or add to one (<c>url += `?page=${page}`</c>). A value of any other shape (a
/// name, a call, <c>`${base}/api`</c>), a parameter, or a declaration out of reach, and the call stands.
/// </remarks>
public static partial class RelativeAddress
{
    /// <summary>How many lines a value written across lines (a ternary with an arm per line) is read over.</summary>
    private const int MaxValueLines = 6;

    /// <summary>Whether the call whose argument list opens at <paramref name="open"/> takes a relative address first.</summary>
    public static bool FirstArgument(MaskedSource masked, int open)
    {
        var code = masked.Code;
        var arguments = CallMatcher.Arguments(code, open);
        if (ScriptFunctions.SplitArguments(arguments) is not [var (start, argumentLength), ..])
        {
            return false;
        }
        var first = open + 1 + start;
        var text = new string(masked.CodeAndStrings.Slice(first, argumentLength));
        if (IsRelative(text) || ModuleAsset().IsMatch(text))
        {
            return true;
        }
        return Name().IsMatch(text) && Bound(masked, text, masked.Position(open).Line);
    }

    /// <summary>Whether every value given to the local above <paramref name="line"/>, back to its declaration, is a relative address.</summary>
    private static bool Bound(MaskedSource masked, string name, int line)
    {
        var assigned = false;
        foreach (var (l, inScope, _) in ScriptFunctions.LinesAbove(masked, line, ValueOrigin.MaxLinesBack))
        {
            var candidate = masked.CodeLine(l);
            if (!CallMatcher.ContainsWord(candidate, name))
            {
                continue;
            }
            var declares = Declaration(name).IsMatch(candidate);
            if (declares && !inScope)
            {
                // Another block's local of the same name.
                continue;
            }
            var rest = ValueOrigin.BindingIn(candidate, name);
            if (rest is null || rest.Length == 0)
            {
                if (declares)
                {
                    // `let url;`: what it holds is what the lines below gave it.
                    return assigned;
                }
                if (rest is null)
                {
                    continue;
                }
                // A parameter of a callback, a loop's variable: given by something else.
                return false;
            }
            if (Appended(name).IsMatch(candidate))
            {
                // What is added to a relative address leaves it relative.
                continue;
            }
            var offset = candidate.TrimEnd().Length - rest.Length;
            var last = LastValueLine(masked, l, offset, line);
            if (!Arms(Joined(masked.CodeLine, l, offset, last), Joined(masked.CodeAndStringsLine, l, offset, last)).All(IsRelative))
            {
                return false;
            }
            if (declares)
            {
                return true;
            }
            assigned = true;
        }
        return false;
    }

    /// <summary>
    /// The last line of a value assigned on <paramref name="line"/> from <paramref name="offset"/>: the lines below carry
    /// it on while it ends with an operator or they start with one (a condition on one line, its arms on the next:
    /// <c>? `/api/a`</c>, <c>: `/api/b`;</c>). Read on the masked code, before the call's line.
    /// </summary>
    private static int LastValueLine(MaskedSource masked, int line, int offset, int before)
    {
        var value = masked.CodeLine(line)[offset..].TrimEnd();
        var last = line;
        for (var l = line + 1; l < before && l <= line + MaxValueLines; l++)
        {
            var next = masked.CodeLine(l).Trim();
            if (!(value.Length == 0 || value.EndsWith('?') || value.EndsWith(':') || value.EndsWith('=')
                  || (next.StartsWith('?') && !next.StartsWith("?.", StringComparison.Ordinal)) || next.StartsWith(':')))
            {
                break;
            }
            value = next;
            last = l;
        }
        return last;
    }

    /// <summary>The lines from <paramref name="first"/> (from <paramref name="offset"/>) to <paramref name="last"/>, in one view of the code.</summary>
    private static string Joined(Func<int, string> view, int first, int offset, int last)
    {
        var text = new System.Text.StringBuilder(view(first)[offset..]);
        for (var l = first + 1; l <= last; l++)
        {
            text.Append('\n').Append(view(l));
        }
        return text.ToString();
    }

    /// <summary>
    /// The values an expression may take: the arms of a conditional (<c>c ? a : b</c>), split at the <c>?</c> and
    /// <c>:</c> outside brackets in the masked code, read from the same places in the text with strings; otherwise the
    /// whole. A condition nested in an arm is left in it, and makes that arm no address.
    /// </summary>
    private static IEnumerable<string> Arms(string code, string text)
    {
        var cuts = new List<int>();
        var depth = 0;
        for (var i = 0; i < code.Length && code.Length == text.Length; i++)
        {
            switch (code[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case '?' when depth == 0 && !(i + 1 < code.Length && code[i + 1] is '?' or '.') && !(i > 0 && code[i - 1] == '?'):
                case ':' when depth == 0 && cuts.Count % 2 == 1:
                    cuts.Add(i);
                    break;
            }
        }
        if (cuts.Count != 2)
        {
            return [text];
        }
        return [text[(cuts[0] + 1)..cuts[1]], text[(cuts[1] + 1)..]];
    }

    /// <summary>A string or template literal that starts with <c>/</c> (not <c>//</c>, an address with its own host), <c>./</c> or <c>../</c>.</summary>
    private static bool IsRelative(string value) => RelativeLiteral().IsMatch(value.Trim().TrimEnd(';', ',').TrimEnd());

    [GeneratedRegex(@"^(['""`])(?:/(?!/)|\./|\.\./)")]
    private static partial Regex RelativeLiteral();

    [GeneratedRegex(@"^[A-Za-z_$][\w$]*$")]
    private static partial Regex Name();

    /// <summary>
    /// A file shipped beside the module, <c>new URL("./Inter-Bold.ttf", import.meta.url)</c>: a path with no scheme and no
    /// host of its own, resolved against the module's own address (a font an image route reads from its bundle).
    /// </summary>
    [GeneratedRegex(@"^new\s+URL\(\s*(['""`])(?!//)(?![A-Za-z][\w+.-]*:)[^'""`$]*\1\s*,\s*import\.meta\.url\s*,?\s*\)$")]
    private static partial Regex ModuleAsset();

    private static Regex Declaration(string name) =>
        new($@"\b(?:const|let|var)\s+{Regex.Escape(name)}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static Regex Appended(string name) =>
        new($@"(?<![\w$.]){Regex.Escape(name)}\s*\+=", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
