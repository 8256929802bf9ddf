using ShipReady.Model;

namespace ShipReady.Facts.Code;

/// <summary>A place where a control's code pattern matched.</summary>
/// <param name="Snippet">The matched line, trimmed, with any secret redacted.</param>
public sealed record CodeHit(string ControlId, string PatternId, Location Location, string Snippet, string Message);
