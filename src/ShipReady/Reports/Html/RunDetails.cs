using ShipReady.Auditing;
using ShipReady.Model;
using static ShipReady.Reports.Html.HtmlText;

namespace ShipReady.Reports.Html;

/// <summary>The end of the report: files the audit could not read fully, what is already in place, and how the run was made.</summary>
internal static class RunDetails
{
    public static void WriteNotes(AuditResult result, TextWriter w)
    {
        w.WriteLine("<section class=\"card\" id=\"notes\" aria-labelledby=\"notes-title\">");
        w.WriteLine($"<h2 id=\"notes-title\">Not read fully <span class=\"count\">{result.Notes.Length}</span></h2>");
        if (result.Notes.IsEmpty)
        {
            w.WriteLine("<p class=\"empty\">Every file was read fully.</p>");
        }
        else
        {
            w.WriteLine("<p class=\"section-lede\">The audit went on without these; findings in them may be missing.</p>");
            w.WriteLine("<ul class=\"notes\">");
            foreach (var note in result.Notes)
            {
                w.WriteLine($"<li><code>{Encode(note.Path)}</code> <span class=\"note-kind\">{Encode(note.Kind)}</span> {Encode(note.Message)}</li>");
            }
            w.WriteLine("</ul>");
        }
        w.WriteLine("</section>");
    }

    public static void WriteInPlace(AuditResult result, TextWriter w)
    {
        var met = result.Results.Where(r => r.Status == ResultStatus.Met).ToList();
        var notApplicable = result.Results.Where(r => r.Status == ResultStatus.NotApplicable).ToList();
        w.WriteLine("<section class=\"card\" id=\"in-place\" aria-labelledby=\"in-place-title\">");
        w.WriteLine($"<h2 id=\"in-place-title\">Already in place <span class=\"count\">{met.Count}</span></h2>");
        List(result, met, w, "met", "No control is met yet.");
        w.WriteLine("<details class=\"not-applicable\">");
        w.WriteLine($"<summary>Not applicable to this product ({notApplicable.Count})</summary>");
        List(result, notApplicable, w, "not-applicable", "Every control applies.");
        w.WriteLine("</details>");
        w.WriteLine("</section>");
    }

    public static void WriteMetadata(AuditResult result, TextWriter w)
    {
        var results = result.Results;
        w.WriteLine("<footer class=\"run\" id=\"run\">");
        w.WriteLine("<h2>About this run</h2>");
        w.WriteLine("<dl>");
        Pair(w, "Tool", $"ShipReady {Encode(AuditResult.ToolVersion)}");
        Pair(w, "Root", $"<code>{Encode(result.Root)}</code>");
        Pair(w, "Configuration", result.ConfigSource is null ? "none: profile from the command line and defaults" : $"<code>{Encode(result.ConfigSource)}</code>");
        Pair(w, "Controls", $"{results.Length} checked: {results.Count(r => r.Status == ResultStatus.Met)} met, " +
            $"{results.Count(r => r.Status == ResultStatus.NotApplicable)} not applicable, {result.Items.Length} triaged");
        Pair(w, "Data", $"the full result is embedded in this file as JSON (schema {JsonReportWriter.SchemaVersion}, element <code>#shipready-data</code>)");
        w.WriteLine("</dl>");
        w.WriteLine("</footer>");
    }

    private static void List(AuditResult result, List<ControlResult> results, TextWriter w, string tone, string empty)
    {
        if (results.Count == 0)
        {
            w.WriteLine($"<p class=\"empty\">{empty}</p>");
            return;
        }
        w.WriteLine($"<ul class=\"controls-list {tone}\">");
        foreach (var r in results)
        {
            var control = result.Catalog.Find(r.ControlId);
            var text = control?.Title ?? r.Summary;
            w.WriteLine($"<li><code class=\"id\">{Encode(r.ControlId)}</code> {Encode(text)}</li>");
        }
        w.WriteLine("</ul>");
    }

    private static void Pair(TextWriter w, string term, string html) => w.WriteLine($"<div><dt>{term}</dt><dd>{html}</dd></div>");
}
