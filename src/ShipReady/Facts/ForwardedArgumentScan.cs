using System.Buffers;
using System.Collections.Concurrent;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// A second walk, made only when some C# hits pass on their method's parameters (<see cref="CodeHit.ForwardedFrom"/>):
/// it reads the C# files that name one of those methods and judges, at each call, what the call gives in those places
/// by the pattern's argument conditions, as if it were written in the hit's own call.
/// </summary>
/// <remarks>
/// A hit is cleared only when its method is called at least once from code the pattern reads, and every such call
/// gives arguments that clear it. Calls from tests say nothing about production and are not read. A method named
/// without a call (a method group, a delegate), or given arguments built in a variable, keeps its hit: what it
/// receives is not in the call's own text. A Razor view (<c>.cshtml</c>, <c>.razor</c>) that names the method keeps it
/// too: its calls are not read apart from the markup.
/// </remarks>
internal sealed class ForwardedArgumentScan : IWalkVisitor
{
    private readonly FileReader _reader;
    private readonly Action<ScanNote> _failed;
    private readonly (CodePattern Pattern, ForwardedArguments[] Forwarded)[] _byPattern;
    private readonly Dictionary<(string ControlId, string PatternId), CodePattern> _patterns;
    private readonly SearchValues<string> _anyMethod;
    private readonly ConcurrentBag<(CodePattern Pattern, ForwardedArguments Forwarded, bool Clears)> _calls = [];

    /// <param name="failed">Told of a file this walk failed to read.</param>
    public ForwardedArgumentScan(IReadOnlyList<(CodeHit Hit, CodePattern Pattern)> waiting, FileReader reader, Action<ScanNote> failed)
    {
        _reader = reader;
        _failed = failed;
        _byPattern =
        [
            .. waiting.GroupBy(w => w.Pattern).Select(g => (g.Key, g.Select(w => w.Hit.ForwardedFrom!).Distinct().ToArray())),
        ];
        _patterns = _byPattern.ToDictionary(p => (p.Pattern.ControlId, p.Pattern.Id), p => p.Pattern);
        _anyMethod = SearchValues.Create([.. _byPattern.SelectMany(p => p.Forwarded).Select(f => f.Method).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>The first walk noted what could not be read.</summary>
    public void Note(ScanNote note)
    {
    }

    public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files) =>
        FileRuns.Of([.. files.Where(f => f.Language == Language.CSharp || IsView(f.Path))], "the calls that pass a value on to a checked call", Read, _failed);

    /// <summary>A Razor view or component, whose C# is mixed with markup.</summary>
    private static bool IsView(string path) =>
        path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase);

    private void Read(SourceFile file)
    {
        using var text = _reader.ReadPooled(file, out _);
        if (text is null || !text.Span.ContainsAny(_anyMethod))
        {
            return;
        }
        if (IsView(file.Path))
        {
            // Its calls are not read apart from the markup: a view that names the method at all keeps the hit.
            foreach (var (pattern, forwarded) in _byPattern)
            {
                foreach (var method in forwarded.Where(m => CallMatcher.ContainsWord(text.Span, m.Method)))
                {
                    _calls.Add((pattern, method, false));
                }
            }
            return;
        }
        // Calls from the test suite say nothing about what production passes: by the folder's name or by the pattern's paths.
        if (FileRoles.IsForTests(file.Path))
        {
            return;
        }
        using var masked = CodeMasker.Mask(text.Memory, Language.CSharp);
        var code = masked.Code;
        foreach (var (pattern, forwarded) in _byPattern)
        {
            if (!pattern.ReadsPath(file.Path))
            {
                continue;
            }
            foreach (var method in forwarded)
            {
                foreach (var site in CSharpMethods.CallSites(code, method.Method))
                {
                    var open = code[site..].IndexOf('(');
                    var passed = method.PassedIn(CallMatcher.Arguments(code, site + open));
                    _calls.Add((pattern, method, passed is not null && pattern.ClearedByArguments(passed)));
                }
                // Handed on as a value (a method group, a delegate): what it is later given is not in a call's text.
                if (CSharpMethods.Mentions(code, method.Method).Count > 0)
                {
                    _calls.Add((pattern, method, false));
                }
            }
        }
    }

    /// <summary>Whether a hit that passes on its parameters stands once its method's calls are read.</summary>
    public bool Stands(CodeHit hit)
    {
        var pattern = _patterns[(hit.ControlId, hit.PatternId)];
        var calls = _calls.Where(c => c.Pattern == pattern && c.Forwarded == hit.ForwardedFrom).ToList();
        return calls.Count == 0 || calls.Any(c => !c.Clears);
    }
}
