using ShipReady.Auditing;
using static ShipReady.Reports.Html.HtmlText;

namespace ShipReady.Reports.Html;

/// <summary>The three buckets side by side: must-have in order, the 30-day items by week, and the deferred items.</summary>
internal static class BucketColumns
{
    public static void Write(AuditResult result, TextWriter w)
    {
        var plan = result.Plan;
        w.WriteLine("<div class=\"buckets\">");

        var mustCount = plan.MustHave.Length + plan.DoesNotFit.Length;
        Open(w, "must-have", "must", "Must-have for launch",
            $"<span id=\"must-have-hours\">{Hours(plan.MustHaveHours)}</span> of {Hours(result.Profile.TimeboxHours)} · {Plural(mustCount, "item", "items")}",
            "Do these in order: later items build on earlier ones.");
        if (mustCount == 0)
        {
            Empty(w, "No must-have gaps: nothing the audit can see blocks launch.");
        }
        else
        {
            w.WriteLine("<ol class=\"items\" data-group>");
            var rank = 0;
            foreach (var item in plan.MustHave)
            {
                ItemCard.Write(result, item, w, $"#{++rank}");
            }
            if (!plan.DoesNotFit.IsEmpty)
            {
                w.WriteLine($"<li class=\"timebox-end\">The {Hours(result.Profile.TimeboxHours)} timebox ends here: what follows does not fit</li>");
            }
            foreach (var item in plan.DoesNotFit)
            {
                ItemCard.Write(result, item, w, $"#{++rank}", "overflow");
            }
            w.WriteLine("</ol>");
        }
        Close(w);

        var soon = plan.Within30Days.ToList();
        Open(w, "within-30-days", "soon", "Within 30 days", $"{Hours(plan.Within30DaysHours)} · {Plural(soon.Count, "item", "items")}",
            "After launch, spread over four weeks.");
        if (soon.Count == 0)
        {
            Empty(w, "Nothing scheduled for the first 30 days.");
        }
        for (var week = 0; week < plan.Weeks.Length; week++)
        {
            var items = plan.Weeks[week];
            if (items.IsEmpty)
            {
                continue;
            }
            w.WriteLine("<div class=\"week\" data-group>");
            w.WriteLine($"<h4 class=\"week-title\">Week {week + 1} <span class=\"week-hours\">{Hours(items.Sum(i => i.Hours))}</span></h4>");
            w.WriteLine("<ol class=\"items\">");
            foreach (var item in items)
            {
                ItemCard.Write(result, item, w, $"Week {week + 1}");
            }
            w.WriteLine("</ol>");
            w.WriteLine("</div>");
        }
        Close(w);

        Open(w, "defer", "later", "Deferred until it hurts", $"{Plural(plan.Deferred.Length, "item", "items")} · not planned",
            "Known gaps, deliberately not built now. Each comes back when a trigger fires.");
        if (plan.Deferred.IsEmpty)
        {
            Empty(w, "Nothing deferred.");
        }
        else
        {
            w.WriteLine("<ul class=\"items\" data-group>");
            foreach (var item in plan.Deferred)
            {
                ItemCard.Write(result, item, w);
            }
            w.WriteLine("</ul>");
        }
        Close(w);

        w.WriteLine("</div>");
    }

    private static void Open(TextWriter w, string bucket, string tone, string title, string totals, string lede)
    {
        w.WriteLine($"<section class=\"bucket {tone}\" data-bucket=\"{bucket}\" aria-labelledby=\"bucket-{bucket}\">");
        w.WriteLine("<header class=\"bucket-head\">");
        w.WriteLine($"<h3 id=\"bucket-{bucket}\">{title}</h3>");
        w.WriteLine($"<p class=\"bucket-totals\">{totals}</p>");
        w.WriteLine($"<p class=\"bucket-lede\">{lede}</p>");
        w.WriteLine("</header>");
    }

    private static void Close(TextWriter w)
    {
        w.WriteLine("<p class=\"no-match\" hidden>No item here matches the filter.</p>");
        w.WriteLine("</section>");
    }

    private static void Empty(TextWriter w, string text) => w.WriteLine($"<p class=\"empty\">{text}</p>");
}
