using ShipReady.Auditing;
using ShipReady.Model;
using static ShipReady.Reports.Html.HtmlText;

namespace ShipReady.Reports.Html;

/// <summary>The team's decisions from shipready.yml and how each stands: holds, due for a fresh look, or stale.</summary>
internal static class DecisionList
{
    public static void Write(AuditResult result, TextWriter w)
    {
        var decisions = DecisionStatus.Of(result);
        w.WriteLine("<section class=\"card\" id=\"decisions\" aria-labelledby=\"decisions-title\">");
        w.WriteLine($"<h2 id=\"decisions-title\">Decisions <span class=\"count\">{decisions.Count}</span></h2>");
        if (decisions.Count == 0)
        {
            w.WriteLine("<p class=\"empty\">No decisions in shipready.yml: every bucket comes from the policy and the profile.</p>");
            w.WriteLine("</section>");
            return;
        }
        w.WriteLine("<table class=\"ledger\"><thead><tr><th scope=\"col\">Control</th><th scope=\"col\">Bucket</th><th scope=\"col\">Reason</th><th scope=\"col\">Owner</th><th scope=\"col\">Revisit</th><th scope=\"col\">Status</th></tr></thead><tbody>");
        foreach (var status in decisions)
        {
            var d = status.Decision;
            w.WriteLine($"<tr data-control=\"{Encode(d.ControlId)}\"><td><code class=\"id\">{Encode(d.ControlId)}</code></td><td>{Names.Label(d.Bucket)}</td><td>{Encode(d.Reason)}</td><td>{Encode(d.Owner ?? "")}</td><td>{Encode(DecisionStatus.Revisit(d))}</td><td><strong>{Encode(status.State)}</strong>{(status.State == DecisionStatus.Holds ? "" : ": " + Encode(status.Detail))}</td></tr>");
        }
        w.WriteLine("</tbody></table>");
        w.WriteLine("</section>");
    }
}
