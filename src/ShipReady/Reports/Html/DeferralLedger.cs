using ShipReady.Auditing;
using ShipReady.Model;
using static ShipReady.Reports.Html.HtmlText;

namespace ShipReady.Reports.Html;

/// <summary>
/// The written deferral list: every deferred item with the triggers that bring it back, whether the
/// audit watches each one, and what came back this run because a trigger fired.
/// </summary>
internal static class DeferralLedger
{
    public static void Write(AuditResult result, TextWriter w)
    {
        var plan = result.Plan;
        w.WriteLine("<section class=\"card\" id=\"ledger\" aria-labelledby=\"ledger-title\">");
        w.WriteLine("<h2 id=\"ledger-title\">Deferral ledger</h2>");
        w.WriteLine("<p class=\"section-lede\">What is deliberately left for later, and what brings each item back. Every audit re-checks the triggers it can see and promotes what fired.</p>");
        Promoted(result, w);
        if (plan.Deferred.IsEmpty)
        {
            w.WriteLine("<p class=\"empty\">Nothing deferred.</p>");
            w.WriteLine("</section>");
            return;
        }
        w.WriteLine("<div class=\"table-scroll\"><table class=\"ledger\">");
        w.WriteLine("<thead><tr><th scope=\"col\">Control</th><th scope=\"col\">Hours</th><th scope=\"col\">Comes back when</th><th scope=\"col\">Why deferred</th></tr></thead>");
        w.WriteLine("<tbody data-group>");
        foreach (var item in plan.Deferred)
        {
            w.WriteLine($"<tr data-control=\"{Encode(item.Id)}\" data-area=\"{AreaLabels.Key(item.Control.Area)}\">");
            var title = item.IsQuestion ? $"{item.Control.Title} (unconfirmed)" : item.Control.FailureTitle;
            w.WriteLine($"<th scope=\"row\"><code class=\"id\">{Encode(item.Id)}</code><span class=\"ledger-title\">{Encode(title)}</span></th>");
            w.WriteLine($"<td class=\"num\">{Hours(item.Hours)}</td>");
            w.WriteLine("<td><ul class=\"triggers\">");
            foreach (var trigger in item.Triggers)
            {
                var check = trigger.IsAuditable
                    ? $"<span class=\"check audited\">checked by the audit → {Names.Label(trigger.PromoteTo)}</span>"
                    : "<span class=\"check manual\">not checked: watch for it</span>";
                w.WriteLine($"<li>{Encode(trigger.Say)} {check}</li>");
            }
            if (item.Triggers.IsEmpty)
            {
                w.WriteLine("<li>no trigger written: decide a date to look again</li>");
            }
            w.WriteLine("</ul></td>");
            w.WriteLine($"<td class=\"reason-cell\">{Encode(item.Reason)}</td>");
            w.WriteLine("</tr>");
        }
        w.WriteLine("</tbody></table></div>");
        w.WriteLine("<p class=\"no-match\" hidden>No deferred item matches the filter.</p>");
        w.WriteLine("</section>");
    }

    private static void Promoted(AuditResult result, TextWriter w)
    {
        var promoted = result.Plan.Promoted.ToList();
        if (promoted.Count == 0)
        {
            w.WriteLine("<p class=\"promoted-none\">No deferral came back this run: none of the triggers the audit checks has fired.</p>");
            return;
        }
        w.WriteLine("<h3>Brought back by a trigger</h3>");
        w.WriteLine("<ul class=\"promoted\">");
        foreach (var item in promoted)
        {
            var fired = item.FiredTrigger!;
            w.WriteLine($"<li><code class=\"id\">{Encode(item.Id)}</code> is now {Names.Label(item.Bucket)}: {Encode(fired.Trigger.Say)} ({Encode(fired.Detail)}).</li>");
        }
        w.WriteLine("</ul>");
    }
}
