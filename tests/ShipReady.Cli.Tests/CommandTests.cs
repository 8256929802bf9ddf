namespace ShipReady.Cli.Tests;

public sealed class CommandTests
{
    [Fact]
    public void Controls_lists_the_catalog()
    {
        var run = Shipready.Invoke("controls");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ERR-TIMEOUT", run.Stdout);
        Assert.Contains("OPS-MULTIREGION", run.Stdout);
    }

    [Fact]
    public void Explain_shows_the_fixed_sections_of_a_control()
    {
        var run = Shipready.Invoke("explain", "err-timeout");

        Assert.Equal(0, run.ExitCode);
        foreach (var section in new[] { "# ERR-TIMEOUT", "## Why it matters", "## What it checks", "## Example of the gap", "## How to fix it", "**node**", "**python**", "**dotnet**", "## When a deferral comes back" })
        {
            Assert.Contains(section, run.Stdout);
        }
    }

    [Fact]
    public void Explain_of_an_unknown_id_is_a_usage_error()
    {
        var run = Shipready.Invoke("explain", "ERR-NOPE");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("shipready: no control 'ERR-NOPE'", run.Stderr);
    }

    [Fact]
    public void Prefilters_are_printed_for_the_benchmark()
    {
        var run = Shipready.Invoke("controls", "--prefilters");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("fetch", run.Stdout);
    }

    [Fact]
    public void Check_strict_fails_on_a_decision_past_its_date()
    {
        var repo = Directory.CreateTempSubdirectory("shipready-strict-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(repo, "notes.md"), "# notes\n");
            File.WriteAllText(Path.Combine(repo, "shipready.yml"),
                "decisions:\n  - control: DEP-CICD\n    bucket: defer\n    reason: one deploy a week by hand is fine for now\n    revisit: 2020-01-01\n");

            var relaxed = Shipready.Invoke("check", repo);
            var strict = Shipready.Invoke("check", repo, "--strict");

            Assert.True(relaxed.ExitCode == 0, relaxed.ToString());
            Assert.Equal(1, strict.ExitCode);
            Assert.Contains("decision due: DEP-CICD → defer: one deploy a week by hand is fine for now; its revisit date 2020-01-01 has passed", strict.Stdout);
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
    }

    [Fact]
    public void Check_passes_a_repository_with_nothing_blocking()
    {
        var empty = Directory.CreateTempSubdirectory("shipready-empty-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(empty, "notes.md"), "# notes\n");

            var run = Shipready.Invoke("check", empty);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.StartsWith("ok: no must-have gaps", run.Stdout);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
