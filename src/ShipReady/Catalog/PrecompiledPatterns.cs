using System.Text.RegularExpressions;

namespace ShipReady.Catalog;

/// <summary>
/// The built-in controls' pattern expressions, compiled by the regex source generator when the engine is built.
/// </summary>
/// <remarks>
/// Building a non-backtracking matcher costs 5–80 ms per expression, which made the first files of every audit
/// slow; the generated matchers cost nothing to build and run faster. They backtrack, so each one carries a
/// match timeout and the scanner reruns a file on the non-backtracking engine when one expires: hostile input
/// costs at most the timeout, never a hang, and never a lost finding.
/// The table is in <c>PrecompiledPatterns.g.cs</c>; a test fails when it falls out of step with the catalog and
/// rewrites it when run with <c>SHIPREADY_UPDATE_GENERATED=1</c>. An expression missing from it (a repository's
/// own control, or an edit not yet regenerated) simply runs on the non-backtracking engine.
/// </remarks>
internal static partial class PrecompiledPatterns
{
    /// <summary>The options every pattern expression runs with, precompiled or not.</summary>
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Multiline;

    /// <summary>How long one precompiled match may run before the scanner switches that file to the non-backtracking engine.</summary>
    public const int TimeoutMilliseconds = 500;

    /// <summary>The precompiled matcher of an expression, or null when it has none.</summary>
    public static Regex? Find(string expression) => Lookup(expression);

    private static partial Regex? Lookup(string expression);
}
