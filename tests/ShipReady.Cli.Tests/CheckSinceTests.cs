namespace ShipReady.Cli.Tests;

/// <summary><c>check --since REF</c> judges a pull request by what it introduced, through fingerprints that ignore line numbers.</summary>
public sealed class CheckSinceTests : IDisposable
{
    private static readonly string[] Profile = ["--archetype", "b2b", "--handles", "uploads,ai,personal-data"];

    private readonly string _repo = Shipready.CopyToTemp(Shipready.Example);

    public CheckSinceTests()
    {
        Git("init", "-q");
        Git("add", "-A");
        Git("commit", "-q", "-m", "prototype");
    }

    [Fact]
    public void An_unchanged_tree_introduces_nothing_even_with_must_have_gaps()
    {
        var run = Shipready.Invoke(["check", _repo, "--since", "HEAD", .. Profile]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("ok: no new must-have findings since HEAD.", run.Stdout.Trim());
    }

    [Fact]
    public void Moving_code_is_not_new_but_a_new_problem_is()
    {
        var ai = Path.Combine(_repo, "src", "ai.js");
        File.WriteAllText(ai, "// Model client for the analysis routes.\n\n" + File.ReadAllText(ai)
            + "\nconst backup = new OpenAI({ apiKey: process.env.OPENAI_BACKUP_KEY });\nmodule.exports.backup = backup;\n");

        var run = Shipready.Invoke(["check", _repo, "--since", "HEAD", .. Profile]);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Trim().Split('\n');
        Assert.Equal("blocked: 1 new must-have finding since HEAD", lines[0]);
        Assert.StartsWith("  AI-RESILIENCE", lines[1]);
        Assert.Contains("src/ai.js:", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void An_unknown_revision_is_a_usage_error()
    {
        var run = Shipready.Invoke("check", _repo, "--since", "no-such-branch");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--since no-such-branch: no such revision", run.Stderr);
    }

    private void Git(params string[] args) => Shipready.Git(_repo, args);

    public void Dispose() => Directory.Delete(_repo, recursive: true);
}
