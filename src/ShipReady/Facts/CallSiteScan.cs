using System.Buffers;
using System.Collections.Concurrent;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// A second walk, made only when some hits wait on their callers (<see cref="CodeHit.ReachedThrough"/>): it reads the
/// C# files that name one of the methods those hits are reached through, and notes each call to them, whether the
/// hit's guard holds around it and whether it sits in a test the pattern skips.
/// </summary>
/// <remarks>
/// A hit is cleared only when the code shows it cannot run in production: no call from another file reaches its
/// methods without the guard, and each method nothing in its own file calls is called somewhere under the guard or,
/// for a pattern with <see cref="CodePattern.UnlessOnlyTestsCall"/>, only by tests. A method the framework may call
/// itself (<see cref="CSharpEntryPoints"/>), one named without a call in production code (a method group handed to a
/// router or a job queue), or one nothing calls at all keeps its hit.
/// </remarks>
internal sealed class CallSiteScan : IWalkVisitor
{
    private readonly FileReader _reader;
    private readonly Action<ScanNote> _failed;
    private readonly (CodePattern Pattern, string[] Methods)[] _methodsByPattern;
    private readonly Dictionary<(string ControlId, string PatternId), CodePattern> _patterns;
    private readonly SearchValues<string> _anyMethod;
    private readonly ConcurrentBag<MethodUse> _uses = [];

    /// <param name="failed">Told of a file this walk failed to read.</param>
    public CallSiteScan(IReadOnlyList<(CodeHit Hit, CodePattern Pattern)> waiting, FileReader reader, Action<ScanNote> failed)
    {
        _reader = reader;
        _failed = failed;
        _methodsByPattern =
        [
            .. waiting.GroupBy(w => w.Pattern)
                .Select(g => (g.Key, g.SelectMany(w => w.Hit.ReachedThrough!.Methods).Distinct(StringComparer.Ordinal).ToArray())),
        ];
        _patterns = _methodsByPattern.ToDictionary(p => (p.Pattern.ControlId, p.Pattern.Id), p => p.Pattern);
        _anyMethod = SearchValues.Create([.. _methodsByPattern.SelectMany(p => p.Methods).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>The first walk noted what could not be read.</summary>
    public void Note(ScanNote note)
    {
    }

    public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files) =>
        FileRuns.Of([.. files.Where(f => f.Language == Language.CSharp)], "the calls to a method a finding waits on", Read, _failed);

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
            // Only the test suite: generated files (*.g.cs) are skipped too, and run in production.
            var inTests = pattern.UnlessOnlyTestsCall && pattern.SkipsPath(file.Path) && FileRoles.IsForTests(file.Path);
            if (!inTests && !pattern.ReadsPath(file.Path))
            {
                continue;
            }
            foreach (var method in methods)
            {
                foreach (var site in CSharpMethods.CallSites(masked.Code, method))
                {
                    var guarded = !inTests && PatternScanner.Cleared(pattern, masked, site);
                    _uses.Add(new MethodUse(file.Path, method, pattern, guarded ? Use.GuardedCall : inTests ? Use.TestCall : Use.Call));
                }
                if (pattern.UnlessOnlyTestsCall && !inTests && CSharpMethods.Mentions(masked.Code, method).Count > 0)
                {
                    _uses.Add(new MethodUse(file.Path, method, pattern, Use.Named));
                }
            }
        }
    }

    /// <summary>Whether a waiting hit stands once the calls from other files are known.</summary>
    public bool Stands(CodeHit hit)
    {
        var chain = hit.ReachedThrough!;
        var pattern = _patterns[(hit.ControlId, hit.PatternId)];
        var uses = _uses.Where(u => u.Pattern == pattern && chain.Methods.Contains(u.Method)).ToList();
        // Calls in the hit's own file were followed when the chain was made.
        var calls = uses.Where(u => u.File != hit.Location.File && u.Kind is Use.Call or Use.GuardedCall).ToList();
        if (calls.Any(c => c.Kind == Use.Call))
        {
            return true;
        }
        var onlyTests = pattern.UnlessOnlyTestsCall && chain.Entries.IsEmpty && !uses.Any(u => u.Kind == Use.Named);
        return !chain.Roots.All(root =>
            calls.Any(c => c.Method == root)
            || (onlyTests && uses.Any(u => u.Method == root && u.Kind == Use.TestCall)));
    }

    private enum Use
    {
        /// <summary>A call from production code that no guard covers.</summary>
        Call,
        /// <summary>A call from production code inside the pattern's guard.</summary>
        GuardedCall,
        /// <summary>A call from a file the pattern skips: a test.</summary>
        TestCall,
        /// <summary>The name in production code without a call: a method group, <c>nameof</c>, a registration.</summary>
        Named,
    }

    private sealed record MethodUse(string File, string Method, CodePattern Pattern, Use Kind);
}
