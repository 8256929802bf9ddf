using ShipReady.Triage;

namespace ShipReady.Reports;

/// <summary>
/// The places a question points at, when the audit saw something it could not judge (a review pattern's hits):
/// "public/widgets.js:6, public/widgets.js:12 and 3 more". Empty for a question the code says nothing about.
/// </summary>
public static class PlacesToReview
{
    /// <summary>How many places a one-line summary names; the JSON report lists them all.</summary>
    public const int Shown = 3;

    public static string Of(TriagedItem item)
    {
        if (!item.IsQuestion)
        {
            return "";
        }
        var places = item.Result.Findings.Select(e => $"{e.Location!.File}:{e.Location.Line}").ToList();
        if (places.Count == 0)
        {
            return "";
        }
        var named = string.Join(", ", places.Take(Shown));
        return places.Count > Shown ? $"{named} and {places.Count - Shown} more" : named;
    }
}
