using System.Buffers;
using System.Collections.Concurrent;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// Walks made only when Go hits paste a parameter of their function into SQL (<see cref="CodeHit.GoCallers"/>): each
/// reads the Go files that name a function asked about and judges, at each call, the argument passed there, in the
/// caller's file (<see cref="GoValueFlow.Judge"/>). An argument that is the caller's own parameter is asked of the
/// caller's callers in the next walk (<see cref="MaxWalks"/> at most).
/// </summary>
/// <remarks>
/// A hit is cleared only when each function it asks about is called at least once from code the pattern reads, and no
/// call, all the way up, shows request input. The function used as a value (a handler handed to a router, a method
/// value), a call with fewer arguments or a spread, or more than <see cref="MaxCallsJudged"/> calls keeps the hit:
/// what arrives is not in the call's text. Clearing it is not proof the SQL is safe: the pattern's review twin lists it.
/// </remarks>
internal sealed class GoArgumentScan : IWalkVisitor
{
    /// <summary>How many walks at most: the hits' own functions, then their callers' callers, twice.</summary>
    public const int MaxWalks = 3;

    /// <summary>How many calls of one function are judged at most; past that the hit stands, rather than the walk taking long.</summary>
    public const int MaxCallsJudged = 1_000;

    private readonly FileReader _reader;
    private readonly Action<ScanNote> _failed;
    private readonly Dictionary<(string ControlId, string PatternId), CodePattern> _patterns;
    private readonly HashSet<(PassedTo Question, CodePattern Pattern)> _asked = [];
    private readonly ConcurrentDictionary<(PassedTo, CodePattern), ConcurrentBag<GoValueFlow.Argument>> _calls = new();
    private (PassedTo Question, CodePattern Pattern)[] _round;
    private SearchValues<string> _names = SearchValues.Create([], StringComparison.Ordinal);

    /// <param name="failed">Told of a file this walk failed to read.</param>
    public GoArgumentScan(IReadOnlyList<(CodeHit Hit, CodePattern Pattern)> waiting, FileReader reader, Action<ScanNote> failed)
    {
        _reader = reader;
        _failed = failed;
        _patterns = waiting.Select(w => w.Pattern).Distinct().ToDictionary(p => (p.ControlId, p.Id));
        _round = [.. waiting.SelectMany(w => w.Hit.GoCallers!.Value.Select(q => (q, w.Pattern))).Distinct()];
        Prepare();
    }

    /// <summary>Whether a walk is still to be made: functions asked about and not yet read for.</summary>
    public bool HasRound => _round.Length > 0;

    /// <summary>Moves on to the callers' callers that the last walk asked about; none when the walks are used up.</summary>
    public void NextRound(int walksMade)
    {
        var raised = _calls
            .SelectMany(c => c.Value.SelectMany(a => a.Onward).Select(onward => (Question: onward, c.Key.Item2)))
            .Where(q => !_asked.Contains(q))
            .Distinct()
            .ToArray();
        _round = walksMade < MaxWalks ? raised : [];
        Prepare();
    }

    private void Prepare()
    {
        _asked.UnionWith(_round);
        _names = SearchValues.Create([.. _round.Select(r => r.Question.Method).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>The first walk noted what could not be read.</summary>
    public void Note(ScanNote note)
    {
    }

    public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files) =>
        FileRuns.Of([.. files.Where(f => f.Language == Language.Go && _round.Any(r => r.Pattern.ReadsPath(f.Path)))], "the calls of a Go function whose parameter reaches SQL", Read, _failed);

    private void Read(SourceFile file)
    {
        using var text = _reader.ReadPooled(file, out _);
        if (text is null || !text.Span.ContainsAny(_names))
        {
            return;
        }
        using var masked = CodeMasker.Mask(text.Memory, Language.Go);
        foreach (var (question, pattern) in _round)
        {
            if (!pattern.ReadsPath(file.Path) || !CallMatcher.ContainsWord(masked.Code, question.Method))
            {
                continue;
            }
            var calls = _calls.GetOrAdd((question, pattern), _ => []);
            foreach (var use in Uses(masked.Code, question.Method))
            {
                calls.Add(use < 0 || calls.Count >= MaxCallsJudged ? new GoValueFlow.Argument(true, []) : Passed(masked, question, use));
            }
        }
    }

    /// <summary>
    /// Where each call of the function opens its arguments' bracket, and -1 for each use that is no call (a method
    /// value, a handler handed on); its declarations are left out.
    /// </summary>
    private static List<int> Uses(ReadOnlySpan<char> code, string name)
    {
        var uses = new List<int>();
        for (var i = code.IndexOf(name, StringComparison.Ordinal); i >= 0;)
        {
            var end = i + name.Length;
            var whole = (i == 0 || !CallMatcher.IsWordChar(code[i - 1])) && (end == code.Length || !CallMatcher.IsWordChar(code[end]));
            if (whole && !Declares(code, i))
            {
                var after = Skip(code, end);
                if (after < code.Length && code[after] == '[')
                {
                    // A generic function instantiated where it is called (`queryToJSON[Hit](ctx, w, q)`) is still called.
                    after = Skip(code, after + CallMatcher.Arguments(code, after).Length + 2);
                }
                uses.Add(after < code.Length && code[after] == '(' ? after : -1);
            }
            var next = code[end..].IndexOf(name, StringComparison.Ordinal);
            i = next < 0 ? -1 : end + next;
        }
        return uses;
    }

    private static int Skip(ReadOnlySpan<char> code, int at)
    {
        while (at < code.Length && code[at] is ' ' or '\t')
        {
            at++;
        }
        return at;
    }

    /// <summary>
    /// Whether the name at <paramref name="at"/> is declared there: <c>func name(</c>, <c>func (s *Store) name(</c>, a
    /// function literal given the name (<c>name := func(</c>, <c>var name = func(</c>), or a method of an interface
    /// (a call through the interface names the method too, and is judged there).
    /// </summary>
    private static bool Declares(ReadOnlySpan<char> code, int at)
    {
        var lineStart = code[..at].LastIndexOf('\n') + 1;
        var before = code[lineStart..at].TrimEnd();
        if (before.SequenceEqual("func"))
        {
            return true;
        }
        if (before.IsEmpty && InInterface(code, lineStart))
        {
            return true;
        }
        if (GoFunctionLiteral.NamedAt(code, at))
        {
            return true;
        }
        return before.StartsWith("func", StringComparison.Ordinal) && before.EndsWith(")") && before["func".Length..].TrimStart().StartsWith("(");
    }

    /// <summary>Whether the innermost brace still open at <paramref name="at"/> is an <c>interface</c>'s.</summary>
    private static bool InInterface(ReadOnlySpan<char> code, int at)
    {
        if (BraceBlocks.Openers(code, at) is not [var innermost, ..])
        {
            return false;
        }
        // The keyword itself: a type named `Myinterface` opens a composite literal.
        var before = code[..innermost].TrimEnd();
        return before.EndsWith("interface", StringComparison.Ordinal)
            && (before.Length == "interface".Length || !CallMatcher.IsWordChar(before[^("interface".Length + 1)]));
    }

    /// <summary>How the argument the call opened at <paramref name="open"/> passes at the question's place is judged.</summary>
    private static GoValueFlow.Argument Passed(MaskedSource masked, PassedTo question, int open)
    {
        var arguments = CallMatcher.Arguments(masked.Code, open);
        var parts = CallMatcher.Split(arguments);
        if (question.Position >= parts.Count)
        {
            return new GoValueFlow.Argument(true, []);
        }
        for (var i = 0; i <= question.Position; i++)
        {
            if (arguments.Slice(parts[i].Start, parts[i].Length).TrimEnd().EndsWith("...", StringComparison.Ordinal))
            {
                // A spread fills the places from here on with what a slice holds.
                return new GoValueFlow.Argument(true, []);
            }
        }
        var (start, length) = parts[question.Position];
        return GoValueFlow.Judge(masked, open + 1 + start, length);
    }

    /// <summary>Whether a waiting hit stands once the walks are made.</summary>
    public bool Stands(CodeHit hit)
    {
        var pattern = _patterns[(hit.ControlId, hit.PatternId)];
        return !hit.GoCallers!.Value.All(q => Answered(q, pattern, []));
    }

    /// <param name="asking">The functions whose answer waits on this one: a function that passes its own parameter back to itself stands.</param>
    private bool Answered(PassedTo question, CodePattern pattern, HashSet<PassedTo> asking) =>
        asking.Add(question) && _calls.TryGetValue((question, pattern), out var calls) && !calls.IsEmpty
        && calls.All(c => !c.Stands && c.Onward.All(onward => Answered(onward, pattern, [.. asking])));
}
