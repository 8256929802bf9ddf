using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ShipReady.Auditing;
using ShipReady.Inventory;
using ShipReady.Reports;

namespace ShipReady.Tests.Reports;

/// <summary>The HTML report of a real audit of the example: self-contained, faithful to the JSON, and safe with hostile input.</summary>
public sealed partial class HtmlReportWriterTests
{
    private static readonly Lazy<AuditResult> Example = new(() => Audit(Path.Combine(ShipReady.Testing.RepoRoot.Path, "examples", "docreview")));

    [Fact]
    public void Needs_no_external_asset()
    {
        var html = Render(Example.Value);

        Assert.DoesNotMatch(new Regex("<link\\b", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<script\\b[^>]*\\bsrc\\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("\\b(src|href|action|srcset)\\s*=\\s*[\"']?\\s*(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("(@import|url\\()\\s*[\"']?\\s*(https?:)?//", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void Embeds_the_json_report_it_was_rendered_from()
    {
        var html = Render(Example.Value);
        var expected = Json(Example.Value);

        var embedded = EmbeddedJsonText(html);

        Assert.Equal(expected, Unescape(embedded));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(embedded)));
    }

    [Fact]
    public void Lists_every_must_have_in_the_must_have_column_with_the_total()
    {
        var result = Example.Value;
        var html = Render(result);
        var column = Between(html, "data-bucket=\"must-have\"", "data-bucket=\"within-30-days\"");

        var ids = result.Plan.MustHave.Concat(result.Plan.DoesNotFit).Select(i => i.Id).ToList();

        Assert.Equal(6, ids.Count);
        Assert.All(ids, id => Assert.Contains($"data-control=\"{id}\"", column, StringComparison.Ordinal));
        Assert.Contains("<span id=\"must-have-hours\">17 h</span>", column, StringComparison.Ordinal);
        Assert.Contains("src/routes/documents.js:10", column, StringComparison.Ordinal);
        Assert.Contains("id=\"area-filter\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"text-filter\"", html, StringComparison.Ordinal);
        Assert.Contains("data-bucket=\"defer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_plainly_what_does_not_fit_the_timebox()
    {
        var result = Audit(Path.Combine(ShipReady.Testing.RepoRoot.Path, "examples", "docreview"), timebox: 5);

        var html = Render(result);

        Assert.True(result.Plan.OverTimebox);
        Assert.Contains("Over the timebox by 12 h.", Regex.Replace(html, "<[^>]+>", ""), StringComparison.Ordinal);
        Assert.All(result.Plan.DoesNotFit, i => Assert.Contains($"<strong>{i.Id}</strong>", html, StringComparison.Ordinal));
    }

    [Fact]
    public void Escapes_a_hostile_snippet_in_the_page_and_in_the_json()
    {
        const string Hostile = "</script><script>alert(1)</script>\u2028<img src=x onerror=alert(2)> \\u003c";
        var repo = Directory.CreateTempSubdirectory("shipready-html-").FullName;
        try
        {
            CopyTree(Path.Combine(ShipReady.Testing.RepoRoot.Path, "examples", "docreview"), repo);
            var routes = Path.Combine(repo, "src", "routes", "documents.js");
            File.WriteAllText(routes, File.ReadAllText(routes).Replace(
                "const upload = multer({ dest: 'uploads/' });",
                $"const upload = multer({{ dest: 'uploads/' }}); // {Hostile}", StringComparison.Ordinal));
            var result = Audit(repo);
            Assert.Contains(result.Results.SelectMany(r => r.Evidence), e => e.Snippet?.Contains(Hostile, StringComparison.Ordinal) == true);

            var html = Render(result);

            Assert.Equal(2, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
            Assert.Equal(2, Regex.Count(html, "</script", RegexOptions.IgnoreCase));
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\u2028", html, StringComparison.Ordinal);
            Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#x2028;&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
            var embedded = EmbeddedJsonText(html);
            Assert.Contains("\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u2028\\u003cimg", embedded, StringComparison.Ordinal);
            Assert.Equal(Json(result), Unescape(embedded));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json(result)), JsonNode.Parse(embedded)));
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
    }

    [Fact]
    public void Renders_a_repository_with_nothing_to_show()
    {
        var result = new Auditor().Run(new MemoryFileSource { DisplayRoot = "empty" }.Add("README.md", "# nothing yet\n"));

        var html = Render(result);

        Assert.Contains("<h1>empty</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Every file was read fully.", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>" + Environment.NewLine, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Allows_only_its_own_style_and_script()
    {
        var html = Render(Example.Value);
        var policy = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").Groups[1].Value;
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;

        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.Contains($"style-src 'sha256-{Sha256(style)}'", policy, StringComparison.Ordinal);
        Assert.Contains($"script-src 'sha256-{Sha256(script)}'", policy, StringComparison.Ordinal);
    }

    private static AuditResult Audit(string repo, double? timebox = null) =>
        new Auditor().Run(new DiskFileSource(repo), new ProfileOverrides("b2b", ["uploads", "ai", "personal-data"], timebox));

    private static string Render(AuditResult result)
    {
        using var writer = new StringWriter();
        new HtmlReportWriter().Write(result, writer);
        return writer.ToString();
    }

    private static string Json(AuditResult result)
    {
        using var writer = new StringWriter();
        new JsonReportWriter().Write(result, writer);
        return writer.ToString();
    }

    private static string EmbeddedJsonText(string html)
    {
        var match = EmbeddedJsonElement().Match(html);
        Assert.True(match.Success, "no <script type=\"application/json\" id=\"shipready-data\"> element");
        return match.Groups[1].Value;
    }

    /// <summary>
    /// Undoes the page's escaping. Only \u003c needs undoing: the JSON writer already spells U+2028
    /// and U+2029 as escapes. Every backslash in JSON starts an escape, so pairs are copied whole and
    /// a literal "\\u003c" in a snippet stays as it was.
    /// </summary>
    private static string Unescape(string embedded)
    {
        var sb = new StringBuilder(embedded.Length);
        for (var i = 0; i < embedded.Length; i++)
        {
            if (embedded[i] != '\\')
            {
                sb.Append(embedded[i]);
            }
            else if (string.CompareOrdinal(embedded, i, "\\u003c", 0, 6) == 0)
            {
                sb.Append('<');
                i += 5;
            }
            else
            {
                sb.Append(embedded, i, 2);
                i++;
            }
        }
        return sb.ToString();
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"{start} … {end} not found in order");
        return text[from..to];
    }

    private static string Sha256(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"shipready-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex EmbeddedJsonElement();
}
