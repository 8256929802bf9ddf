using System.Buffers;
using System.Collections.Frozen;
using ShipReady.Catalog;
using ShipReady.Facts.Code;

namespace ShipReady.Benchmarks.Corpus;

/// <summary>The embedded catalog's prefilter literals, per language, as the pattern scanner holds them.</summary>
internal sealed class CatalogLiterals
{
    public CatalogLiterals()
    {
        var patterns = ControlCatalog.Default.Patterns.ToList();
        // The scanner's own listing, with no pattern cleared by a dependency: the widest prefilter an audit runs.
        var literals = new PatternScanner(patterns).Literals;
        Literals = literals.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        SearchValues = literals.ToFrozenDictionary(kv => kv.Key, kv => System.Buffers.SearchValues.Create(kv.Value.ToArray(), StringComparison.Ordinal));
        LiteralSets = literals.ToFrozenDictionary(kv => kv.Key, kv => new LiteralSet(kv.Value));
        PatternLiterals = literals.Keys.ToFrozenDictionary(
            language => language,
            language => patterns.Where(p => p.Languages.Contains(language)).Select(p => p.Prefilter.ToArray()).ToArray());
    }

    /// <summary>Distinct literals of every pattern of a language.</summary>
    public FrozenDictionary<Language, string[]> Literals { get; }

    /// <summary>The same literals as one multi-string search, built as the scanner builds it.</summary>
    public FrozenDictionary<Language, SearchValues<string>> SearchValues { get; }

    /// <summary>The same literals as the scanner's one-pass prefilter.</summary>
    public FrozenDictionary<Language, LiteralSet> LiteralSets { get; }

    /// <summary>Each pattern's own literals, in catalog order; a pattern runs when any of them occurs.</summary>
    public FrozenDictionary<Language, string[][]> PatternLiterals { get; }
}
