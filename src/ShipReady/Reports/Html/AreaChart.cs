using ShipReady.Auditing;
using ShipReady.Model;
using static ShipReady.Reports.Html.HtmlText;

namespace ShipReady.Reports.Html;

/// <summary>
/// Readiness per area as stacked bars: controls met, then the gaps by bucket, then open questions.
/// Controls that do not apply are left out, so a bar's length is what the area asks of this product.
/// </summary>
internal static class AreaChart
{
    private const int Row = 30;
    private const int BarX = 104;
    private const int BarWidth = 300;

    private static readonly (string Key, string Label)[] Segments =
    [
        ("met", "met"),
        ("must", "must-have"),
        ("soon", "within 30 days"),
        ("later", "deferred"),
        ("ask", "open question"),
    ];

    public static void Write(AuditResult result, TextWriter w)
    {
        var rows = Rows(result);
        var widest = Math.Max(1, rows.Select(r => r.Counts.Sum()).DefaultIfEmpty(0).Max());
        var height = Math.Max(1, rows.Count) * Row + 4;

        w.WriteLine("<section class=\"card chart-card\" aria-labelledby=\"areas-title\">");
        w.WriteLine("<h2 id=\"areas-title\">Readiness by area</h2>");
        var summary = string.Join("; ", rows.Select(r => $"{AreaLabels.Label(r.Area)}: {r.Counts[0]} of {r.Counts.Sum()} met"));
        w.WriteLine($"<svg class=\"areas\" viewBox=\"0 0 520 {height}\" role=\"img\" aria-label=\"{Encode(summary)}\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (area, counts) = rows[i];
            var y = i * Row + 4;
            w.WriteLine($"<text class=\"area-label\" x=\"0\" y=\"{y + 17}\">{AreaLabels.Label(area)}</text>");
            w.WriteLine($"<rect class=\"bar-track\" x=\"{BarX}\" y=\"{y + 4}\" width=\"{BarWidth}\" height=\"18\" rx=\"3\"/>");
            double x = BarX;
            for (var s = 0; s < Segments.Length; s++)
            {
                if (counts[s] == 0)
                {
                    continue;
                }
                var width = (double)counts[s] / widest * BarWidth;
                w.WriteLine($"<rect class=\"seg-{Segments[s].Key}\" x=\"{Number(x)}\" y=\"{y + 4}\" width=\"{Number(width)}\" height=\"18\">" +
                    $"<title>{AreaLabels.Label(area)}: {counts[s]} {Segments[s].Label}</title></rect>");
                x += width;
            }
            w.WriteLine($"<text class=\"area-count\" x=\"{BarX + BarWidth + 12}\" y=\"{y + 17}\">{counts[0]} of {counts.Sum()} met</text>");
        }
        w.WriteLine("</svg>");
        w.WriteLine("<ul class=\"legend\">");
        foreach (var (key, label) in Segments)
        {
            w.WriteLine($"<li><span class=\"swatch seg-{key}\" aria-hidden=\"true\"></span>{label}</li>");
        }
        w.WriteLine("</ul>");
        w.WriteLine("</section>");
    }

    private static List<(Area Area, int[] Counts)> Rows(AuditResult result)
    {
        var rows = new List<(Area, int[])>();
        foreach (var area in Enum.GetValues<Area>())
        {
            var counts = new int[Segments.Length];
            foreach (var r in result.Results)
            {
                var control = result.Catalog.Find(r.ControlId);
                if (control is null || control.Area != area || r.Status == ResultStatus.NotApplicable)
                {
                    continue;
                }
                counts[Segment(result, r)]++;
            }
            if (counts.Sum() > 0)
            {
                rows.Add((area, counts));
            }
        }
        return rows;
    }

    private static int Segment(AuditResult result, ControlResult r)
    {
        if (r.Status == ResultStatus.Met)
        {
            return 0;
        }
        var item = result.ItemFor(r.ControlId);
        if (item is null || result.Plan.Questions.Contains(item))
        {
            return 4;
        }
        return item.Bucket switch
        {
            Bucket.MustHave => 1,
            Bucket.Within30Days => 2,
            _ => 3,
        };
    }
}
