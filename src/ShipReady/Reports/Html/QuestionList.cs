using ShipReady.Auditing;
using ShipReady.Model;
using static ShipReady.Reports.Html.HtmlText;

namespace ShipReady.Reports.Html;

/// <summary>The questions code cannot answer, with what a "no" would cost; their hours are not in the totals.</summary>
internal static class QuestionList
{
    public static void Write(AuditResult result, TextWriter w)
    {
        var questions = result.Plan.Questions;
        w.WriteLine("<section class=\"card\" id=\"questions\" aria-labelledby=\"questions-title\">");
        w.WriteLine($"<h2 id=\"questions-title\">Questions to answer before launch <span class=\"count\">{questions.Length}</span></h2>");
        if (questions.IsEmpty)
        {
            w.WriteLine("<p class=\"empty\">None: the code answered everything the audit asks.</p>");
            w.WriteLine("</section>");
            return;
        }
        w.WriteLine("<p class=\"section-lede\">Code cannot show these. If the answer is no, each becomes a gap in the bucket shown; its hours are not counted above.</p>");
        w.WriteLine("<ul class=\"questions\" data-group>");
        foreach (var item in questions)
        {
            var tone = item.Bucket switch
            {
                Bucket.MustHave => "must",
                Bucket.Within30Days => "soon",
                _ => "later",
            };
            w.WriteLine($"<li class=\"question\" data-control=\"{Encode(item.Id)}\" data-area=\"{AreaLabels.Key(item.Control.Area)}\">");
            w.WriteLine($"<div class=\"item-head\"><code class=\"id\">{Encode(item.Id)}</code><span class=\"area-tag\">{AreaLabels.Label(item.Control.Area)}</span></div>");
            w.WriteLine($"<p class=\"question-text\">{Encode(item.Control.Question)}</p>");
            if (PlacesToReview.Of(item) is { Length: > 0 } places)
            {
                w.WriteLine($"<p class=\"look-at\">Look at: {Encode(places)}</p>");
            }
            w.WriteLine($"<p class=\"if-no {tone}\">If no: {Names.Label(item.Bucket)}, {Hours(item.Hours)}</p>");
            w.WriteLine("</li>");
        }
        w.WriteLine("</ul>");
        w.WriteLine("<p class=\"no-match\" hidden>No question matches the filter.</p>");
        w.WriteLine("</section>");
    }
}
