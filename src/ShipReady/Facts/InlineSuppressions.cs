using System.Text.RegularExpressions;
using ShipReady.Evaluation;
using ShipReady.Model;

namespace ShipReady.Facts;

/// <summary>Finds <c>shipready-ignore ID: reason</c> markers in a file.</summary>
public static partial class InlineSuppressions
{
    public const string Marker = "shipready-ignore";

    [GeneratedRegex(@"shipready-ignore\s+(?<id>[A-Za-z]+-[A-Za-z0-9]+)\s*(?::\s*(?<reason>.*?))?\s*(?:\*/|-->|#\})?\s*$")]
    private static partial Regex Line();

    /// <summary>Markers of the file; one without a reason comes back with an empty reason, for the caller to refuse.</summary>
    public static IReadOnlyList<Suppression> Scan(string path, ReadOnlySpan<char> text) =>
        // Markers are rare: only a file that holds one is copied out and split into lines.
        text.Contains(Marker, StringComparison.Ordinal) ? [.. Markers(path, text.ToString())] : [];

    private static IEnumerable<Suppression> Markers(string path, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Line().Match(lines[i].TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }
            // The marker covers its own line (a trailing comment) and the next line with code on it.
            var next = i + 1;
            while (next < lines.Length && lines[next].Trim().Length == 0)
            {
                next++;
            }
            yield return new Suppression(
                match.Groups["id"].Value.ToUpperInvariant(),
                match.Groups["reason"].Value.Trim(),
                Inline: true,
                new Location(path, i + 1),
                [i + 1, next + 1]);
        }
    }
}
