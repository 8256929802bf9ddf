using System.Buffers;
using System.Text.RegularExpressions;

namespace ShipReady.Facts.Secrets;

/// <summary>One format of secret: its name and the regex whose group "secret" (or whole match) is the value.</summary>
/// <param name="Literals">Texts every match contains, one at least: a line without any is not given to the regex.</param>
/// <param name="IgnoreCase">Whether the literals are looked for in any case, as the regex reads them.</param>
/// <param name="Holds">
/// For a format that carries its own check (a checksum), whether a matched value passes it: every key the provider
/// issues does, so a value that fails is a made-up one of the right shape.
/// </param>
public sealed record SecretRule(string Id, string Name, Regex Regex, IReadOnlyList<string> Literals, bool IgnoreCase = false, Func<string, bool>? Holds = null)
{
    private readonly SearchValues<string> _literals =
        SearchValues.Create([.. Literals], IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>Whether the line holds one of the literals, so that the regex can match it.</summary>
    public bool MayMatch(ReadOnlySpan<char> line) => line.IndexOfAny(_literals) >= 0;
}
