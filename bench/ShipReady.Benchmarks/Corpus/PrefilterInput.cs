namespace ShipReady.Benchmarks.Corpus;

/// <summary>Whether the prefilter's literals occur in the text it searches.</summary>
public enum PrefilterInput
{
    /// <summary>The generated code as it is: most files hold a common literal early, so the search stops soon.</summary>
    Source,

    /// <summary>The same code less every line holding a literal: each search runs to the end, the case the prefilter exists for.</summary>
    NoLiterals,
}
