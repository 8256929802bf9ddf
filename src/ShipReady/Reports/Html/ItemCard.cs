using ShipReady.Auditing;
using ShipReady.Model;
using ShipReady.Triage;
using static ShipReady.Reports.Html.HtmlText;

namespace ShipReady.Reports.Html;

/// <summary>
/// One triaged item: what is wrong, why it sits in its bucket, where the code shows it, and the fix
/// for the stack found. The evidence folds into a details element, which opens without script.
/// </summary>
internal static class ItemCard
{
    /// <param name="marker">Our own short label for the item's place in the plan ("Week 2"), never repository text.</param>
    public static void Write(AuditResult result, TriagedItem item, TextWriter w, string? marker = null, string? extraClass = null)
    {
        var control = item.Control;
        w.WriteLine($"<li class=\"item{(extraClass is null ? "" : " " + extraClass)}\" data-control=\"{Encode(item.Id)}\" data-area=\"{AreaLabels.Key(control.Area)}\">");
        w.WriteLine("<div class=\"item-head\">");
        w.WriteLine($"<code class=\"id\">{Encode(item.Id)}</code>");
        w.WriteLine($"<span class=\"area-tag\">{AreaLabels.Label(control.Area)}</span>");
        if (marker is not null)
        {
            w.WriteLine($"<span class=\"marker\">{marker}</span>");
        }
        w.WriteLine($"<span class=\"hours\">{Hours(item.Hours)}</span>");
        w.WriteLine("</div>");
        w.WriteLine($"<h4 class=\"item-title\">{Encode(item.IsQuestion ? $"{control.Title} (unconfirmed)" : control.FailureTitle)}</h4>");
        Reason(item.Reason, w);
        if (item.FiredTrigger is not null)
        {
            // The reason already names the trigger and what showed it; the badge only makes the change stand out.
            w.WriteLine("<p class=\"fired\">Brought back from the deferred list this run</p>");
        }
        if (item.Bucket == Bucket.Defer && !item.Triggers.IsEmpty)
        {
            w.WriteLine($"<p class=\"revisit\"><span class=\"label\">Comes back when</span> {Encode(string.Join(", or ", item.Triggers.Select(t => t.Say)))}</p>");
        }
        Where(item, w);
        Details(result, item, w);
        w.WriteLine("</li>");
    }

    /// <summary>Reasons read "rule → bucket: because"; the because is what a founder needs first, the rule after it.</summary>
    private static void Reason(string reason, TextWriter w)
    {
        var arrow = reason.IndexOf('→', StringComparison.Ordinal);
        var colon = arrow < 0 ? -1 : reason.IndexOf(": ", arrow, StringComparison.Ordinal);
        if (colon < 0)
        {
            w.WriteLine($"<p class=\"reason\">{Encode(reason)}</p>");
            return;
        }
        w.WriteLine($"<p class=\"reason\">{Encode(reason[(colon + 2)..])} <span class=\"rule\">({Encode(reason[..colon])})</span></p>");
    }

    private static void Where(TriagedItem item, TextWriter w)
    {
        var findings = item.Result.Findings.ToList();
        if (findings.Count > 0)
        {
            var more = findings.Count > 1 ? $" and {findings.Count - 1} more" : "";
            w.WriteLine($"<p class=\"where\"><code>{Encode(EvidencePlace.Of(findings[0]))}</code>{more}</p>");
            // The line itself is the evidence a founder checks first; deferred cards stay short.
            if (item.Bucket != Bucket.Defer && !string.IsNullOrEmpty(findings[0].Snippet))
            {
                w.WriteLine($"<pre class=\"first-snippet\"><code>{Encode(findings[0].Snippet)}</code></pre>");
            }
        }
        else if (item.IsQuestion)
        {
            w.WriteLine($"<p class=\"where ask\"><span class=\"label\">Question:</span> {Encode(item.Control.Question)}</p>");
        }
        else if (item.Bucket != Bucket.Defer)
        {
            // Evidence of absence ("looked for 25 dependencies") tells why a launch item stands;
            // on a deferred card it only adds length, and the folded details still hold it.
            w.WriteLine($"<p class=\"where\">{Encode(item.Result.Summary)}</p>");
        }
    }

    private static void Details(AuditResult result, TriagedItem item, TextWriter w)
    {
        var control = item.Control;
        w.WriteLine("<details>");
        w.WriteLine($"<summary>{(item.Result.Evidence.IsEmpty ? "Why it matters and the fix" : "Evidence and fix")}</summary>");
        w.WriteLine("<div class=\"details-body\">");
        w.WriteLine($"<p class=\"why\">{Encode(control.Why)}</p>");
        if (!item.Result.Evidence.IsEmpty)
        {
            w.WriteLine("<ul class=\"evidence\">");
            foreach (var evidence in item.Result.Evidence)
            {
                var where = evidence.Location is null ? "" : $"<code class=\"loc\">{Encode(EvidencePlace.Of(evidence))}</code> ";
                w.WriteLine($"<li><p>{where}{Encode(evidence.Why)}</p>");
                if (!string.IsNullOrEmpty(evidence.Snippet))
                {
                    w.WriteLine($"<pre><code>{Encode(evidence.Snippet)}</code></pre>");
                }
                w.WriteLine("</li>");
            }
            w.WriteLine("</ul>");
        }
        foreach (var (stack, text) in FixGuidance.For(control, result.Stacks))
        {
            w.WriteLine($"<div class=\"fix\"><p class=\"fix-label\">Fix for {Encode(stack)}</p><p>{Prose(text)}</p></div>");
        }
        w.WriteLine("</div>");
        w.WriteLine("</details>");
    }
}
