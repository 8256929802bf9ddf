using ShipReady.Auditing;
using ShipReady.Facts.Code;
using static ShipReady.Reports.Html.HtmlText;

namespace ShipReady.Reports.Html;

/// <summary>The top of the report: the product, the profile it was triaged for, and what the audit saw.</summary>
internal static class ReportHeader
{
    public static string ProductName(AuditResult result)
    {
        if (result.Profile.Name is { Length: > 0 } name)
        {
            return name;
        }
        var folder = Path.GetFileName(Path.GetFullPath(result.Root).TrimEnd('/', '\\'));
        return folder.Length > 0 ? folder : result.Root;
    }

    public static void Write(AuditResult result, TextWriter w)
    {
        var profile = result.Profile;
        var facts = result.Facts;
        w.WriteLine("<header class=\"top\">");
        w.WriteLine("<div class=\"wrap\">");
        w.WriteLine("<p class=\"eyebrow\">ShipReady launch readiness</p>");
        w.WriteLine($"<h1>{Encode(ProductName(result))}</h1>");
        w.WriteLine("<div class=\"profile\">");
        w.WriteLine("<section aria-labelledby=\"profile-title\"><h2 class=\"group-title\" id=\"profile-title\">Triaged for</h2><dl>");
        Pair(w, "Archetype", Encode(profile.Archetype));
        Pair(w, "Handles", profile.Handles.Count == 0 ? "nothing declared" : Encode(string.Join(", ", profile.Handles)));
        Pair(w, "Timebox", Hours(profile.TimeboxHours));
        w.WriteLine("</dl></section>");
        w.WriteLine("<section aria-labelledby=\"detected-title\"><h2 class=\"group-title\" id=\"detected-title\">Detected in the repository</h2><dl>");
        var languages = facts.Languages.Select(l => $"{Languages.Name(l.Language)} ({Plural(l.Files, "file", "files")})").ToList();
        Pair(w, "Languages", languages.Count == 0 ? "none recognised" : Encode(string.Join(", ", languages)));
        Pair(w, "Frameworks", facts.Frameworks.IsEmpty ? "none detected" : Encode(string.Join(", ", facts.Frameworks)));
        Pair(w, "Data seen in dependencies", facts.DetectedHandles.IsEmpty
            ? "none"
            : Encode(string.Join(", ", facts.DetectedHandles.Select(kv => $"{kv.Key} ({kv.Value.Key})"))));
        Pair(w, "Read", $"{Plural(facts.FileCount, "file", "files")}, {Plural(facts.Dependencies.Length, "dependency", "dependencies")}");
        w.WriteLine("</dl></section>");
        w.WriteLine("</div>");
        w.WriteLine("</div>");
        w.WriteLine("</header>");
    }

    private static void Pair(TextWriter w, string term, string html) =>
        w.WriteLine($"<div><dt>{term}</dt><dd>{html}</dd></div>");
}
