using ShipReady.Auditing;
using ShipReady.Model;
using static ShipReady.Reports.Html.HtmlText;

namespace ShipReady.Reports.Html;

/// <summary>
/// Must-have hours against the timebox as a ring, with the verdict in words beside it: a reader
/// who skips the picture must still learn whether the launch work fits and what does not.
/// </summary>
internal static class TimeboxGauge
{
    private const double Radius = 52;

    public static void Write(AuditResult result, TextWriter w)
    {
        var plan = result.Plan;
        var timebox = result.Profile.TimeboxHours;
        var hours = plan.MustHaveHours;
        var fraction = timebox <= 0 ? 1 : Math.Min(1, hours / timebox);
        var tone = plan.OverTimebox ? "over" : fraction > 0.75 ? "tight" : "fits";
        var circumference = 2 * Math.PI * Radius;
        var label = $"Must-have work: {Hours(hours)} of a {Hours(timebox)} timebox{(plan.OverTimebox ? ", over the timebox" : "")}";

        w.WriteLine($"<section class=\"card gauge-card {tone}\" aria-labelledby=\"gauge-title\">");
        w.WriteLine("<h2 id=\"gauge-title\">Must-haves against the timebox</h2>");
        w.WriteLine("<div class=\"gauge-row\">");
        w.WriteLine($"<svg class=\"gauge\" viewBox=\"0 0 140 140\" width=\"140\" height=\"140\" role=\"img\" aria-label=\"{Encode(label)}\">");
        w.WriteLine($"<circle class=\"gauge-track\" cx=\"70\" cy=\"70\" r=\"{Number(Radius)}\" fill=\"none\" stroke-width=\"14\"/>");
        if (hours > 0)
        {
            w.WriteLine($"<circle class=\"gauge-value\" cx=\"70\" cy=\"70\" r=\"{Number(Radius)}\" fill=\"none\" stroke-width=\"14\" stroke-linecap=\"butt\" " +
                $"stroke-dasharray=\"{Number(fraction * circumference)} {Number(circumference)}\" transform=\"rotate(-90 70 70)\"/>");
        }
        w.WriteLine($"<text x=\"70\" y=\"70\" text-anchor=\"middle\" class=\"gauge-number\">{Hours(hours)}</text>");
        w.WriteLine($"<text x=\"70\" y=\"92\" text-anchor=\"middle\" class=\"gauge-caption\">of {Hours(timebox)}</text>");
        w.WriteLine("</svg>");
        w.WriteLine("<div class=\"verdict\">");
        Verdict(result, w);
        w.WriteLine("</div>");
        w.WriteLine("</div>");
        Tiles(result, w);
        w.WriteLine("</section>");
    }

    private static void Verdict(AuditResult result, TextWriter w)
    {
        var plan = result.Plan;
        var timebox = result.Profile.TimeboxHours;
        var count = plan.MustHave.Length + plan.DoesNotFit.Length;
        if (count == 0)
        {
            w.WriteLine("<p class=\"verdict-head\">Nothing the audit can see blocks launch.</p>");
        }
        else if (plan.OverTimebox)
        {
            w.WriteLine($"<p class=\"verdict-head\">Over the timebox by {H(plan.MustHaveHours - timebox)}.</p>");
            w.WriteLine($"<p>{Need(count)} {H(plan.MustHaveHours)} against {H(timebox)}. " +
                $"These do not fit: {string.Join(", ", plan.DoesNotFit.Select(i => $"<strong>{Encode(i.Id)}</strong> ({H(i.Hours)})"))}.</p>");
            w.WriteLine("<p>Widen the timebox, or decide which of them to cut and write the decision down.</p>");
        }
        else
        {
            w.WriteLine($"<p class=\"verdict-head\">Fits the timebox, with {H(timebox - plan.MustHaveHours)} to spare.</p>");
            w.WriteLine($"<p>{Need(count)} {H(plan.MustHaveHours)} of the {H(timebox)} timebox. Do them in the order shown below.</p>");
        }
        // Open questions are not counted in the total, but a "no" could make them launch work.
        var launchQuestions = plan.Questions.Where(q => q.Bucket == Bucket.MustHave).ToList();
        if (launchQuestions.Count > 0)
        {
            var which = launchQuestions.Count == plan.Questions.Length
                ? Plural(launchQuestions.Count, "open question", "open questions")
                : $"{launchQuestions.Count} of the {plan.Questions.Length} open questions";
            w.WriteLine($"<p class=\"muted\">Not counted yet: {which} could add {H(launchQuestions.Sum(q => q.Hours))} of must-have work if the answer is no.</p>");
        }
    }

    private static string Need(int count) => count == 1 ? "The one must-have needs" : $"The {count} must-haves need";

    /// <summary>Hours inside running text, kept on one line so "5" and "h" never part.</summary>
    private static string H(double hours) => $"<span class=\"nowrap\">{Hours(hours)}</span>";

    private static void Tiles(AuditResult result, TextWriter w)
    {
        var plan = result.Plan;
        w.WriteLine("<ul class=\"tiles\">");
        Tile(w, "must", plan.MustHave.Length + plan.DoesNotFit.Length, "must-have for launch", Hours(plan.MustHaveHours));
        Tile(w, "soon", plan.Within30Days.Count(), "within 30 days", Hours(plan.Within30DaysHours));
        Tile(w, "later", plan.Deferred.Length, "deferred", $"{Hours(plan.Deferred.Sum(i => i.Hours))} not planned");
        Tile(w, "ask", plan.Questions.Length, plan.Questions.Length == 1 ? "open question" : "open questions", "answer before launch");
        w.WriteLine("</ul>");
    }

    private static void Tile(TextWriter w, string tone, int count, string what, string detail) =>
        w.WriteLine($"<li class=\"tile {tone}\"><span class=\"tile-count\">{count}</span> <span class=\"tile-what\">{what}</span> <span class=\"tile-detail\">{detail}</span></li>");
}
