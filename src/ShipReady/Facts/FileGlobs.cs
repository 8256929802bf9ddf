using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// The file globs of a catalog's detectors, matched against every path as the tree is walked; each keeps the first
/// few paths it matches in path order, which is all the evidence ever names.
/// </summary>
internal sealed class FileGlobs
{
    private readonly (Glob Glob, SortedSet<string> First)[] _globs;

    public FileGlobs(ControlCatalog catalog)
    {
        _globs =
        [
            .. catalog.Controls
                .Select(c => c.Detect)
                .SelectMany(d => new[] { d?.AppliesWhen, d?.SatisfiedBy })
                .SelectMany(s => s?.Files ?? [])
                .Distinct()
                .Select(g => (g, new SortedSet<string>(StringComparer.Ordinal))),
        ];
    }

    /// <summary>Matches one path against every glob; safe from any thread.</summary>
    public void Add(string path)
    {
        foreach (var (glob, first) in _globs)
        {
            if (!glob.IsMatch(path))
            {
                continue;
            }
            lock (first)
            {
                // Paths come in no order: keep the smallest few, dropping the largest when there is one too many.
                if (first.Count < FactSet.MaxFileMatches || string.CompareOrdinal(path, first.Max) < 0)
                {
                    first.Add(path);
                    if (first.Count > FactSet.MaxFileMatches)
                    {
                        first.Remove(first.Max!);
                    }
                }
            }
        }
    }

    public ImmutableDictionary<Glob, ImmutableArray<string>> ToMatches() =>
        _globs.Where(g => g.First.Count > 0).ToImmutableDictionary(g => g.Glob, g => g.First.ToImmutableArray());
}
