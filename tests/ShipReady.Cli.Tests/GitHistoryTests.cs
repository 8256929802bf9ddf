using System.Text.Json;
using NJsonSchema;

namespace ShipReady.Cli.Tests;

/// <summary><c>--git-history</c>: secrets removed from HEAD but still reachable are reported with their commit, once, and never in full.</summary>
public sealed class GitHistoryTests : IDisposable
{
    // Assembled at run time so that this file holds no key-shaped string.
    private static readonly string Key = "sk_" + "live_" + "51Hq8ZrLx0pW4mNc7Tb2Vy9Ka";
    private static readonly string AwsKey = "AKIA" + "Z7QW3X5RT2LM8KPA";

    private readonly string _repo = Directory.CreateTempSubdirectory("shipready-githistory-").FullName;
    private readonly string _out = Directory.CreateTempSubdirectory("shipready-githistory-out-").FullName;

    public GitHistoryTests()
    {
        Git("init", "-q", "-b", "main");
        Write("package.json", "{ \"dependencies\": { \"express\": \"^4.0.0\" } }");
        Write("server.js", "const app = require('express')();\napp.listen(process.env.PORT);\n");
        Commit("start");
    }

    [Fact]
    public void Reports_secret_removed_from_head_with_its_commit()
    {
        Write("pay.js", $"const Stripe = require('stripe');\nconst stripe = Stripe('{Key}');\n");
        var added = Commit("pay with Stripe");
        Git("rm", "-q", "pay.js");
        Commit("remove the key");

        var evidence = Assert.Single(Evidence(Json("audit", _repo, "--git-history", "--format", "json")));

        Assert.Equal(added, evidence.GetProperty("commit").GetString());
        Assert.Equal("pay.js", evidence.GetProperty("file").GetString());
        Assert.Equal(2, evidence.GetProperty("line").GetInt32());
        Assert.Contains($"removed from HEAD but still in history at commit {added}: rotate it", evidence.GetProperty("why").GetString());
    }

    [Fact]
    public void Without_the_option_history_is_not_read()
    {
        Write("pay.js", $"Stripe('{Key}');\n");
        Commit("pay");
        Git("rm", "-q", "pay.js");
        Commit("remove the key");

        Assert.Empty(Evidence(Json("audit", _repo, "--format", "json")));
    }

    [Fact]
    public void A_key_still_at_head_is_reported_once_not_twice()
    {
        Write("pay.js", $"Stripe('{Key}');\n");
        Commit("pay");
        Write("billing.js", $"const key = '{Key}';\n");
        Commit("the same key in a second file");

        var evidence = Evidence(Json("audit", _repo, "--git-history", "--format", "json"));

        Assert.Equal(2, evidence.Count);
        Assert.All(evidence, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("commit").ValueKind));
    }

    [Fact]
    public void A_secret_added_in_several_commits_is_reported_once_at_its_first()
    {
        Write("deploy.sh", $"export AWS_ACCESS_KEY_ID={AwsKey}\n");
        var first = Commit("deploy script");
        Write("config.yml", $"aws_key: {AwsKey}\n");
        Commit("config too");
        Git("rm", "-q", "deploy.sh", "config.yml");
        Commit("remove both");

        var evidence = Assert.Single(Evidence(Json("audit", _repo, "--git-history", "--format", "json")));

        Assert.Equal(first, evidence.GetProperty("commit").GetString());
        Assert.Equal("deploy.sh", evidence.GetProperty("file").GetString());
    }

    [Fact]
    public void A_documented_sample_or_placeholder_key_in_history_is_not_reported()
    {
        Write("README.md", "Set `aws_access_key_id = AKIAIOSFODNN7EXAMPLE` as in the AWS guide.\n");
        Write("pay.js", "Stripe('sk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXX');\n");
        Commit("docs");
        Git("rm", "-q", "README.md", "pay.js");
        Commit("remove");

        var run = Shipready.Invoke("audit", _repo, "--git-history", "--format", "json", "--no-history");

        Assert.Empty(Evidence(JsonDocument.Parse(run.Stdout)));
        Assert.Contains("or in their git history", run.Stdout);
    }

    [Fact]
    public void A_secret_on_a_deleted_branch_still_reachable_through_a_tag_is_reported()
    {
        Git("checkout", "-q", "-b", "spike");
        Write(".env", $"STRIPE_SECRET_KEY={Key}\n");
        var spike = Commit("spike: try Stripe");
        Git("tag", "spike-demo");
        Git("checkout", "-q", "main");
        Git("branch", "-q", "-D", "spike");

        var evidence = Assert.Single(Evidence(Json("audit", _repo, "--git-history", "--format", "json")));

        Assert.Equal(spike, evidence.GetProperty("commit").GetString());
        Assert.Equal(".env", evidence.GetProperty("file").GetString());
    }

    [Fact]
    public void A_subfolder_reads_only_its_own_history_with_paths_relative_to_it()
    {
        // A space makes git end the name with a tab, a quote makes it quote the name; a line that reads
        // like a diff header is still text.
        var name = OperatingSystem.IsWindows() ? "old keys.py" : "old \"keys\".py";
        Directory.CreateDirectory(Path.Combine(_repo, "api"));
        Write("api/" + name, $"# notes\n++ b/elsewhere.py\naws = '{AwsKey}'\n");
        Write("worker.py", $"stripe = '{Key}'\n");
        var added = Commit("keys in two folders");
        Write("api/app.py", "print('up')\n");
        Git("rm", "-q", "api/" + name, "worker.py");
        Commit("remove the keys");

        var evidence = Assert.Single(Evidence(Json("audit", Path.Combine(_repo, "api"), "--git-history", "--format", "json")));

        Assert.Equal(name, evidence.GetProperty("file").GetString());
        Assert.Equal(3, evidence.GetProperty("line").GetInt32());
        Assert.Equal(added, evidence.GetProperty("commit").GetString());
    }

    [Fact]
    public async Task Not_a_git_repository_is_a_note_and_the_audit_still_runs()
    {
        var plain = Directory.CreateTempSubdirectory("shipready-plain-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(plain, "server.js"), "require('express')().listen(3000);\n");

            var text = Shipready.Invoke("audit", plain, "--git-history", "--no-history");
            var json = Json("audit", plain, "--git-history", "--format", "json");

            Assert.Equal(0, text.ExitCode);
            Assert.Contains($"{plain}: is not in a git repository, so --git-history had no history to scan; audit a clone that has its history, or drop --git-history.", text.Stdout);
            Assert.Contains("Must-have for launch", text.Stdout);
            Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetProperty("kind").GetString() == "not-git");
            // The note's kind is one the published schema allows.
            var schema = await JsonSchema.FromFileAsync(Path.Combine(Shipready.RepoRoot, "docs", "schema", "audit.schema.json"));
            var errors = schema.Validate(json.RootElement.GetRawText());
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }
        finally
        {
            Directory.Delete(plain, recursive: true);
        }
    }

    [Fact]
    public void Git_missing_from_the_path_is_a_note()
    {
        var empty = Directory.CreateTempSubdirectory("shipready-nogit-").FullName;
        try
        {
            var run = Shipready.InvokeWithEnvironment(new Dictionary<string, string?> { ["PATH"] = empty }, "audit", _repo, "--git-history", "--no-history");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("git is not installed or not on the PATH; install git, or drop --git-history.", run.Stdout);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void A_shallow_clone_says_so_and_how_many_commits_were_seen()
    {
        Write("pay.js", $"Stripe('{Key}');\n");
        Commit("pay");
        Git("rm", "-q", "pay.js");
        Commit("remove the key");
        var clone = Path.Combine(_out, "shallow");
        Git("clone", "-q", "--depth", "1", "file://" + _repo, clone);

        var report = Json("audit", clone, "--git-history", "--format", "json");

        var note = Assert.Single(report.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetProperty("kind").GetString() == "shallow-clone");
        Assert.Equal(clone, note.GetProperty("path").GetString());
        Assert.Contains("is a shallow clone: only 1 commit of its history were scanned", note.GetProperty("message").GetString());
        Assert.Empty(Evidence(report));
    }

    [Fact]
    public void Check_fails_on_a_secret_in_history_but_since_a_revision_only_when_it_came_after()
    {
        Write("pay.js", $"Stripe('{Key}');\n");
        Commit("pay");
        Git("rm", "-q", "pay.js");
        Commit("remove the key");
        Git("tag", "base");
        Write("server.js", "const app = require('express')();\napp.listen(process.env.PORT || 8080);\n");
        Commit("a later change");

        var check = Shipready.Invoke("check", _repo, "--git-history");
        var since = Shipready.Invoke("check", _repo, "--git-history", "--since", "base");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("DEP-SECRETS", check.Stdout);
        Assert.DoesNotContain("DEP-SECRETS", since.Stdout);
    }

    [Fact]
    public async Task Redaction_holds_in_every_format_and_each_names_the_commit()
    {
        Write(".env", $"STRIPE_SECRET_KEY={Key}\nAWS_ACCESS_KEY_ID={AwsKey}\n");
        var added = Commit("env");
        Git("rm", "-q", ".env");
        Commit("remove the env file");

        var run = Shipready.Invoke("audit", _repo, "--git-history", "--no-history", "--format", "text,json,md,sarif,html", "--output-dir", _out, "--verbose");

        Assert.Equal(0, run.ExitCode);
        var outputs = new Dictionary<string, string>
        {
            ["text"] = run.Stdout,
            ["json"] = File.ReadAllText(Path.Combine(_out, "shipready.json")),
            ["md"] = File.ReadAllText(Path.Combine(_out, "LAUNCH-PLAN.md")),
            ["sarif"] = File.ReadAllText(Path.Combine(_out, "shipready.sarif")),
            ["html"] = File.ReadAllText(Path.Combine(_out, "shipready-report.html")),
        };
        foreach (var (format, output) in outputs)
        {
            Assert.False(output.Contains(Key, StringComparison.Ordinal) || output.Contains(AwsKey, StringComparison.Ordinal), $"{format} holds a secret in full");
            Assert.True(output.Contains($"at commit {added}", StringComparison.Ordinal), $"{format} does not name commit {added}");
        }
        Assert.DoesNotContain(Key, run.Stderr);
        using var sarif = JsonDocument.Parse(outputs["sarif"]);
        Assert.Contains(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(),
            r => r.GetProperty("properties").TryGetProperty("commit", out var c) && c.GetString() == added);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Shipready.RepoRoot, "docs", "schema", "audit.schema.json"));
        var errors = schema.Validate(outputs["json"]);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    private static JsonDocument Json(params string[] args)
    {
        var run = Shipready.Invoke([.. args, "--no-history"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Stdout);
    }

    private static List<JsonElement> Evidence(JsonDocument report) =>
        [.. report.RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "DEP-SECRETS")
            .GetProperty("evidence").EnumerateArray()];

    private void Write(string path, string text) => File.WriteAllText(Path.Combine(_repo, path), text);

    /// <summary>Commits everything and returns the commit's abbreviated id, as the report names it.</summary>
    private string Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
        return Git("rev-parse", "--short", "HEAD");
    }

    private string Git(params string[] args) => Shipready.Git(_repo, args);

    public void Dispose()
    {
        Directory.Delete(_repo, recursive: true);
        Directory.Delete(_out, recursive: true);
    }
}
