using System.Buffers;
using System.Collections.Concurrent;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// A second walk, over Python files only, for the modules that hold a development runner the deployment leaves out:
/// which of them some file imports, which runs their top-level code in the served app too. Rare: it runs only when a
/// launch file starts a server and such a runner sits outside its <c>__main__</c> block.
/// </summary>
/// <param name="failed">Told of a file this walk failed to read.</param>
internal sealed class ImportScan(IReadOnlySet<string> modules, FileReader reader, Action<ScanNote> failed) : IWalkVisitor
{
    /// <summary>The last part of each module: a file that does not hold one of them imports none.</summary>
    private readonly SearchValues<string> _lastParts = SearchValues.Create(
        [.. modules.Select(m => m[(m.LastIndexOf('.') + 1)..]).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _imported = new(StringComparer.Ordinal);

    /// <summary>The names the repository's Python files import that may be one of the modules asked about.</summary>
    public IReadOnlySet<string> Imported => _imported.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>The first walk noted what could not be read.</summary>
    public void Note(ScanNote note)
    {
    }

    public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files) =>
        FileRuns.Of([.. files.Where(f => f.Language == Language.Python)], "the imports of a development runner", Read, failed);

    private void Read(SourceFile file)
    {
        using var text = reader.ReadPooled(file, out _);
        if (text is null || !text.Span.ContainsAny(_lastParts))
        {
            return;
        }
        foreach (var name in PythonImports.Of(text.Span))
        {
            if (modules.Any(m => ServerLaunches.Names(m, name)))
            {
                _imported.TryAdd(name, true);
            }
        }
    }
}
