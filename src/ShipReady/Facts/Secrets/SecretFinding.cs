using ShipReady.Model;

namespace ShipReady.Facts.Secrets;

/// <summary>A secret found in the tree or in its git history, never holding its value: a redacted form and a fingerprint identify it.</summary>
/// <param name="Redacted">A short prefix and the length, e.g. <c>sk_l…(32 chars)</c>.</param>
/// <param name="Fingerprint">The first 12 hex digits of the value's SHA-256: the same secret has the same one wherever it is found.</param>
/// <param name="Snippet">The line holding the secret, with the value redacted.</param>
/// <param name="Commit">For a secret found only in git history: the commit that first added it, and <see cref="Location"/> is the place in that commit. Null for the working tree.</param>
public sealed record SecretFinding(string RuleId, string Kind, Location Location, string Redacted, string Fingerprint, string Snippet, string? Commit = null);
