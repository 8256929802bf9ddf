using System.Text.Json;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NJsonSchema;

namespace ShipReady.Cli.Tests;

/// <summary>The reports other tools ingest: SARIF for code scanning, JSON that diffs cleanly, a plan with its sections.</summary>
public sealed class ReportFormatTests : IDisposable
{
    private static readonly string[] B2B = ["audit", "examples/docreview", "--archetype", "b2b", "--handles", "uploads,ai,personal-data"];

    private readonly string _out = Directory.CreateTempSubdirectory("shipready-reports-").FullName;

    [Fact]
    public async Task Sarif_validates_against_the_official_2_1_0_schema()
    {
        var run = Shipready.Invoke([.. B2B, "--format", "sarif"]);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "schemas", "sarif-2.1.0.json"));

        var errors = schema.Validate(run.Stdout);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void Sarif_results_carry_locations_fingerprints_and_levels_from_buckets()
    {
        using var sarif = JsonDocument.Parse(Shipready.Invoke([.. B2B, "--format", "sarif"]).Stdout);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("fullDescription").GetProperty("text").GetString())));
        Assert.All(results, r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.False(string.IsNullOrEmpty(location.GetProperty("artifactLocation").GetProperty("uri").GetString()));
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.Matches("^[0-9a-f]{12,16}$", r.GetProperty("partialFingerprints").GetProperty("shipready/v1").GetString());
            Assert.Equal(rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString(), r.GetProperty("ruleId").GetString());
        });
        var upload = results.First(r => r.GetProperty("ruleId").GetString() == "VAL-UPLOAD");
        Assert.Equal("error", upload.GetProperty("level").GetString());
        Assert.Equal("src/routes/documents.js", upload.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        // A gap with no place in the code (no session library at all) is anchored at the repository root.
        var session = results.Single(r => r.GetProperty("ruleId").GetString() == "AUTH-SESSION");
        Assert.Equal("package.json", session.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("warning", results.First(r => r.GetProperty("ruleId").GetString() == "OBS-ERRORS").GetProperty("level").GetString());
        Assert.Equal("note", results.First(r => r.GetProperty("ruleId").GetString() == "QA-TESTS").GetProperty("level").GetString());
    }

    [Fact]
    public void Json_is_identical_across_runs_so_it_diffs_cleanly()
    {
        var first = Shipready.Invoke([.. B2B, "--format", "json"]).Stdout;
        var second = Shipready.Invoke([.. B2B, "--format", "json"]).Stdout;

        Assert.Equal(first, second);
        using var report = JsonDocument.Parse(first);
        var ids = report.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(41, ids.Count);
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    [Fact]
    public void Several_formats_come_from_one_run_into_a_folder()
    {
        var run = Shipready.Invoke([.. B2B, "--format", "html,sarif,json,md", "--output-dir", _out]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["LAUNCH-PLAN.md", "shipready-report.html", "shipready.json", "shipready.sarif"], Directory.GetFiles(_out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, Shipready.Invoke([.. B2B, "--format", "sarif,json"]).ExitCode);
        Assert.Equal(2, Shipready.Invoke([.. B2B, "--format", "sarif,json", "--output", Path.Combine(_out, "x")]).ExitCode);
    }

    [Fact]
    public void The_markdown_plan_has_the_sections_of_the_brief()
    {
        var markdown = Shipready.Invoke("plan", "examples/docreview", "--archetype", "b2b", "--handles", "uploads,ai,personal-data", "-o", "-").Stdout;

        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var headings = document.Descendants<HeadingBlock>().Select(h => (h.Level, Text: Text(h.Inline))).ToList();

        Assert.Equal((1, "Launch plan: docreview"), headings[0]);
        Assert.Contains((2, "Must-have for launch"), headings);
        Assert.Contains((2, "Within 30 days of launch"), headings);
        Assert.Contains((2, "Deferred until it hurts"), headings);
        Assert.Contains((2, "Re-run"), headings);
        Assert.Contains(headings, h => h.Level == 3 && h.Text.StartsWith("Week 1", StringComparison.Ordinal));
        var mustHave = document.Descendants<Markdig.Extensions.Tables.Table>().First();
        var header = ((Markdig.Extensions.Tables.TableRow)mustHave[0]).Select(c => Text(((ParagraphBlock)((Markdig.Extensions.Tables.TableCell)c)[0]).Inline)).ToList();
        Assert.Equal(["#", "Control", "Gap", "Hours", "Running total", "Owner", "Why now", "Evidence"], header);
        Assert.Equal(7, mustHave.Count);
        Assert.Contains(document.Descendants<FencedCodeBlock>(), b => b.Lines.ToString().Contains("shipready check", StringComparison.Ordinal));
    }

    private static string Text(ContainerInline? inline) =>
        string.Concat(inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);

    public void Dispose() => Directory.Delete(_out, recursive: true);
}
