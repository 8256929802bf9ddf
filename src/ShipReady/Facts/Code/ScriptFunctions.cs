using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// JavaScript and TypeScript functions declared with a name (<c>function render(el, config)</c>,
/// <c>export const render = (el, config) =&gt;</c>), and the places a file names one: where it is declared, imported
/// or exported, called, or handed on as a value.
/// </summary>
public static partial class ScriptFunctions
{
    /// <summary>A named function's signature.</summary>
    /// <param name="Parameters">Each parameter's name in order; empty for one destructured in place or gathered with <c>...</c>.</param>
    /// <param name="TopLevel">Declared at the start of a line, outside any block: the module's own function.</param>
    /// <param name="Open">Where its parameter list's <c>(</c> is, in the masked code.</param>
    public sealed record FunctionSignature(string Name, ImmutableArray<string> Parameters, bool TopLevel, int Open);

    /// <summary>How a file names a function.</summary>
    public enum UseKind
    {
        Declaration,
        ImportOrExport,
        Call,
        Value,
    }

    /// <summary>A place a file names the function: where, how, and for a call the index of its <c>(</c>.</summary>
    public readonly record struct Use(int Index, UseKind Kind, int Open);

    /// <summary>The named function whose declaration starts on the line, or null.</summary>
    public static FunctionSignature? Signature(MaskedSource masked, int line)
    {
        var text = masked.CodeLine(line);
        if (Declaration().Match(text) is not { Success: true } declaration)
        {
            return null;
        }
        var code = masked.Code;
        var open = masked.LineStart(line) + declaration.Index + declaration.Length - 1;
        var parameters = CallMatcher.Arguments(code, open);
        if (!declaration.Groups["function"].Success && !IsArrow(code, open + parameters.Length + 2))
        {
            // const total = (a + b) * 2: brackets, not a function.
            return null;
        }
        return new FunctionSignature(declaration.Groups["name"].Value, ParameterNames(parameters), text.Length > 0 && !char.IsWhiteSpace(text[0]), open);
    }

    /// <summary>A line above a place, as scope goes: whether its start is in a block around the place (not in one
    /// closed before it), and the offset of the <c>{</c> of a block around the place that it opens, or -1.</summary>
    public readonly record struct ScopeLine(int Line, bool InScope, int Opens);

    /// <summary>
    /// The lines above <paramref name="line"/>, nearest first, at most <paramref name="count"/>, read back through the
    /// masked code's braces: a line inside a block that closes before the place (another function, an <c>if</c>'s
    /// branch) is out of scope; a line holding the <c>{</c> of a block around the place is that block's header.
    /// </summary>
    public static IEnumerable<ScopeLine> LinesAbove(MaskedSource masked, int line, int count)
    {
        // Read lazily: most searches end a few lines up, and each line is scanned character by character.
        var depth = 0;
        for (var l = line - 1; l >= 1 && l >= line - count; l--)
        {
            var opens = ScanBack(masked, l, ref depth);
            yield return new ScopeLine(l, depth == 0, opens);
        }
    }

    /// <summary>Reads one line from its end to its start, counting the blocks it closes and opens; gives the offset of a <c>{</c> that opens a block around the place, or -1.</summary>
    private static int ScanBack(MaskedSource masked, int line, ref int depth)
    {
        var code = masked.Code;
        var opens = -1;
        for (var i = masked.LineStart(line + 1) - 1; i >= masked.LineStart(line); i--)
        {
            switch (code[i])
            {
                case '}':
                    depth++;
                    break;
                case '{' when depth > 0:
                    depth--;
                    break;
                case '{':
                    opens = opens < 0 ? i : opens;
                    break;
            }
        }
        return opens;
    }

    /// <summary>What kind of block a <c>{</c> opens, for the names its header binds.</summary>
    public enum HeadKind
    {
        /// <summary>A function declared with a name (<c>function render(</c>, <c>const render = (…) =&gt;</c>).</summary>
        NamedFunction,
        /// <summary>A method, a callback, a <c>catch</c>: it binds its parameters, which no caller search can read.</summary>
        OtherFunction,
        /// <summary>A block of another kind: an <c>if</c>, a loop, a class, an object.</summary>
        Block,
    }

    /// <summary>The header in front of the <c>{</c> at <paramref name="opener"/>: its kind, its parameters, and for a named function its signature.</summary>
    public static (HeadKind Kind, ImmutableArray<string> Parameters, FunctionSignature? Signature) Head(MaskedSource masked, int opener)
    {
        var code = masked.Code;
        var i = opener - 1;
        while (i >= 0 && char.IsWhiteSpace(code[i]))
        {
            i--;
        }
        if (i >= 1 && code[i] == '>' && code[i - 1] == '=')
        {
            // An arrow: (a, b) => {, or a => {.
            i -= 2;
            while (i >= 0 && char.IsWhiteSpace(code[i]))
            {
                i--;
            }
            if (i >= 0 && CallMatcher.IsWordChar(code[i]))
            {
                var end = i + 1;
                while (i >= 0 && CallMatcher.IsWordChar(code[i]))
                {
                    i--;
                }
                return (HeadKind.OtherFunction, [code[(i + 1)..end].ToString()], null);
            }
        }
        // A return type between the parameters and the block: ): Promise<void> {.
        var header = code[BraceBlocks.StatementStart(code, opener)..opener];
        var close = header.LastIndexOf(')');
        if (close < 0)
        {
            return (HeadKind.Block, [], null);
        }
        var headerStart = opener - header.Length;
        var open = MatchingOpen(code, headerStart + close);
        if (open < 0)
        {
            return (HeadKind.Block, [], null);
        }
        var before = code[BraceBlocks.StatementStart(code, open)..open].TrimEnd();
        var word = before.Length;
        while (word > 0 && CallMatcher.IsWordChar(before[word - 1]))
        {
            word--;
        }
        var keyword = before[word..].ToString();
        if (keyword is "if" or "for" or "while" or "switch" or "with" or "return" or "typeof")
        {
            return (HeadKind.Block, [], null);
        }
        // A named declaration whose parameter list is this one: its callers can be searched for.
        return Signature(masked, masked.Position(open).Line) is { } signature && signature.Open == open
            ? (HeadKind.NamedFunction, signature.Parameters, signature)
            : (HeadKind.OtherFunction, ParameterNames(CallMatcher.Arguments(code, open)), null);
    }

    /// <summary>The <c>(</c> that the <c>)</c> at <paramref name="close"/> closes, or -1.</summary>
    private static int MatchingOpen(ReadOnlySpan<char> code, int close)
    {
        var depth = 0;
        for (var i = close; i >= Math.Max(0, close - CallMatcher.MaxArgumentLength); i--)
        {
            if (code[i] is ')' or ']' or '}')
            {
                depth++;
            }
            else if (code[i] is '(' or '[' or '{' && --depth == 0)
            {
                return code[i] == '(' ? i : -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Each parameter's name, split at the commas outside brackets and outside a type's angle brackets
    /// (<c>attrs: Record&lt;string, string&gt;, html: string</c>); empty for one destructured in place or gathered.
    /// </summary>
    internal static ImmutableArray<string> ParameterNames(ReadOnlySpan<char> parameters)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var (start, length) in SplitArguments(parameters))
        {
            var parameter = parameters.Slice(start, length);
            var end = 0;
            while (end < parameter.Length && CallMatcher.IsWordChar(parameter[end]))
            {
                end++;
            }
            names.Add(end > 0 && !char.IsDigit(parameter[0]) ? parameter[..end].ToString() : "");
        }
        return names.ToImmutable();
    }

    /// <summary>
    /// Where each argument of a call starts and how long it is, split at the commas outside brackets and outside a type's
    /// angle brackets (<c>new Map&lt;string, string&gt;()</c>), trimmed.
    /// </summary>
    public static List<(int Start, int Length)> SplitArguments(ReadOnlySpan<char> arguments)
    {
        var parts = new List<(int, int)>();
        var depth = 0;
        var angles = 0;
        var start = 0;
        for (var i = 0; i <= arguments.Length; i++)
        {
            var c = i < arguments.Length ? arguments[i] : ',';
            switch (c)
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case '<' when i > 0 && CallMatcher.IsWordChar(arguments[i - 1]):
                    angles++;
                    break;
                case '>' when angles > 0 && arguments[i - 1] != '=':
                    angles--;
                    break;
                case ',' when depth == 0 && angles == 0:
                    var part = arguments[start..i];
                    var trimmed = part.Trim();
                    if (trimmed.Length > 0)
                    {
                        parts.Add((start + (part.Length - part.TrimStart().Length), trimmed.Length));
                    }
                    start = i + 1;
                    break;
            }
        }
        return parts;
    }

    /// <summary>Whether an arrow follows the parameter list that ends before <paramref name="from"/>, after any return type.</summary>
    private static bool IsArrow(ReadOnlySpan<char> code, int from)
    {
        if (from >= code.Length)
        {
            return false;
        }
        var rest = code[from..];
        var lineEnd = rest.IndexOf('\n');
        var line = (lineEnd < 0 ? rest : rest[..lineEnd]).TrimStart();
        return line.StartsWith("=>") || (line.StartsWith(":") && line.Contains("=>", StringComparison.Ordinal));
    }

    /// <summary>Every place the masked code names the function as a whole word.</summary>
    public static List<Use> Uses(ReadOnlySpan<char> code, string name)
    {
        var uses = new List<Use>();
        for (var at = code.IndexOf(name, StringComparison.Ordinal); at >= 0; at = Next(code, name, at))
        {
            var end = at + name.Length;
            if ((at > 0 && CallMatcher.IsWordChar(code[at - 1])) || (end < code.Length && CallMatcher.IsWordChar(code[end])))
            {
                continue;
            }
            uses.Add(Classify(code, at, end));
        }
        return uses;
    }

    /// <summary>How far back from a use its line is read: a minified line is long, and reading it whole for every use is quadratic.</summary>
    private const int LookBack = 2_000;

    private static int Next(ReadOnlySpan<char> code, string name, int at) =>
        code[(at + 1)..].IndexOf(name, StringComparison.Ordinal) is var next and >= 0 ? at + 1 + next : -1;

    private static Use Classify(ReadOnlySpan<char> code, int at, int end)
    {
        var before = code[Math.Max(0, at - LookBack)..at].TrimEnd(" \t");
        if (EndsWithWord(before, "function") || before.EndsWith("function*"))
        {
            // export default function render(…): importers call it by names of their own, which are not read.
            var lead = before[..before.LastIndexOf("function", StringComparison.Ordinal)].TrimEnd();
            lead = EndsWithWord(lead, "async") ? lead[..^5].TrimEnd() : lead;
            return new Use(at, lead.EndsWith("export default", StringComparison.Ordinal) ? UseKind.Value : UseKind.Declaration, -1);
        }
        if (EndsWithWord(before, "const") || EndsWithWord(before, "let") || EndsWithWord(before, "var"))
        {
            return new Use(at, UseKind.Declaration, -1);
        }
        if (before.EndsWith(".") && !before.EndsWith(".."))
        {
            // Another object's method of that name ($('#menu').toggle(…)), or the function read from a namespace: not a call it can be told by.
            return new Use(at, UseKind.Value, -1);
        }
        if (InImportOrExport(code, at))
        {
            // Imported or exported under another name (render as show): its calls go by that name, which is not read.
            return new Use(at, code[end..].TrimStart().StartsWith("as ") ? UseKind.Value : UseKind.ImportOrExport, -1);
        }
        var open = end;
        while (open < code.Length && code[open] is ' ' or '\t')
        {
            open++;
        }
        if (open + 2 < code.Length && code[open] == '?' && code[open + 1] == '.' && code[open + 2] == '(')
        {
            open += 2;
        }
        if (open >= code.Length || code[open] != '(')
        {
            return new Use(at, UseKind.Value, -1);
        }
        // A method's or an object's function declared in place: render(el, config) { … }.
        var close = open + CallMatcher.Arguments(code, open).Length + 1;
        var after = close + 1 < code.Length ? code[(close + 1)..].TrimStart() : [];
        return after.StartsWith("{") ? new Use(at, UseKind.Declaration, -1) : new Use(at, UseKind.Call, open);
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !CallMatcher.IsWordChar(text[^(word.Length + 1)]));

    /// <summary>
    /// Whether the name stands in an import or export list (<c>import { render } from</c>, over several lines too), a
    /// default import (<c>import render from</c>) or a re-export: it names the function, passing nothing.
    /// </summary>
    private static bool InImportOrExport(ReadOnlySpan<char> code, int at)
    {
        var i = at - 1;
        while (i >= Math.Max(0, at - LookBack) && (CallMatcher.IsWordChar(code[i]) || char.IsWhiteSpace(code[i]) || code[i] is ','))
        {
            i--;
        }
        var from = Math.Max(0, at - LookBack);
        var lead = i >= 0 && code[i] == '{' ? code[from..Math.Max(from, i)].TrimEnd() : code[from..Math.Max(from, i + 1)].TrimEnd();
        var lineStart = lead.LastIndexOf('\n') + 1;
        var statement = lead[lineStart..].TrimStart();
        // import Editor, { render } from: a default import before the list.
        return statement is "import" or "export" or "import type" or "export type"
            || (statement.StartsWith("import ") && statement.EndsWith(","))
            || (i >= 0 && code[i] != '{' && StartsImport(code, at));
    }

    /// <summary>
    /// <c>import render from './render'</c>: a default import. <c>export default render</c> is not one: the importers
    /// call it by names of their own, which are not searched for, so it is a value handed on.
    /// </summary>
    private static bool StartsImport(ReadOnlySpan<char> code, int at)
    {
        var from = Math.Max(0, at - LookBack);
        var lineStart = from + code[from..at].LastIndexOf('\n') + 1;
        return code[lineStart..at].Trim().SequenceEqual("import");
    }

    [GeneratedRegex(@"^\s*(?:export\s+(?:default\s+)?)?(?:async\s+)?(?<function>function)\s*\*?\s*(?<name>[A-Za-z_$][\w$]*)\s*(?:<[^<>()]*>)?\s*\(|^\s*(?:export\s+)?(?:const|let|var)\s+(?<name>[A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s+)?(?:(?<function>function)\b\s*\*?\s*[\w$]*\s*)?(?:<[^<>()]*>)?\s*\(")]
    private static partial Regex Declaration();
}
