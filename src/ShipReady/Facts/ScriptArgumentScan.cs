using System.Buffers;
using System.Collections.Concurrent;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// A second walk, made only when JavaScript or TypeScript hits are built from a named function's parameters
/// (<see cref="CodeHit.ScriptCallers"/>): it reads the script files that name one of those functions and judges, at
/// each call, what the call passes there (<see cref="ScriptValueFlow"/>), in the caller's own file.
/// </summary>
/// <remarks>
/// A hit is cleared only when each function it asks about is called at least once from code the pattern reads, and
/// every such call passes a value made by the code. Calls from tests are not read. The function handed on as a value
/// (<c>onRender={render}</c>, <c>export default render</c>), a call that passes fewer arguments or a spread, an object
/// without the property or with it shorthand from a parameter of the caller, keeps the hit: what arrives is not in
/// the call's text.
/// </remarks>
internal sealed class ScriptArgumentScan : IWalkVisitor
{
    private readonly FileReader _reader;
    private readonly Action<ScanNote> _failed;
    private readonly (PassedTo Question, CodePattern Pattern)[] _asked;
    private readonly Dictionary<(string ControlId, string PatternId), CodePattern> _patterns;
    private readonly SearchValues<string> _anyFunction;
    private readonly ConcurrentDictionary<(PassedTo, CodePattern), ConcurrentBag<bool>> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _declaredIn = new(StringComparer.Ordinal);

    /// <summary>How many calls of one function are judged at most; past that the hit stands, rather than the walk taking long.</summary>
    public const int MaxCallsJudged = 1_000;

    /// <summary>Files that hold script the scan does not read as code (a Vue or Svelte component, a page): a call there is not read.</summary>
    private static readonly string[] MarkupExtensions = [".vue", ".svelte", ".astro", ".html", ".htm", ".ejs", ".hbs", ".mdx"];

    /// <param name="failed">Told of a file this walk failed to read.</param>
    public ScriptArgumentScan(IReadOnlyList<(CodeHit Hit, CodePattern Pattern)> waiting, FileReader reader, Action<ScanNote> failed)
    {
        _reader = reader;
        _failed = failed;
        _asked = [.. waiting.SelectMany(w => w.Hit.ScriptCallers!.Value.Select(q => (q, w.Pattern))).Distinct()];
        _patterns = waiting.Select(w => w.Pattern).Distinct().ToDictionary(p => (p.ControlId, p.Id));
        _anyFunction = SearchValues.Create([.. _asked.Select(a => a.Question.Method).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>The first walk noted what could not be read.</summary>
    public void Note(ScanNote note)
    {
    }

    public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files) =>
        FileRuns.Of([.. files.Where(f => (f.Language is Language.JavaScript or Language.TypeScript || IsMarkup(f.Path)) && !FileRoles.IsForTests(f.Path))], "the calls of a function a value is built in", Read, _failed);

    private static bool IsMarkup(string path) => MarkupExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private void Read(SourceFile file)
    {
        using var text = _reader.ReadPooled(file, out _);
        if (text is null || !text.Span.ContainsAny(_anyFunction))
        {
            return;
        }
        if (file.Language is not (Language.JavaScript or Language.TypeScript) || FactsBuilder.IsMinified(file, text.Span))
        {
            // Its calls are not read apart from the markup, or not as code at all: a file that names the function keeps the hit.
            foreach (var (question, pattern) in _asked.Where(a => a.Pattern.ReadsPath(file.Path) && CallMatcher.ContainsWord(text.Span, a.Question.Method)))
            {
                _calls.GetOrAdd((question, pattern), _ => []).Add(false);
            }
            return;
        }
        using var masked = CodeMasker.Mask(text.Memory, file.Language!.Value);
        foreach (var (question, pattern) in _asked)
        {
            if (!pattern.ReadsPath(file.Path) || !CallMatcher.ContainsWord(masked.Code, question.Method))
            {
                continue;
            }
            var calls = _calls.GetOrAdd((question, pattern), _ => []);
            var uses = ScriptFunctions.Uses(masked.Code, question.Method);
            foreach (var use in uses)
            {
                switch (use.Kind)
                {
                    case ScriptFunctions.UseKind.Call:
                        calls.Add(calls.Count < MaxCallsJudged && Clears(masked, pattern, question, use.Open));
                        break;
                    case ScriptFunctions.UseKind.Value:
                        calls.Add(false);
                        break;
                    case ScriptFunctions.UseKind.Declaration:
                        _declaredIn.GetOrAdd(question.Method, _ => new(StringComparer.Ordinal)).TryAdd(file.Path, 0);
                        break;
                }
            }
            if (uses.Count < CallMatcher.CountWords(masked.CodeAndStrings, question.Method))
            {
                // Named inside a template's hole or a string (`${badge(el, x)}`, onclick="show(…)"): not read as a call.
                calls.Add(false);
            }
        }
    }

    /// <summary>Whether the call whose <c>(</c> is at <paramref name="open"/> passes, where the question asks, a value made by the code.</summary>
    private static bool Clears(MaskedSource masked, CodePattern pattern, PassedTo question, int open)
    {
        var arguments = CallMatcher.Arguments(masked.Code, open);
        var parts = ScriptFunctions.SplitArguments(arguments);
        if (question.Position >= parts.Count)
        {
            return false;
        }
        for (var i = 0; i <= question.Position; i++)
        {
            if (arguments[parts[i].Start..].StartsWith("..."))
            {
                // A spread fills the places from here on with what a list holds.
                return false;
            }
        }
        var (start, length) = parts[question.Position];
        var at = open + 1 + start;
        var passed = masked.CodeAndStrings.Slice(at, length).ToString();
        var line = masked.Position(at).Line;
        if (question.Key is { } key)
        {
            if (PropertyOf(masked.Code.Slice(at, length), key) is not var (valueStart, valueLength))
            {
                return false;
            }
            passed = passed.Substring(valueStart, valueLength);
        }
        // The caller's own parameters would need their callers read in turn: one step only.
        return ScriptValueFlow.Judge(masked, pattern, passed, line).IsFixed;
    }

    /// <summary>
    /// Where, in an object literal (strings masked), the value of <paramref name="key"/> is: after <c>key:</c>, or the
    /// name itself when written shorthand (<c>{ key }</c>); null when the object has no such property or spreads another.
    /// </summary>
    internal static (int Start, int Length)? PropertyOf(ReadOnlySpan<char> literal, string key)
    {
        if (literal.Length < 2 || literal[0] != '{' || literal[^1] != '}')
        {
            return null;
        }
        var inner = literal[1..^1];
        (int, int)? found = null;
        foreach (var (start, length) in CallMatcher.Split(inner))
        {
            var property = inner.Slice(start, length);
            if (property.StartsWith("..."))
            {
                return null;
            }
            var colon = property.IndexOf(':');
            var name = (colon < 0 ? property : property[..colon]).Trim().Trim("'\"");
            if (!name.SequenceEqual(key))
            {
                continue;
            }
            if (colon < 0)
            {
                found = (1 + start, length);
                continue;
            }
            var value = property[(colon + 1)..];
            var lead = value.Length - value.TrimStart().Length;
            found = (1 + start + colon + 1 + lead, value.Trim().Length);
        }
        return found;
    }

    /// <summary>Whether a waiting hit stands once its functions' calls are read.</summary>
    public bool Stands(CodeHit hit)
    {
        var pattern = _patterns[(hit.ControlId, hit.PatternId)];
        // Two modules that declare a function of the name: each one's calls would be read as the other's.
        return !hit.ScriptCallers!.Value.All(q => _calls.TryGetValue((q, pattern), out var calls) && !calls.IsEmpty && calls.All(c => c)
            && !(_declaredIn.TryGetValue(q.Method, out var files) && files.Count > 1));
    }
}
