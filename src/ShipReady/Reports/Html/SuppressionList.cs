using System.Globalization;
using ShipReady.Auditing;
using static ShipReady.Reports.Html.HtmlText;

namespace ShipReady.Reports.Html;

/// <summary>Accepted findings, inline or in shipready.yml, with how many each hid; a stale one hides nothing and can go.</summary>
internal static class SuppressionList
{
    public static void Write(AuditResult result, TextWriter w)
    {
        var suppressions = result.Suppressions;
        w.WriteLine("<section class=\"card\" id=\"suppressions\" aria-labelledby=\"suppressions-title\">");
        w.WriteLine($"<h2 id=\"suppressions-title\">Suppressions <span class=\"count\">{suppressions.Length}</span></h2>");
        if (suppressions.IsEmpty)
        {
            w.WriteLine("<p class=\"empty\">No finding is suppressed.</p>");
            w.WriteLine("</section>");
            return;
        }
        w.WriteLine("<table class=\"ledger\"><thead><tr><th scope=\"col\">Control</th><th scope=\"col\">Where</th><th scope=\"col\">Reason</th><th scope=\"col\">Hidden</th></tr></thead><tbody>");
        foreach (var status in suppressions)
        {
            var s = status.Suppression;
            var hidden = status.IsStale ? "0: stale, remove it" : status.Matched.ToString(CultureInfo.InvariantCulture);
            w.WriteLine($"<tr data-control=\"{Encode(s.ControlId)}\"><td><code class=\"id\">{Encode(s.ControlId)}</code></td><td><code>{Encode(s.Where.ToString())}</code></td><td>{Encode(s.Reason)}</td><td>{Encode(hidden)}</td></tr>");
        }
        w.WriteLine("</tbody></table>");
        w.WriteLine("</section>");
    }
}
