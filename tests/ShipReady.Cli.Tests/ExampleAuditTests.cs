using System.Text.Json;
using NJsonSchema;

namespace ShipReady.Cli.Tests;

/// <summary>The brief's own case: the bundled document-review prototype must be triaged as the brief triaged it.</summary>
public sealed class ExampleAuditTests
{
    private static readonly string[] B2B = ["audit", "examples/docreview", "--archetype", "b2b", "--handles", "uploads,ai,personal-data"];

    [Fact]
    public void B2b_audit_reproduces_the_brief_triage()
    {
        var report = Json([.. B2B, "--format", "json"]);

        Assert.Equal(
            ["AI-RESILIENCE", "AUTH-AUTHN", "AUTH-SESSION", "DATA-DB", "DATA-MIGRATIONS", "VAL-UPLOAD"],
            Ids(report, "must-have"));
        Assert.Subset(Ids(report, "within-30-days").ToHashSet(), new HashSet<string> { "OBS-ERRORS", "DEP-CICD", "AUTH-RESET" });
        Assert.Subset(Ids(report, "defer").ToHashSet(), new HashSet<string> { "AUTH-RATELIMIT", "QA-TESTS", "OPS-ADMIN", "OPS-ANALYTICS", "OPS-MULTIREGION" });

        // The brief: 6 + 4 + 3 + 4 = 17 hours of must-haves; the estimate must land within ±50 %.
        var hours = report.RootElement.GetProperty("summary").GetProperty("mustHaveHours").GetDouble();
        Assert.InRange(hours, 17 * 0.5, 17 * 1.5);
    }

    [Fact]
    public void Every_must_have_has_a_reason_hours_and_evidence()
    {
        var report = Json([.. B2B, "--format", "json"]);

        foreach (var result in Results(report).Where(r => r.GetProperty("bucket").GetString() == "must-have" && r.GetProperty("status").GetString() != "Unknown"))
        {
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("reason").GetString()));
            Assert.True(result.GetProperty("hours").GetDouble() > 0);
            Assert.NotEqual(0, result.GetProperty("evidence").GetArrayLength());
        }
        var upload = Results(report).Single(r => r.GetProperty("id").GetString() == "VAL-UPLOAD");
        Assert.Contains(upload.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("file").GetString() == "src/routes/documents.js");
    }

    [Fact]
    public void Fintech_handling_money_makes_rate_limiting_a_must_have()
    {
        var report = Json("audit", "examples/docreview", "--archetype", "fintech", "--handles", "money", "--format", "json");

        Assert.Contains("AUTH-RATELIMIT", Ids(report, "must-have"));
    }

    [Fact]
    public void Side_project_leaves_fewer_must_haves()
    {
        var b2b = Ids(Json([.. B2B, "--format", "json"]), "must-have");
        var side = Ids(Json("audit", "examples/docreview", "--archetype", "side-project", "--format", "json"), "must-have");

        Assert.True(side.Count < b2b.Count, $"side-project must-haves: {string.Join(", ", side)}");
    }

    [Fact]
    public async Task Json_report_validates_against_the_schema_and_lists_every_control()
    {
        var run = Shipready.Invoke([.. B2B, "--format", "json"]);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Shipready.RepoRoot, "docs", "schema", "audit.schema.json"));

        var errors = schema.Validate(run.Stdout);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        var controls = Shipready.Invoke("controls", "--markdown").Stdout;
        foreach (var result in Results(JsonDocument.Parse(run.Stdout)))
        {
            Assert.Contains($"## {result.GetProperty("id").GetString()}", controls);
        }
        Assert.Equal(controls.Split("\n## ").Length - 1, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Text_summary_shows_the_three_buckets_with_hours_and_reasons()
    {
        var run = Shipready.Invoke(B2B);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Must-have for launch", run.Stdout);
        Assert.Contains("Within 30 days", run.Stdout);
        Assert.Contains("Deferred until it hurts", run.Stdout);
        Assert.Contains("handles ai → must-have", run.Stdout);
        Assert.Contains("default → within 30 days", run.Stdout);
        Assert.Matches(@"\d+(\.\d)? h of 100 h", run.Stdout);
    }

    [Fact]
    public void Check_exits_1_while_must_have_gaps_remain()
    {
        var run = Shipready.Invoke("check", "examples/docreview", "--archetype", "b2b", "--handles", "uploads,ai,personal-data");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("AUTH-AUTHN", run.Stdout);
    }

    [Fact]
    public void A_deferral_comes_back_when_payments_appear()
    {
        var copy = Shipready.CopyToTemp(Shipready.Example);
        try
        {
            var before = Json([.. B2B.Select(a => a == "examples/docreview" ? copy : a), "--format", "json"]);
            var manifest = Path.Combine(copy, "package.json");
            File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"dependencies\": {", "\"dependencies\": {\n    \"stripe\": \"^17.0.0\","));

            var after = Json([.. B2B.Select(a => a == "examples/docreview" ? copy : a), "--format", "json"]);

            Assert.Contains("QA-TESTS", Ids(before, "defer"));
            var tests = Results(after).Single(r => r.GetProperty("id").GetString() == "QA-TESTS");
            Assert.Equal("within-30-days", tests.GetProperty("bucket").GetString());
            Assert.Contains("trigger fired: a payments SDK appears", tests.GetProperty("reason").GetString());
            Assert.Contains("npm:stripe", tests.GetProperty("reason").GetString());
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void An_accepted_deferral_comes_back_when_its_trigger_fires()
    {
        var copy = Shipready.CopyToTemp(Shipready.Example);
        try
        {
            File.WriteAllText(Path.Combine(copy, "shipready.yml"),
                "profile:\n  archetype: b2b\n  handles: [uploads, ai, personal-data]\n" +
                "decisions:\n  - control: OBS-ERRORS\n    bucket: defer\n    reason: we read the logs every morning until launch\n    owner: dana\n" +
                "    trigger: { kind: dependency, category: payments, say: payments are added }\n");
            var before = Json("audit", copy, "--format", "json");
            var manifest = Path.Combine(copy, "package.json");
            File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"dependencies\": {", "\"dependencies\": {\n    \"stripe\": \"^17.0.0\","));

            var after = Json("audit", copy, "--format", "json");

            var deferred = Results(before).Single(r => r.GetProperty("id").GetString() == "OBS-ERRORS");
            Assert.Equal("defer", deferred.GetProperty("bucket").GetString());
            Assert.Equal("decision (dana) → defer: we read the logs every morning until launch", deferred.GetProperty("reason").GetString());
            var promoted = Results(after).Single(r => r.GetProperty("id").GetString() == "OBS-ERRORS");
            Assert.Equal("within-30-days", promoted.GetProperty("bucket").GetString());
            Assert.Contains("its trigger fired: payments are added (npm:stripe in package.json:", promoted.GetProperty("reason").GetString());
            var decision = Assert.Single(after.RootElement.GetProperty("decisions").EnumerateArray());
            Assert.Equal("due", decision.GetProperty("status").GetString());
            Assert.Contains("| OBS-ERRORS | defer | we read the logs every morning until launch | dana |", Shipready.Invoke("plan", copy, "-o", "-").Stdout);
            var html = Path.Combine(copy, "report.html");
            Assert.Equal(0, Shipready.Invoke("audit", copy, "--format", "html", "--output", html).ExitCode);
            Assert.Contains("<td>we read the logs every morning until launch</td><td>dana</td>", File.ReadAllText(html));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public async Task Suppressions_hide_accepted_findings_are_listed_and_go_stale()
    {
        var copy = Shipready.CopyToTemp(Shipready.Example);
        try
        {
            var routes = Path.Combine(copy, "src", "routes", "documents.js");
            File.WriteAllText(routes, File.ReadAllText(routes).Replace(
                "const upload = multer({ dest: 'uploads/' });",
                "// shipready-ignore VAL-UPLOAD: the proxy in front caps uploads at 5 MB and scans them\nconst upload = multer({ dest: 'uploads/' });"));
            File.WriteAllText(Path.Combine(copy, "shipready.yml"),
                "suppress:\n  - control: VAL-XSS\n    path: \"public/**\"\n    reason: static pages only\n");

            var report = Json("audit", copy, "--archetype", "b2b", "--handles", "uploads,ai,personal-data", "--format", "json");
            var schema = await JsonSchema.FromFileAsync(Path.Combine(Shipready.RepoRoot, "docs", "schema", "audit.schema.json"));
            Assert.Empty(schema.Validate(report.RootElement.GetRawText()));

            var upload = Results(report).Single(r => r.GetProperty("id").GetString() == "VAL-UPLOAD");
            Assert.Equal("Met", upload.GetProperty("status").GetString());
            var listed = report.RootElement.GetProperty("suppressions").EnumerateArray()
                .ToDictionary(s => s.GetProperty("control").GetString()!, s => (s.GetProperty("matched").GetInt32(), s.GetProperty("stale").GetBoolean()));
            Assert.Equal((1, false), listed["VAL-UPLOAD"]);
            Assert.Equal((0, true), listed["VAL-XSS"]);
            var html = Path.Combine(copy, "report.html");
            Assert.Equal(0, Shipready.Invoke("audit", copy, "--format", "html", "--output", html).ExitCode);
            var page = File.ReadAllText(html);
            Assert.Contains("<tr data-control=\"VAL-UPLOAD\"><td><code class=\"id\">VAL-UPLOAD</code></td><td><code>src/routes/documents.js:10</code></td><td>the proxy in front caps uploads at 5 MB and scans them</td><td>1</td></tr>", page);
            Assert.Contains("0: stale, remove it", page);

            File.WriteAllText(routes, File.ReadAllText(routes).Replace("VAL-UPLOAD: the proxy in front caps uploads at 5 MB and scans them", "VAL-UPLOAD"));
            var bare = Shipready.Invoke("audit", copy);
            Assert.Equal(2, bare.ExitCode);
            Assert.StartsWith("shipready: src/routes/documents.js:10: shipready-ignore VAL-UPLOAD has no reason", bare.Stderr);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Plan_writes_the_launch_plan_into_the_repository()
    {
        var copy = Shipready.CopyToTemp(Shipready.Example);
        try
        {
            var run = Shipready.Invoke("plan", copy, "--archetype", "b2b", "--handles", "uploads,ai,personal-data");

            Assert.Equal(0, run.ExitCode);
            var plan = File.ReadAllText(Path.Combine(copy, "LAUNCH-PLAN.md"));
            Assert.Contains("## Must-have for launch", plan);
            Assert.Contains("## Within 30 days of launch", plan);
            Assert.Contains("## Deferred until it hurts", plan);
            Assert.Contains("| AUTH-AUTHN |", plan);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static JsonDocument Json(params string[] args)
    {
        var run = Shipready.Invoke(args);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Stdout);
    }

    private static IEnumerable<JsonElement> Results(JsonDocument report) => report.RootElement.GetProperty("results").EnumerateArray();

    /// <summary>Ids in a bucket: gaps, and for the deferred list also the unconfirmed items code cannot show.</summary>
    private static List<string> Ids(JsonDocument report, string bucket) =>
        [.. Results(report)
            .Where(r => r.GetProperty("bucket").GetString() == bucket
                && (r.GetProperty("status").GetString() is "Gap" or "Partial" || bucket == "defer"))
            .Select(r => r.GetProperty("id").GetString()!)
            .Order(StringComparer.Ordinal)];
}
