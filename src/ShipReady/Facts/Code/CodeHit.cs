using ShipReady.Model;

namespace ShipReady.Facts.Code;

/// <summary>A place where a control's code pattern matched.</summary>
/// <param name="Snippet">The matched line, trimmed, with any secret redacted.</param>
public sealed record CodeHit(string ControlId, string PatternId, Location Location, string Snippet, string Message)
{
    /// <summary>
    /// For a hit of a pattern with a guard, in a method that other files may call only under that guard: the methods it
    /// is reached through. Whether it stands is settled after the walk, from those files (see <see cref="CallSiteScan"/>).
    /// </summary>
    public CallerChain? ReachedThrough { get; init; }
}
