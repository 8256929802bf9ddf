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
    public sealed record FunctionSignature(string Name, ImmutableArray<string> Parameters, bool TopLevel);

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
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var (start, length) in CallMatcher.Split(parameters))
        {
            var parameter = parameters.Slice(start, length);
            var end = 0;
            while (end < parameter.Length && CallMatcher.IsWordChar(parameter[end]))
            {
                end++;
            }
            names.Add(end > 0 && !char.IsDigit(parameter[0]) ? parameter[..end].ToString() : "");
        }
        return new FunctionSignature(declaration.Groups["name"].Value, names.ToImmutable(), text.Length > 0 && !char.IsWhiteSpace(text[0]));
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

    private static int Next(ReadOnlySpan<char> code, string name, int at) =>
        code[(at + 1)..].IndexOf(name, StringComparison.Ordinal) is var next and >= 0 ? at + 1 + next : -1;

    private static Use Classify(ReadOnlySpan<char> code, int at, int end)
    {
        var before = code[..at].TrimEnd(" \t");
        if (EndsWithWord(before, "function") || EndsWithWord(before, "const") || EndsWithWord(before, "let") || EndsWithWord(before, "var")
            || before.EndsWith("function*"))
        {
            return new Use(at, UseKind.Declaration, -1);
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
        while (i >= 0 && (CallMatcher.IsWordChar(code[i]) || char.IsWhiteSpace(code[i]) || code[i] is ','))
        {
            i--;
        }
        var lead = i >= 0 && code[i] == '{' ? code[..i].TrimEnd() : code[..(i + 1)].TrimEnd();
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
        var lineStart = code[..at].LastIndexOf('\n') + 1;
        return code[lineStart..at].Trim().SequenceEqual("import");
    }

    [GeneratedRegex(@"^\s*(?:export\s+(?:default\s+)?)?(?:async\s+)?(?<function>function)\s*\*?\s*(?<name>[A-Za-z_$][\w$]*)\s*(?:<[^<>()]*>)?\s*\(|^\s*(?:export\s+)?(?:const|let|var)\s+(?<name>[A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s+)?(?:(?<function>function)\b\s*\*?\s*[\w$]*\s*)?(?:<[^<>()]*>)?\s*\(")]
    private static partial Regex Declaration();
}
