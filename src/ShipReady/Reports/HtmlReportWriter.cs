using System.Globalization;
using ShipReady.Auditing;
using ShipReady.Reports.Html;
using static ShipReady.Reports.Html.HtmlText;

namespace ShipReady.Reports;

/// <summary>
/// The report a founder opens from disk: one self-contained HTML file with the profile, the
/// must-haves against the timebox, readiness per area, the three buckets with evidence and fixes,
/// the open questions, the deferral ledger and the run's details. It fetches nothing; styles,
/// script and charts are inline, and the JSON report is embedded for tools that read the page.
/// </summary>
/// <remarks>
/// Every item is in the markup, so the page reads and prints without script; the script only
/// filters and folds. All text from the repository or the catalog is HTML-encoded.
/// </remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <summary>The id of the script element that holds the JSON report.</summary>
    public const string DataElementId = "shipready-data";

    public string Format => "html";

    public string DefaultFileName => "shipready-report.html";

    public void Write(AuditResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var w = writer;
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlAssets.ContentSecurityPolicy}\">");
        w.WriteLine("<meta name=\"referrer\" content=\"no-referrer\">");
        w.WriteLine($"<meta name=\"generator\" content=\"ShipReady {Encode(AuditResult.ToolVersion)}\">");
        w.WriteLine($"<title>{Encode(ReportHeader.ProductName(result))}: launch readiness (ShipReady)</title>");
        w.Write("<style>");
        w.Write(HtmlAssets.Style);
        w.WriteLine("</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        w.WriteLine("<a class=\"skip\" href=\"#plan\">Skip to the launch plan</a>");

        ReportHeader.Write(result, w);
        w.WriteLine("<main class=\"wrap\">");
        w.WriteLine("<div class=\"overview\">");
        TimeboxGauge.Write(result, w);
        AreaChart.Write(result, w);
        w.WriteLine("</div>");

        w.WriteLine("<section id=\"plan\" class=\"plan\" aria-labelledby=\"plan-title\">");
        w.WriteLine("<h2 id=\"plan-title\">Launch plan</h2>");
        FilterBar.Write(result, w);
        BucketColumns.Write(result, w);
        w.WriteLine("</section>");

        QuestionList.Write(result, w);
        DeferralLedger.Write(result, w);
        DecisionList.Write(result, w);
        SuppressionList.Write(result, w);
        RunDetails.WriteNotes(result, w);
        RunDetails.WriteInPlace(result, w);
        RunDetails.WriteMetadata(result, w);
        w.WriteLine("</main>");

        w.Write($"<script type=\"application/json\" id=\"{DataElementId}\">");
        w.Write(EmbeddedJson.Escape(JsonText(result)));
        w.WriteLine("</script>");
        w.Write("<script>");
        w.Write(HtmlAssets.Script);
        w.WriteLine("</script>");
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    /// <summary>The JSON report exactly as <see cref="JsonReportWriter"/> writes it, so the two never drift.</summary>
    private static string JsonText(AuditResult result)
    {
        using var json = new StringWriter(CultureInfo.InvariantCulture);
        new JsonReportWriter().Write(result, json);
        return json.ToString();
    }
}
