using System.Text.Json;

namespace ShipReady.Cli.Tests;

/// <summary>Bad input gets one clear line and the documented exit code; the rest of the tree is still audited.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _repo = Directory.CreateTempSubdirectory("shipready-bad-").FullName;

    [Fact]
    public void Missing_path_is_a_usage_error_with_one_line()
    {
        var run = Shipready.Invoke("audit", "no/such/folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("shipready: no/such/folder: no such folder; give the path of the repository to audit.", run.Stderr.Trim());
    }

    [Fact]
    public void A_file_instead_of_a_folder_is_a_usage_error()
    {
        var run = Shipready.Invoke("audit", "README.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("README.md: is a file", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Unknown_flag_values_are_usage_errors()
    {
        Assert.Equal(2, Shipready.Invoke("audit", "examples/docreview", "--archetype", "startup").ExitCode);
        Assert.Equal(2, Shipready.Invoke("audit", "examples/docreview", "--handles", "cash").ExitCode);
        Assert.Equal(2, Shipready.Invoke("audit", "examples/docreview", "--format", "pdf").ExitCode);
        Assert.Equal(2, Shipready.Invoke("audit", "--no-such-flag").ExitCode);
    }

    [Fact]
    public void An_output_path_that_is_a_folder_is_a_usage_error()
    {
        var run = Shipready.Invoke("audit", "examples/docreview", "--format", "json", "--output", _repo);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder; give the report a file name", run.Stderr);
    }

    [Fact]
    public void A_report_written_to_a_file_is_complete()
    {
        var path = Path.Combine(_repo, "report.json");

        var run = Shipready.Invoke("audit", "examples/docreview", "--format", "json", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        using var report = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("1.0", report.RootElement.GetProperty("schemaVersion").GetString());
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void A_bad_config_file_exits_2_naming_file_line_and_fix()
    {
        File.WriteAllText(Path.Combine(_repo, "shipready.yml"), "profile:\n  archetype: b2b\n  timebox: soon\n");

        var run = Shipready.Invoke("audit", _repo);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("shipready: shipready.yml:3: timebox 'soon' must be a number of hours between 1 and 10000, e.g. 'timebox: 100'.", run.Stderr.Trim());
    }

    [Fact]
    public void Bad_files_are_reported_and_the_rest_of_the_tree_is_audited()
    {
        File.WriteAllText(Path.Combine(_repo, "package.json"), "{ \"dependencies\": { \"express\": ");
        File.WriteAllText(Path.Combine(_repo, "requirements.txt"), "flask\nrequests\n");
        File.WriteAllText(Path.Combine(_repo, "app.py"), "import requests\n\ndef quote():\n    return requests.get('https://rates.example.org/latest')\n");
        File.WriteAllBytes(Path.Combine(_repo, "logo.png"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        File.WriteAllBytes(Path.Combine(_repo, "legacy.py"), [0x78, 0x20, 0x3D, 0x20, 0x27, 0xE9, 0x27, 0x0A]);
        File.CreateSymbolicLink(Path.Combine(_repo, "broken.js"), Path.Combine(_repo, "gone.js"));
        File.CreateSymbolicLink(Path.Combine(_repo, "loop-a"), Path.Combine(_repo, "loop-b"));
        File.CreateSymbolicLink(Path.Combine(_repo, "loop-b"), Path.Combine(_repo, "loop-a"));

        var run = Shipready.Invoke("audit", _repo, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        var notes = report.RootElement.GetProperty("notes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("path").GetString()!, n => n.GetProperty("kind").GetString());
        Assert.Equal("malformed-manifest", notes["package.json"]);
        Assert.Equal("binary", notes["logo.png"]);
        Assert.Equal("invalid-utf8", notes["legacy.py"]);
        Assert.Equal("broken-link", notes["broken.js"]);
        Assert.Equal("link-loop", notes["loop-a"]);
        var timeout = report.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ERR-TIMEOUT");
        Assert.Equal("Gap", timeout.GetProperty("status").GetString());
        Assert.Contains(timeout.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("file").GetString() == "app.py" && e.GetProperty("line").GetInt32() == 4);
    }

    [Fact]
    public async Task A_named_pipe_in_the_tree_does_not_stop_the_audit()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        File.WriteAllText(Path.Combine(_repo, "app.py"), "import requests\nrequests.get(url)\n");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(_repo, "pipe.py"), Path.Combine(_repo, "shipready.yml")]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening a pipe to read waits for a writer; the audit must never do it.
        var audit = Task.Run(() => Shipready.Invoke("audit", _repo, "--format", "json"));
        var finished = await Task.WhenAny(audit, Task.Delay(TimeSpan.FromMinutes(2)));

        Assert.True(finished == audit, "the audit waited on a named pipe");
        var run = await audit;
        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        var timeout = report.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ERR-TIMEOUT");
        Assert.Equal("Gap", timeout.GetProperty("status").GetString());
    }

    [Fact]
    public void Hostile_patterns_and_huge_files_do_not_stop_the_audit()
    {
        File.WriteAllText(Path.Combine(_repo, ".gitignore"), "[z-a]\n[[[[\n((((a*)*)*)*\n");
        File.WriteAllText(Path.Combine(_repo, "shipready.yml"), "ignore:\n  - \"((((a*)*)*)*[[[[\"\n");
        File.WriteAllText(Path.Combine(_repo, "bundle.min.js"), new string('x', 3 * 1024 * 1024));
        File.WriteAllText(Path.Combine(_repo, "app.py"), string.Concat(Enumerable.Repeat("requests.get(url)\n", 5000)));

        var run = Shipready.Invoke("audit", _repo, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString()[..Math.Min(2000, run.ToString().Length)]);
        using var report = JsonDocument.Parse(run.Stdout);
        Assert.Contains(report.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetProperty("kind").GetString() == "too-large");
        var timeout = report.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ERR-TIMEOUT");
        Assert.Equal(5000, timeout.GetProperty("evidence").GetArrayLength());
        Assert.Equal(6, timeout.GetProperty("hours").GetDouble());
    }

    [Fact]
    public void A_raised_size_limit_reads_a_large_file_a_default_audit_skips()
    {
        File.WriteAllText(Path.Combine(_repo, "generated.js"), string.Concat(Enumerable.Repeat("var r = axios.get(u);\n", 200_000)));

        var skipped = Shipready.Invoke("audit", _repo, "--format", "json", "--no-history");
        var read = Shipready.Invoke("audit", _repo, "--format", "json", "--no-history", "--max-file-size", "8");
        var outOfRange = Shipready.Invoke("audit", _repo, "--max-file-size", "0");

        using var before = JsonDocument.Parse(skipped.Stdout);
        Assert.Contains(before.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetProperty("path").GetString() == "generated.js" && n.GetProperty("kind").GetString() == "too-large");
        using var after = JsonDocument.Parse(read.Stdout);
        Assert.DoesNotContain(after.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetProperty("path").GetString() == "generated.js");
        var timeout = after.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ERR-TIMEOUT");
        Assert.Contains(timeout.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("file").GetString() == "generated.js");
        Assert.Equal(2, outOfRange.ExitCode);
        Assert.Equal("shipready: --max-file-size 0 must be between 1 and 1024 MiB.", outOfRange.Stderr.Trim());
    }

    [Fact]
    public void The_text_summary_lists_files_not_read()
    {
        File.WriteAllText(Path.Combine(_repo, "package.json"), "{ nope");

        var run = Shipready.Invoke("audit", _repo);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("package.json: is not valid JSON", run.Stdout);
    }

    public void Dispose() => Directory.Delete(_repo, recursive: true);
}
