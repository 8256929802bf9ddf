using ShipReady.Auditing;
using ShipReady.Model;

namespace ShipReady.Reports.Html;

/// <summary>
/// The filter controls. They start hidden and the script shows them, so a reader without script
/// never meets controls that do nothing; the whole report is in the page either way.
/// </summary>
internal static class FilterBar
{
    public static void Write(AuditResult result, TextWriter w)
    {
        w.WriteLine("<div class=\"filters\" id=\"filters\" role=\"search\" aria-label=\"Filter the plan\" hidden>");
        w.WriteLine("<div class=\"field\"><label for=\"area-filter\">Area</label>");
        w.WriteLine("<select id=\"area-filter\"><option value=\"\">All areas</option>");
        foreach (var area in Enum.GetValues<Area>())
        {
            var count = result.Items.Count(i => i.Control.Area == area);
            if (count > 0)
            {
                w.WriteLine($"<option value=\"{AreaLabels.Key(area)}\">{AreaLabels.Label(area)} ({count})</option>");
            }
        }
        w.WriteLine("</select></div>");
        w.WriteLine("<div class=\"field\"><span class=\"field-label\" id=\"bucket-filter-label\">Bucket</span>");
        w.WriteLine("<div class=\"segmented\" role=\"group\" aria-labelledby=\"bucket-filter-label\">");
        Button(w, "", "All", pressed: true);
        Button(w, "must-have", "Must-have", pressed: false);
        Button(w, "within-30-days", "30 days", pressed: false);
        Button(w, "defer", "Deferred", pressed: false);
        w.WriteLine("</div></div>");
        w.WriteLine("<div class=\"field grow\"><label for=\"text-filter\">Search</label>");
        w.WriteLine("<input type=\"search\" id=\"text-filter\" placeholder=\"id, title, file or code\" autocomplete=\"off\" spellcheck=\"false\"></div>");
        w.WriteLine("<div class=\"field\"><span class=\"field-label\" aria-hidden=\"true\">&#160;</span><button type=\"button\" id=\"toggle-details\" aria-pressed=\"false\">Expand all evidence</button></div>");
        w.WriteLine("</div>");
        w.WriteLine("<p class=\"filter-status\" id=\"filter-status\" role=\"status\" aria-live=\"polite\"></p>");
    }

    private static void Button(TextWriter w, string bucket, string label, bool pressed) =>
        w.WriteLine($"<button type=\"button\" data-bucket-filter=\"{bucket}\" aria-pressed=\"{(pressed ? "true" : "false")}\">{label}</button>");
}
