using System.Buffers;
using System.Collections.Concurrent;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// A second walk, made only when some hits wait on their callers (<see cref="CodeHit.ReachedThrough"/>): it reads the
/// C# files that name one of the methods those hits are reached through, and notes each call to them and whether the
/// hit's guard holds around it.
/// </summary>
/// <remarks>
/// A hit is cleared only when the code shows it cannot run in production: no call from another file reaches its
/// methods without the guard, and each method nothing in its own file calls is called somewhere under the guard. A
/// method only the framework, a test or a delegate calls has no such call, so its hit stands.
/// </remarks>
internal sealed class CallSiteScan : IWalkVisitor
{
    private readonly FileReader _reader;
    private readonly (CodePattern Pattern, string[] Methods)[] _methodsByPattern;
    private readonly SearchValues<string> _anyMethod;
    private readonly ConcurrentBag<(string File, string Method, string PatternId, bool Guarded)> _calls = [];

    public CallSiteScan(IReadOnlyList<(CodeHit Hit, CodePattern Pattern)> waiting, FileReader reader)
    {
        _reader = reader;
        _methodsByPattern =
        [
            .. waiting.GroupBy(w => w.Pattern)
                .Select(g => (g.Key, g.SelectMany(w => w.Hit.ReachedThrough!.Methods).Distinct(StringComparer.Ordinal).ToArray())),
        ];
        _anyMethod = SearchValues.Create([.. _methodsByPattern.SelectMany(p => p.Methods).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>The first walk noted what could not be read.</summary>
    public void Note(ScanNote note)
    {
    }

    public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files) =>
        FileRuns.Of([.. files.Where(f => f.Language == Language.CSharp)], Read);

    private void Read(SourceFile file)
    {
        using var text = _reader.ReadPooled(file, out _);
        if (text is null || !text.Span.ContainsAny(_anyMethod))
        {
            return;
        }
        using var masked = CodeMasker.Mask(text.Memory, Language.CSharp);
        foreach (var (pattern, methods) in _methodsByPattern)
        {
            if (!pattern.ReadsPath(file.Path))
            {
                continue;
            }
            foreach (var method in methods)
            {
                foreach (var site in CSharpMethods.CallSites(masked.Code, method))
                {
                    _calls.Add((file.Path, method, pattern.Id, GuardingConditions.Holds(pattern.UnlessGuard!.Value, masked, Language.CSharp, site)));
                }
            }
        }
    }

    /// <summary>Whether a waiting hit stands once the calls from other files are known.</summary>
    public bool Stands(CodeHit hit)
    {
        var chain = hit.ReachedThrough!;
        var elsewhere = _calls.Where(c => c.PatternId == hit.PatternId && c.File != hit.Location.File && chain.Methods.Contains(c.Method)).ToList();
        var guarded = !elsewhere.Any(c => !c.Guarded) && chain.Roots.All(root => elsewhere.Any(c => c.Method == root && c.Guarded));
        return !guarded;
    }
}
