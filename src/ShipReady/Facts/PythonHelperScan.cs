using System.Buffers;
using System.Collections.Concurrent;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// A second walk, made only when Python hits are built from a function another module defines
/// (<see cref="CodeHit.PythonHelpers"/>, <c>helpers.render_escaped(error)</c>): it reads the Python files that define a
/// function of that name and judges what each definition returns, in its own file (<see cref="PythonMarkupValue"/>).
/// </summary>
/// <remarks>
/// A hit is cleared only when each function it asks about is defined at least once in the files the pattern reads, tests
/// left out, and every definition of that name returns only values made by the code (an escaper's result): a function
/// of an installed package, or one defined twice with another body, keeps the hit.
/// </remarks>
internal sealed class PythonHelperScan : IWalkVisitor
{
    private readonly FileReader _reader;
    private readonly Action<ScanNote> _failed;
    private readonly (string Helper, CodePattern Pattern)[] _asked;
    private readonly Dictionary<(string ControlId, string PatternId), CodePattern> _patterns;
    private readonly SearchValues<string> _anyHelper;
    private readonly ConcurrentDictionary<(string, CodePattern), ConcurrentBag<bool>> _definitions = new();

    /// <param name="failed">Told of a file this walk failed to read.</param>
    public PythonHelperScan(IReadOnlyList<(CodeHit Hit, CodePattern Pattern)> waiting, FileReader reader, Action<ScanNote> failed)
    {
        _reader = reader;
        _failed = failed;
        _asked = [.. waiting.SelectMany(w => w.Hit.PythonHelpers!.Value.Select(h => (h, w.Pattern))).Distinct()];
        _patterns = waiting.Select(w => w.Pattern).Distinct().ToDictionary(p => (p.ControlId, p.Id));
        _anyHelper = SearchValues.Create([.. _asked.Select(a => a.Helper).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>The first walk noted what could not be read.</summary>
    public void Note(ScanNote note)
    {
    }

    public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files) =>
        FileRuns.Of([.. files.Where(f => f.Language == Language.Python && !FileRoles.IsForTests(f.Path))], "the Python functions a value is built by", Read, _failed);

    private void Read(SourceFile file)
    {
        using var text = _reader.ReadPooled(file, out _);
        if (text is null || !text.Span.ContainsAny(_anyHelper) || !text.Span.Contains("def ", StringComparison.Ordinal))
        {
            return;
        }
        using var masked = CodeMasker.Mask(text.Memory, Language.Python);
        foreach (var (helper, pattern) in _asked)
        {
            if (pattern.ReadsPath(file.Path) && CallMatcher.ContainsWord(masked.Code, helper)
                && PythonMarkupValue.HelperReturnsFixed(masked, pattern, helper) is { } returnsFixed)
            {
                _definitions.GetOrAdd((helper, pattern), _ => []).Add(returnsFixed);
            }
        }
    }

    /// <summary>Whether a waiting hit stands once the functions it is built by are read.</summary>
    public bool Stands(CodeHit hit)
    {
        var pattern = _patterns[(hit.ControlId, hit.PatternId)];
        return !hit.PythonHelpers!.Value.All(h => _definitions.TryGetValue((h, pattern), out var found) && !found.IsEmpty && found.All(f => f));
    }
}
