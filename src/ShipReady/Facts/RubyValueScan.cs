using System.Buffers;
using System.Collections.Concurrent;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// Walks made only when Ruby hits leave questions about other files (<see cref="CodeHit.Questions"/>): each reads the Ruby
/// files that name a method asked about, and notes what each method of that name returns and what each call of it
/// passes; where an instance variable is assigned; and, from db/schema.rb and the migrations, a column's types. A
/// caller's argument, or what a helper returns, can itself come from a helper, which the next walk reads.
/// </summary>
/// <remarks>
/// A hit is cleared only when every question it leaves is answered "made by the code" by every method or call of that
/// name that the walks find, and at least one is found: a helper from a gem, or a method only the framework calls,
/// keeps the hit.
/// </remarks>
internal sealed class RubyValueScan : IWalkVisitor
{
    /// <summary>How many walks at most: the hits' own questions, then the helpers the callers' arguments come from or a helper returns, twice.</summary>
    public const int MaxWalks = 3;

    private readonly FileReader _reader;
    private readonly Action<ScanNote> _failed;
    private readonly Dictionary<ValueQuestion, CodePattern> _asked = [];
    private readonly ConcurrentDictionary<ReturnedBy, ConcurrentBag<IReadOnlyList<string>?>> _returns = new();
    private readonly ConcurrentDictionary<PassedTo, ConcurrentBag<RubyValueFlow.Judgement>> _passed = new();
    private readonly ConcurrentDictionary<DefinedOutsideModels, ConcurrentBag<Definer>> _defined = new();
    private readonly ConcurrentDictionary<NumberColumn, ConcurrentBag<bool>> _columns = new();
    private readonly ConcurrentDictionary<IvarFromCode, ConcurrentBag<bool>> _ivars = new();
    private (ValueQuestion Question, CodePattern Pattern)[] _round = [];
    private SearchValues<string> _names = SearchValues.Create([], StringComparison.Ordinal);

    /// <param name="failed">Told of a file this walk failed to read.</param>
    public RubyValueScan(IReadOnlyList<(CodeHit Hit, CodePattern Pattern)> waiting, FileReader reader, Action<ScanNote> failed)
    {
        _reader = reader;
        _failed = failed;
        foreach (var (hit, pattern) in waiting)
        {
            foreach (var question in hit.Questions!.Value.SelectMany(Parts))
            {
                _asked.TryAdd(question, pattern);
            }
        }
        _round = [.. _asked.Select(a => (a.Key, a.Value))];
        Prepare();
    }

    /// <summary>Whether a walk is still to be made: questions asked and not yet read for.</summary>
    public bool HasRound => _round.Length > 0;

    /// <summary>
    /// Moves on to the questions the last walk raised (helpers the callers' arguments come from, helpers a helper
    /// returns the result of); none when it
    /// raised none, or the walks are used up (see <see cref="HasRound"/>).
    /// </summary>
    public void NextRound(int walksMade)
    {
        var fromHelpers = _returns.SelectMany(r => r.Value.OfType<IReadOnlyList<string>>()
            .SelectMany(helpers => helpers.Select(h => (Question: (ValueQuestion?)new ReturnedBy(h, null) { Pattern = r.Key.Pattern }, Pattern: _asked[r.Key]))));
        var raised = _passed
            .SelectMany(p => p.Value.Select(j => (j.Question, Pattern: _asked[p.Key])))
            .Concat(fromHelpers)
            .Where(x => x.Question is ReturnedBy r && !_asked.ContainsKey(r))
            .Select(x => (Question: x.Question!, x.Pattern))
            .DistinctBy(x => x.Question)
            .ToArray();
        foreach (var (question, pattern) in raised)
        {
            _asked[question] = pattern;
        }
        _round = walksMade < MaxWalks ? raised : [];
        Prepare();
    }

    private void Prepare() =>
        _names = SearchValues.Create([.. _round.Select(r => Searched(r.Question)).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);

    /// <summary>The first walk noted what could not be read.</summary>
    public void Note(ScanNote note)
    {
    }

    public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files) =>
        FileRuns.Of([.. files.Where(f => f.Language == Language.Ruby && (SchemaColumns.Describes(f.Path) || _round.Any(r => r.Pattern.ReadsPath(f.Path))))], "the Ruby helpers and callers a value comes from", Read, _failed);

    private void Read(SourceFile file)
    {
        using var text = _reader.ReadPooled(file, out _);
        if (text is null || !NamesAMethod(text.Span))
        {
            return;
        }
        if (SchemaColumns.Describes(file.Path))
        {
            NoteColumns(text.Span);
        }
        using var masked = CodeMasker.Mask(text.Memory, Language.Ruby);
        foreach (var (question, pattern) in _round)
        {
            if (!pattern.ReadsPath(file.Path) || !masked.Code.Contains(Searched(question), StringComparison.Ordinal))
            {
                continue;
            }
            switch (question)
            {
                case ReturnedBy returned:
                    foreach (var method in RubyMethods.Named(masked, returned.Method))
                    {
                        _returns.GetOrAdd(returned, _ => []).Add(RubyReturnValue.HelpersReturned(masked, method, returned.Key, SafeCalls.For(pattern)));
                    }
                    break;
                case IvarFromCode ivar when RubyReturnValue.IvarFromCode(masked, ivar.Method, SafeCalls.For(pattern)) is { } fromCode:
                    _ivars.GetOrAdd(ivar, _ => []).Add(fromCode);
                    break;
                case NumberColumn column when IsModel(file.Path) && RubyMethods.Named(masked, column.Method).Count > 0:
                    // A model's method of that name reads what it likes, whatever the column holds.
                    _columns.GetOrAdd(column, _ => []).Add(false);
                    break;
                case DefinedOutsideModels defined when RubyMethods.Named(masked, defined.Method).Count > 0:
                    _defined.GetOrAdd(defined, _ => []).Add(IsModel(file.Path) ? Definer.Model : Definer.Other);
                    break;
                case PassedTo passed:
                    foreach (var call in RubyMethods.Calls(masked, passed.Method))
                    {
                        _passed.GetOrAdd(passed, _ => []).Add(Argument(masked, pattern, call, passed));
                    }
                    break;
            }
        }
    }

    /// <summary>Who defines a method a view reads: a model (an attribute's reader), other code, or the schema (a column).</summary>
    private enum Definer
    {
        Model,
        Other,
        Column,
    }

    /// <summary>The word a file must hold to be read for the question: an instance variable's name without its <c>@</c>, since <c>attr_accessor :label</c> sets <c>@label</c> too.</summary>
    private static string Searched(ValueQuestion question) => question is IvarFromCode ? question.Method.TrimStart('@') : question.Method;

    private static bool IsModel(string path) => path.StartsWith("app/models/", StringComparison.Ordinal) || path.Contains("/app/models/", StringComparison.Ordinal);

    /// <summary>Notes the columns the schema or a migration defines under the round's names, with their types.</summary>
    private void NoteColumns(ReadOnlySpan<char> schema)
    {
        foreach (var (question, _) in _round)
        {
            switch (question)
            {
                case DefinedOutsideModels defined when SchemaColumns.TypesOf(schema, defined.Method).Any():
                    _defined.GetOrAdd(defined, _ => []).Add(Definer.Column);
                    break;
                case NumberColumn column:
                    foreach (var type in SchemaColumns.TypesOf(schema, column.Method))
                    {
                        _columns.GetOrAdd(column, _ => []).Add(SchemaColumns.IsNonText(type));
                    }
                    break;
            }
        }
    }

    /// <summary>The questions a question is made of: both sides of an <see cref="Either"/>, or itself.</summary>
    private static IEnumerable<ValueQuestion> Parts(ValueQuestion question) =>
        question is Either either ? [.. Parts(either.First), .. Parts(either.Second)] : [question];

    /// <summary>
    /// Whether the text holds one of the round's names as a whole word: a short name (<c>top</c>) is part of many
    /// others (<c>stop</c>, <c>desktop</c>), and only a file that may declare or call the method is worth masking.
    /// </summary>
    private bool NamesAMethod(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAny(_names))
        {
            return false;
        }
        foreach (var (question, _) in _round)
        {
            if (CallMatcher.ContainsWord(text, Searched(question)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How the argument a call passes at the question's position is judged in the caller's file.</summary>
    private static RubyValueFlow.Judgement Argument(MaskedSource masked, CodePattern pattern, RubyMethods.Call call, PassedTo passed)
    {
        if (call.Arguments is not { } arguments || passed.Position >= arguments.Length
            || arguments.Take(passed.Position + 1).Any(a => masked.Code[a.Index] == '*'))
        {
            return RubyValueFlow.Judgement.Standing;
        }
        var (index, length) = arguments[passed.Position];
        var judgement = RubyValueFlow.Judge(masked, pattern, index, length, followParameters: false);
        return judgement.Question switch
        {
            null => judgement,
            // The argument is read at the sink's key: what the helper returns at that key.
            ReturnedBy { Key: null } helper => new RubyValueFlow.Judgement(false, helper with { Key = passed.Key }),
            ReturnedBy when passed.Key is null => judgement,
            _ => RubyValueFlow.Judgement.Standing,
        };
    }

    /// <summary>Whether a waiting hit stands once the walks are made.</summary>
    public bool Stands(CodeHit hit) => !hit.Questions!.Value.All(Answered);

    private bool Answered(ValueQuestion question) => Answered(question, []);

    /// <param name="asking">The helpers whose answer waits on this one: a helper that returns its own caller's result stands.</param>
    private bool Answered(ValueQuestion question, HashSet<ReturnedBy> asking) => question switch
    {
        ReturnedBy returned => asking.Add(returned) && _returns.TryGetValue(returned, out var answers) && !answers.IsEmpty
            && answers.All(helpers => helpers is not null
                && helpers.All(h => Answered(new ReturnedBy(h, null) { Pattern = returned.Pattern }, [.. asking]))),
        Either either => Answered(either.First, [.. asking]) || Answered(either.Second, [.. asking]),
        IvarFromCode ivar => _ivars.TryGetValue(ivar, out var files) && !files.IsEmpty && files.All(f => f),
        NumberColumn column => _columns.TryGetValue(column, out var types) && !types.IsEmpty && types.All(t => t),
        DefinedOutsideModels defined => _defined.TryGetValue(defined, out var definers) && definers.All(d => d == Definer.Other) && !definers.IsEmpty,
        PassedTo passed => _passed.TryGetValue(passed, out var calls) && !calls.IsEmpty
            && calls.All(c => !c.Stands && (c.Question is null || (c.Question is ReturnedBy helper && Answered(helper, asking)))),
        _ => false,
    };
}
