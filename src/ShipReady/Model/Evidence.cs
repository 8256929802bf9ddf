namespace ShipReady.Model;

/// <summary>Why a detector decided what it did: where, what the code says there (already redacted), and why it matters.</summary>
/// <param name="Location">Where it was seen; null for evidence of absence ("no error tracker among the dependencies").</param>
/// <param name="Snippet">The line of code, trimmed and with any secret redacted.</param>
/// <param name="Why">One line saying what this evidence shows.</param>
/// <param name="Fingerprint">Stable identity of the finding: control, file and normalised code, not the line number.</param>
/// <param name="Commit">For evidence found in git history rather than the working tree: the abbreviated commit, and <paramref name="Location"/> is the place in that commit.</param>
public sealed record Evidence(Location? Location, string? Snippet, string Why, string? Fingerprint = null, string? Commit = null);
