using System.Text.Json;

namespace ShipReady.Cli.Tests;

/// <summary>Every audit is recorded; history shows the trend; diff names what closed, what is new and the hours burned down.</summary>
public sealed class HistoryCommandTests : IDisposable
{
    private static readonly string[] Profile = ["--archetype", "b2b", "--handles", "uploads,ai,personal-data"];

    private const string Decision =
        "profile:\n  archetype: b2b\n  handles: [uploads, ai, personal-data]\n" +
        "answers:\n  DEP-TLS: yes\n  DATA-BACKUP: no\n" +
        "decisions:\n  - control: AUTH-SESSION\n    bucket: within-30-days\n    reason: sessions live one hour behind the SSO proxy for the pilot\n    owner: dana\n    revisit: 2027-01-15\n";

    private readonly string _repo = Shipready.CopyToTemp(Shipready.Example);
    private readonly string _history;

    public HistoryCommandTests() => _history = Path.Combine(Directory.CreateTempSubdirectory("shipready-history-cli-").FullName, "history.db");

    private Run Shipready_(params string[] args) => Shipready.Invoke([.. args, "--history-file", _history]);

    private JsonDocument Json(params string[] args)
    {
        var run = Shipready_(args);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Stdout);
    }

    [Fact]
    public void Audits_are_recorded_and_history_shows_must_have_hours_over_time()
    {
        var first = Shipready_(["audit", _repo, .. Profile]);
        Assert.Contains("Recorded as run 1:", first.Stdout);
        File.WriteAllText(Path.Combine(_repo, "shipready.yml"), Decision);
        Assert.Equal(0, Shipready_("audit", _repo, "--format", "json").ExitCode);

        var runs = Json("history", _repo, "--format", "json").RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal([2L, 1L], runs.Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal([15.0, 17.0], runs.Select(r => r.GetProperty("mustHaveHours").GetDouble()));

        var text = Shipready_("history", _repo);
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("Must-have hours remaining", text.Stdout);
        Assert.Matches(@"#1\s+█+\s+17\s*\n", text.Stdout);
        Assert.Matches(@"#2\s+█+\s+15\s*\n", text.Stdout);
        Assert.Contains("2 h of must-have work burned down since run 1.", text.Stdout);
        Assert.Single(Json("history", _repo, "--format", "json", "--limit", "1").RootElement.GetProperty("runs").EnumerateArray());
    }

    [Fact]
    public void No_history_records_nothing_and_reading_creates_no_file()
    {
        Assert.Equal(0, Shipready_(["audit", _repo, "--no-history", .. Profile]).ExitCode);

        var run = Shipready_("history", _repo);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("No runs recorded for", run.Stdout);
        Assert.False(File.Exists(_history));
    }

    [Fact]
    public void Diff_names_gaps_closed_new_moved_and_findings_against_a_run_and_a_git_revision()
    {
        Git("init", "-q");
        Git("add", "-A");
        Git("commit", "-q", "-m", "prototype");
        Assert.Equal(0, Shipready_(["audit", _repo, .. Profile]).ExitCode);
        File.WriteAllText(Path.Combine(_repo, "shipready.yml"), Decision);
        File.WriteAllText(Path.Combine(_repo, "src", "report.js"),
            "module.exports = (db, req) =>\n  db.query('SELECT * FROM documents WHERE id = ' + req.params.id);\n");

        foreach (var baseline in new[] { "1", "HEAD" })
        {
            var diff = Json("diff", baseline, _repo, "--format", "json").RootElement;
            Assert.Equal(["DEP-TLS"], Ids(diff, "closed"));
            Assert.Equal(["VAL-SQLI"], Ids(diff, "opened"));
            Assert.Equal(["DATA-BACKUP"], Ids(diff, "answered"));
            var moved = Assert.Single(diff.GetProperty("moved").EnumerateArray());
            Assert.Equal(("AUTH-SESSION", "must-have", "within-30-days"),
                (moved.GetProperty("id").GetString(), moved.GetProperty("from").GetString(), moved.GetProperty("to").GetString()));
            Assert.Equal(17, diff.GetProperty("mustHaveHoursBefore").GetDouble());
            Assert.Equal(17, diff.GetProperty("mustHaveHoursAfter").GetDouble());
            var added = Assert.Single(diff.GetProperty("newFindings").EnumerateArray());
            Assert.Equal(("src/report.js", 2), (added.GetProperty("path").GetString(), added.GetProperty("line").GetInt32()));
            Assert.Empty(diff.GetProperty("fixedFindings").EnumerateArray());
        }

        var text = Shipready_("diff", _repo);
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("Compared with run 1 (", text.Stdout);
        Assert.Contains("Must-have hours: 17 h → 17 h, no change", text.Stdout);
        Assert.Matches(@"✓ DEP-TLS\s+must-have\s+1 h", text.Stdout);
        Assert.Matches(@"✗ VAL-SQLI\s+must-have\s+2 h", text.Stdout);
        Assert.Contains("new   src/report.js:2 VAL-SQLI", text.Stdout);
        Assert.Matches(@"\? DATA-BACKUP\s+within 30 days\s+2 h", text.Stdout);
    }

    [Fact]
    public void Diff_without_a_run_or_with_an_unknown_one_says_what_to_do()
    {
        var none = Shipready_("diff", _repo);
        Assert.Equal(2, none.ExitCode);
        Assert.StartsWith("shipready: no run recorded for ", none.Stderr);
        Assert.Contains("run 'shipready audit' first, or give a git revision", none.Stderr);

        Assert.Equal(0, Shipready_(["audit", _repo, .. Profile]).ExitCode);
        var unknown = Shipready_("diff", "42", _repo);
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("shipready: diff 42: no run 42 in the history of ", unknown.Stderr);
    }

    [Fact]
    public async Task Audits_recording_at_the_same_moment_all_land()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Shipready_(["audit", _repo, "--format", "json", .. Profile]))));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Equal(3, Json("history", _repo, "--format", "json").RootElement.GetProperty("runs").GetArrayLength());
    }

    [Fact]
    public void A_history_that_is_not_one_stops_the_audit_with_one_line_and_is_kept()
    {
        File.WriteAllText(_history, "my notes\n");

        var run = Shipready_(["audit", _repo, .. Profile]);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"shipready: {_history}: not a ShipReady history (it is not a SQLite database); it was left untouched: move it aside, choose another file with --history-file, or pass --no-history.", run.Stderr.Trim());
        Assert.Equal("my notes\n", File.ReadAllText(_history));
        Assert.Equal(0, Shipready_(["audit", _repo, "--no-history", .. Profile]).ExitCode);
    }

    [Fact]
    public void A_history_from_a_newer_version_is_refused_and_kept()
    {
        Assert.Equal(0, Shipready_(["audit", _repo, "--format", "json", .. Profile]).ExitCode);
        // user_version lives at offset 60 of the SQLite header, big-endian: what a newer ShipReady would have written.
        var bytes = File.ReadAllBytes(_history);
        bytes[60] = 0;
        bytes[61] = 0;
        bytes[62] = 0;
        bytes[63] = 99;
        File.WriteAllBytes(_history, bytes);

        var run = Shipready_("history", _repo);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"shipready: {_history}: written by a newer ShipReady (history schema 99;", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Equal(bytes, File.ReadAllBytes(_history));
    }

    private static IEnumerable<string?> Ids(JsonElement diff, string name) =>
        diff.GetProperty(name).EnumerateArray().Select(i => i.GetProperty("id").GetString());

    private void Git(params string[] args) => Shipready.Git(_repo, args);

    public void Dispose()
    {
        Directory.Delete(_repo, recursive: true);
        Directory.Delete(Path.GetDirectoryName(_history)!, recursive: true);
    }
}
