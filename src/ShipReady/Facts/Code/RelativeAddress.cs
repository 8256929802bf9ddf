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
/// call: each must give a relative address, alone or with text added after it (<c>'/api/tags/' + id</c>), or add to one
/// (<c>url += `?page=${page}`</c>). A value of any other shape (a name, a call, <c>`${base}/api`</c>, a method called on
/// the literal), a parameter, a binding not read here (a destructuring, a loop's variable), or a new value given below
/// the call in its block (a loop that moves on to the next page), and the call stands.
/// </remarks>
public static partial class RelativeAddress
{
    /// <summary>How many lines a value written across lines (a ternary with an arm per line) is read over.</summary>
    private const int MaxValueLines = 6;

    /// <summary>Whether the call whose argument list opens at <paramref name="open"/> takes a relative address first.</summary>
    /// <param name="assigned">
    /// Whether the file gives each name a value anywhere, kept by the caller for one file: a file of thousands of calls
    /// of a name it never assigns is answered once, not read around each call.
    /// </param>
    public static bool FirstArgument(MaskedSource masked, int open, Dictionary<string, bool> assigned)
    {
        try
        {
            return Relative(masked, open, assigned);
        }
        catch (RegexMatchTimeoutException)
        {
            // A name's regexes are built from the file's text: one that runs too long leaves the call standing.
            return false;
        }
    }

    private static bool Relative(MaskedSource masked, int open, Dictionary<string, bool> assigned)
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
        if (!ScriptValueFlow.Name().IsMatch(text))
        {
            return false;
        }
        if (!assigned.TryGetValue(text, out var anywhere))
        {
            assigned[text] = anywhere = Assignment(text).IsMatch(masked.Code);
        }
        return anywhere && Bound(masked, text, masked.Position(open).Line);
    }

    /// <summary>Whether every value given to the local above <paramref name="line"/>, back to its declaration, is a relative address.</summary>
    private static bool Bound(MaskedSource masked, string name, int line)
    {
        // Made once per call, not once per line read: a file of thousands of calls reads hundreds of lines for each.
        var declarationOf = Declaration(name);
        var assignmentOf = Assignment(name);
        if (AssignedBelow(masked, name, line, declarationOf, assignmentOf))
        {
            // A loop that fetches, then moves on to the next address (`url = page.next`).
            return false;
        }
        var assigned = false;
        foreach (var (l, inScope, opens) in ScriptFunctions.LinesAbove(masked, line, ValueOrigin.MaxLinesBack))
        {
            if (opens >= 0 && ScriptFunctions.Head(masked, opens) is { Kind: not ScriptFunctions.HeadKind.Block } head && head.Parameters.Contains(name))
            {
                // A parameter, however its list is laid out: the callers' value.
                return false;
            }
            var candidate = masked.CodeLine(l);
            if (!CallMatcher.ContainsWord(candidate, name))
            {
                continue;
            }
            var declaration = declarationOf.Match(candidate);
            if (declaration.Success && !inScope)
            {
                // Another block's local of the same name.
                continue;
            }
            var assignment = assignmentOf.Match(candidate);
            if (!assignment.Success)
            {
                if (declaration.Success)
                {
                    // `let url;`: what it holds is what the lines below gave it.
                    return assigned;
                }
                if (UnreadBinding(candidate, name))
                {
                    return false;
                }
                // A use: `navigator.sendBeacon(url, blob)`.
                continue;
            }
            if (assignment.Value.EndsWith("+=", StringComparison.Ordinal))
            {
                // What is added to a relative address leaves it relative.
                continue;
            }
            var offset = assignment.Index + assignment.Length;
            var last = LastValueLine(masked, l, offset, line);
            if (!Arms(Joined(masked.CodeLine, l, offset, last), Joined(masked.CodeAndStringsLine, l, offset, last)).All(IsRelative))
            {
                return false;
            }
            if (declaration.Success)
            {
                return true;
            }
            assigned = true;
        }
        return false;
    }

    /// <summary>Whether a line below the call, in the block the call sits in, assigns the local again.</summary>
    private static bool AssignedBelow(MaskedSource masked, string name, int line, Regex declarationOf, Regex assignmentOf)
    {
        var depth = 0;
        for (var l = line; l <= masked.LineCount && l <= line + ValueOrigin.MaxLinesBack; l++)
        {
            var code = masked.CodeLine(l);
            if (l > line && code.Contains(name, StringComparison.Ordinal) && assignmentOf.IsMatch(code) && !declarationOf.IsMatch(code))
            {
                return true;
            }
            foreach (var c in code)
            {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth < 0)
                {
                    return false;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the line binds the name in a way not read here: a destructuring (<c>({ url } = config)</c>, a field
    /// alone on its line), a loop's variable (<c>for (url of urls)</c>).
    /// </summary>
    private static bool UnreadBinding(string line, string name)
    {
        for (var at = ValueOrigin.NameAt(line, name); at >= 0; at = ValueOrigin.NameAt(line, name, at + name.Length))
        {
            var after = line.AsSpan(at + name.Length).TrimStart();
            if (after.StartsWith("of ") || after.StartsWith("in "))
            {
                return true;
            }
            var before = line.AsSpan(0, at).TrimEnd();
            if ((before.IsEmpty || before[^1] is '{' or '[' or ',') && (after.IsEmpty || after[0] is ',' or '}' or ']' or ':' or '='))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The last line of a value assigned on <paramref name="line"/> from <paramref name="offset"/>: the lines below carry
    /// it on while it ends with an operator or they start with one (a condition on one line, its arms on the next:
    /// <c>? `/api/a`</c>, <c>: `/api/b`;</c>), or with a method called on it (<c>.replace(…)</c>). Read on the masked
    /// code, before the call's line.
    /// </summary>
    private static int LastValueLine(MaskedSource masked, int line, int offset, int before)
    {
        var value = masked.CodeLine(line)[offset..].TrimEnd();
        var last = line;
        for (var l = line + 1; l < before && l <= line + MaxValueLines; l++)
        {
            var next = masked.CodeLine(l).Trim();
            if (!(value.Length == 0 || value.EndsWith('?') || value.EndsWith(':') || value.EndsWith('=') || value.EndsWith('+')
                  || next.StartsWith('?') || next.StartsWith(':') || next.StartsWith('.') || next.StartsWith('+')))
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

    /// <summary>
    /// A string or template literal that starts with <c>/</c> (not <c>//</c>, an address with its own host), <c>./</c> or
    /// <c>../</c>, alone or with text added after it (<c>'/api/tags/' + id</c>); a method called on it may change it.
    /// </summary>
    private static bool IsRelative(string value)
    {
        var text = value.Trim().TrimEnd(';', ',').TrimEnd();
        if (!RelativeLiteral().IsMatch(text))
        {
            return false;
        }
        var end = text[0] == '`' ? ScriptValueFlow.TemplateEnd(text, 0) : text.IndexOf(text[0], 1);
        if (end < 0)
        {
            return false;
        }
        // Text added after it keeps it relative, up to the statement's end: what follows a `;` is another statement.
        var after = text.AsSpan(end + 1).TrimStart();
        return after.IsEmpty || (after[0] == '+' && !after.Contains(';'));
    }

    [GeneratedRegex(@"^(['""`])(?:/(?!/)|\./|\.\./)")]
    private static partial Regex RelativeLiteral();

    /// <summary>
    /// A file shipped beside the module, <c>new URL("./Inter-Bold.ttf", import.meta.url)</c>: a path with no scheme and no
    /// host of its own, resolved against the module's own address (a font an image route reads from its bundle).
    /// </summary>
    [GeneratedRegex(@"^new\s+URL\(\s*(['""`])(?!//)(?![A-Za-z][\w+.-]*:)[^'""`$]*\1\s*,\s*import\.meta\.url\s*,?\s*\)$")]
    private static partial Regex ModuleAsset();

    private static Regex Declaration(string name) =>
        new($@"\b(?:const|let|var)\s+{Regex.Escape(name)}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The name given a value: <c>url =</c>, <c>let url: string =</c>, <c>url +=</c>; not <c>==</c> or <c>=&gt;</c>. The
    /// type stays on the name's line, so the scan of a whole file for the name does not run on from every <c>url:</c>.
    /// </summary>
    private static Regex Assignment(string name) =>
        new($@"(?<![\w$.]){Regex.Escape(name)}\s*(?::[^=;()\n]+)?(?:\+=|=(?![=>]))", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
