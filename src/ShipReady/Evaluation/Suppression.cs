using ShipReady.Inventory;
using ShipReady.Model;

namespace ShipReady.Evaluation;

/// <summary>
/// A finding the team has looked at and accepted, with why: inline (<c>shipready-ignore ID: reason</c>
/// on the finding's line or the line above) or in shipready.yml by fingerprint or path. It hides only
/// findings of its own control, so a new problem on the same line still shows.
/// </summary>
/// <param name="Where">The inline marker's place, or the line of shipready.yml that holds the entry.</param>
/// <param name="AppliesToLines">For an inline marker: the lines it covers (its own and the next code line).</param>
public sealed record Suppression(
    string ControlId,
    string Reason,
    bool Inline,
    Location Where,
    IReadOnlyList<int> AppliesToLines,
    string? Fingerprint = null,
    Glob? Path = null)
{
    public bool Covers(string controlId, Evidence evidence)
    {
        if (!string.Equals(controlId, ControlId, StringComparison.OrdinalIgnoreCase) || evidence.Location is not { Line: > 0 } location)
        {
            return false;
        }
        if (Inline)
        {
            // A marker sits on a line of today's file; a finding in an old commit has other lines.
            return evidence.Commit is null && location.File == Where.File && AppliesToLines.Contains(location.Line);
        }
        return (Fingerprint is not null && Fingerprint == evidence.Fingerprint) || (Path is not null && Path.IsMatch(location.File));
    }
}
