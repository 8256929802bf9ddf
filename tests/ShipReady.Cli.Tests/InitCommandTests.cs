using NJsonSchema;
using ShipReady.Auditing;
using ShipReady.Catalog;
using ShipReady.Configuration;
using ShipReady.Inventory;
using YamlDotNet.Serialization;

namespace ShipReady.Cli.Tests;

/// <summary><c>shipready init</c>: asks only what the code cannot show, and writes a shipready.yml every reader accepts.</summary>
public sealed class InitCommandTests : IDisposable
{
    private static readonly IReadOnlyList<Control> Asked = [.. ControlCatalog.Default.Controls.Where(c => c.IsQuestionnaireOnly)];

    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Writes_the_profile_and_answers_given_at_the_prompts()
    {
        var repo = Example();
        // Name, archetype, other data, timebox, then the first question yes, the second no, the rest don't know.
        var input = Lines(["DocReview", "fintech", "money", "40", "yes", "no", .. Asked.Skip(2).Select(_ => "")]);

        var run = Shipready.InvokeWithInput(input, repo, "init");

        Assert.True(run.ExitCode == 0, run.ToString());
        var config = File.ReadAllText(Path.Combine(repo, "shipready.yml"));
        Assert.StartsWith("# yaml-language-server: $schema=.shipready/shipready.schema.json\n", config);
        Assert.Contains("  name: DocReview\n", config);
        Assert.Contains("  archetype: fintech\n", config);
        Assert.Contains("    - money\n", config);
        Assert.Contains("    - ai  # detected: npm:openai in package.json\n", config);
        Assert.Contains("    - uploads  # detected: npm:multer in package.json\n", config);
        Assert.Contains("  timebox: 40\n", config);
        Assert.Contains("\nanswers:\n", config);
        var lines = config.Split('\n').ToList();
        var answerLines = Asked.Select((c, i) => i switch { 0 => $"  {c.Id}: yes", 1 => $"  {c.Id}: no", _ => $"  # {c.Id}: yes|no" }).ToList();
        Assert.All(Asked.Zip(answerLines), pair =>
        {
            // The question is the comment right above its answer, wrapped, so its last word ends the line above.
            var at = lines.IndexOf(pair.Second);
            Assert.True(at > 0, $"no line '{pair.Second}' in\n{config}");
            Assert.EndsWith(pair.First.Question.Split(' ')[^1], lines[at - 1]);
            Assert.StartsWith("  # ", lines[at - 1]);
        });
        Assert.Contains("Next: shipready audit", run.Stdout);

        var read = ReadBack(repo);
        Assert.Equal("DocReview", read.Profile.Name);
        Assert.Equal("fintech", read.Profile.Archetype);
        Assert.Equal(new[] { "ai", "money", "uploads" }, read.Profile.Handles);
        Assert.Equal(40, read.Profile.TimeboxHours);
        Assert.Equal(new[] { (Asked[0].Id, true), (Asked[1].Id, false) }, read.Answers.Select(a => (a.ControlId, a.Yes)));
    }

    [Fact]
    public void Never_asks_what_detection_already_answered()
    {
        var repo = Example();

        var run = Shipready.InvokeWithInput(Lines([.. Enumerable.Repeat("", 4 + Asked.Count)]), repo, "init");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("detected: ai (npm:openai in package.json)", run.Stdout);
        Assert.Contains("detected: uploads (npm:multer in package.json)", run.Stdout);
        var handlesPrompt = Assert.Single(run.Stdout.Split('\n'), l => l.StartsWith("Other data the product handles", StringComparison.Ordinal));
        var offered = handlesPrompt.Split("any of: ")[1].Split(')')[0].Split(", ");
        Assert.Equal(new[] { "money", "personal-data", "health-data", "minors" }, offered);
        // One question per questionnaire-only control, and none about a control the code settles.
        var controlPrompts = run.Stdout.Split('\n').Where(l => l.Contains("(yes, no, don't know)", StringComparison.Ordinal)).ToList();
        Assert.Equal(Asked.Select(c => $"{c.Id}: {c.Question}"), controlPrompts.Select(l => l.Split(" (yes, no, don't know)")[0]));
    }

    [Fact]
    public void Writes_the_schema_the_modeline_names_identical_to_the_published_one()
    {
        var repo = Example();

        var run = Shipready.InvokeIn(repo, "init", "--yes");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(Shipready.RepoRoot, "docs", "schema", "shipready.schema.json")),
            File.ReadAllBytes(Path.Combine(repo, ".shipready", "shipready.schema.json")));
        Assert.Contains("Wrote .shipready/shipready.schema.json", run.Stdout);
        Assert.Empty(Directory.EnumerateFiles(repo, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("--yes")]
    [InlineData("--yes --answer DATA-BACKUP=yes --answer dep-tls=no")]
    [InlineData("--yes --name Yes --handles none --timebox 12.5")]
    public async Task Written_file_passes_the_reader_the_audit_and_the_schema(string flags)
    {
        var repo = Example();

        var run = Shipready.InvokeIn(repo, ["init", .. flags.Split(' ')]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var yaml = File.ReadAllText(Path.Combine(repo, "shipready.yml"));
        var result = new Auditor().Run(new DiskFileSource(repo));
        Assert.Equal("shipready.yml", result.ConfigSource);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(repo, ".shipready", "shipready.schema.json"));
        Assert.Empty(schema.Validate(AsJson(yaml)));
        var audit = Shipready.InvokeIn(repo, "audit", "--format", "json");
        Assert.True(audit.ExitCode == 0, audit.ToString());
    }

    [Fact]
    public void Commented_examples_are_valid_once_uncommented()
    {
        var repo = Example();
        Assert.Equal(0, Shipready.InvokeIn(repo, "init", "--yes").ExitCode);

        // Remove the '#' of the example sections, as a team would to start using them.
        var lines = File.ReadAllLines(Path.Combine(repo, "shipready.yml"))
            .Select(l => l is "# ignore:" or "# decisions:" or "# suppress:" || l.StartsWith("#   ", StringComparison.Ordinal) ? l[2..] : l);
        var config = ConfigReader.Read("shipready.yml", string.Join('\n', lines));
        ConfigValidator.Check(config, ControlCatalog.Default);

        Assert.Equal(new[] { "legacy/**" }, config.Ignore);
        Assert.Equal("OBS-ERRORS", Assert.Single(config.Decisions).ControlId);
        Assert.True(Assert.Single(config.Decisions).RevisitOn > DateOnly.FromDateTime(DateTime.Now));
        Assert.Equal("DEP-SECRETS", Assert.Single(config.Suppressions).ControlId);
    }

    [Fact]
    public void Yes_with_flags_writes_without_prompting()
    {
        var repo = Example();

        var run = Shipready.InvokeIn(repo, "init", "--yes", "--name", "Contract Desk", "--archetype", "consumer",
            "--handles", "money,minors", "--timebox", "80", "--answer", "DATA-BACKUP=yes", "--answer", "dep-tls=no");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("[", run.Stdout);
        Assert.DoesNotContain("Product name", run.Stdout);
        var read = ReadBack(repo);
        Assert.Equal("Contract Desk", read.Profile.Name);
        Assert.Equal("consumer", read.Profile.Archetype);
        Assert.Equal(new[] { "ai", "minors", "money", "uploads" }, read.Profile.Handles);
        Assert.Equal(80, read.Profile.TimeboxHours);
        Assert.Equal(new[] { ("DATA-BACKUP", true), ("DEP-TLS", false) }, read.Answers.Select(a => (a.ControlId, a.Yes)).Order());
    }

    [Fact]
    public void Yes_alone_takes_the_defaults()
    {
        var repo = Example();

        var run = Shipready.InvokeIn(repo, "init", "--yes");

        Assert.True(run.ExitCode == 0, run.ToString());
        var read = ReadBack(repo);
        Assert.Equal("docreview", read.Profile.Name);
        Assert.Equal("b2b", read.Profile.Archetype);
        Assert.Equal(new[] { "ai", "uploads" }, read.Profile.Handles);
        Assert.Equal(100, read.Profile.TimeboxHours);
        Assert.Empty(read.Answers);
        Assert.Contains("\n# answers:\n", File.ReadAllText(Path.Combine(repo, "shipready.yml")));
    }

    [Fact]
    public void Flags_skip_their_questions_and_the_rest_are_asked()
    {
        var repo = Example();

        var run = Shipready.InvokeWithInput(Lines([.. Enumerable.Repeat("", 2 + Asked.Count - 1)]), repo,
            "init", "--archetype", "internal", "--timebox", "30", "--answer", $"{Asked[0].Id}=no");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("Kind of product", run.Stdout);
        Assert.DoesNotContain("Timebox", run.Stdout);
        Assert.DoesNotContain($"{Asked[0].Id}: {Asked[0].Question}", run.Stdout);
        Assert.Contains("Product name [docreview]:", run.Stdout);
        Assert.Equal("internal", ReadBack(repo).Profile.Archetype);
    }

    [Fact]
    public void Refuses_to_replace_an_existing_file_without_force()
    {
        var repo = Example();
        var path = Path.Combine(repo, "shipready.yml");
        File.WriteAllText(path, "profile:\n  archetype: internal\n");

        var run = Shipready.InvokeIn(repo, "init", "--yes");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("shipready init: shipready.yml: already exists; pass --force to replace it.", run.Stderr.Trim());
        Assert.Equal("profile:\n  archetype: internal\n", File.ReadAllText(path));
        Assert.False(Directory.Exists(Path.Combine(repo, ".shipready")));
    }

    [Fact]
    public void Force_replaces_an_existing_file()
    {
        var repo = Example();
        var path = Path.Combine(repo, "shipready.yml");
        File.WriteAllText(path, "profile:\n  archetype: [not valid\n");

        var run = Shipready.InvokeIn(repo, "init", "--yes", "--force", "--archetype", "health");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("health", ReadBack(repo).Profile.Archetype);
    }

    [Fact]
    public void Input_ending_early_is_a_usage_error_on_one_line()
    {
        var repo = Example();

        var run = Shipready.InvokeWithInput("DocReview\n", repo, "init");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("shipready init: input ended before 'Kind of product' was answered; pass --yes to accept the defaults", run.Stderr.Trim());
        Assert.False(File.Exists(Path.Combine(repo, "shipready.yml")));
    }

    [Fact]
    public void A_wrong_answer_is_asked_again()
    {
        var repo = Example();
        var input = Lines(["", "startup", "consumer", "cash", "money", "lots", "0", "25", "maybe", .. Asked.Select(_ => "")]);

        var run = Shipready.InvokeWithInput(input, repo, "init");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\n'startup' is not one of: side-project, internal, consumer, b2b, b2b-enterprise, fintech, health; press Enter for b2b.\n", run.Stdout);
        Assert.Contains("\n'cash' is not one of: money, personal-data, health-data, minors; press Enter for none.\n", run.Stdout);
        Assert.Contains("\n'lots' is not a number of hours; press Enter for 100.\n", run.Stdout);
        Assert.Contains("\nthe timebox must be a number of hours between 1 and 10000; press Enter for 100.\n", run.Stdout);
        Assert.Contains("\n'maybe' is not one of: yes, no, don't know; press Enter for don't know.\n", run.Stdout);
        Assert.Equal(2, run.Stdout.Split('\n').Count(l => l.StartsWith("Kind of product (", StringComparison.Ordinal)));
        var read = ReadBack(repo);
        Assert.Equal("consumer", read.Profile.Archetype);
        Assert.Equal(25, read.Profile.TimeboxHours);
        Assert.Contains("money", read.Profile.Handles);
    }

    [Theory]
    [InlineData("--archetype", "startup", "--archetype 'startup' is not known")]
    [InlineData("--handles", "cash", "--handles 'cash' is not known")]
    [InlineData("--timebox", "0", "--timebox 0: the timebox must be")]
    [InlineData("--timebox", "abc", "--timebox abc: 'abc' is not a number of hours")]
    [InlineData("--answer", "DATA-BACKUP=maybe", "--answer DATA-BACKUP=maybe: the answer must be yes or no")]
    [InlineData("--answer", "ERR-TIMEOUT=yes", "--answer ERR-TIMEOUT=yes: ERR-TIMEOUT is detected from the code, not asked")]
    [InlineData("--answer", "DATA-BACKUP", "--answer 'DATA-BACKUP' must be ID=yes or ID=no")]
    [InlineData("--name", " ", "--name: the name is empty")]
    public void Invalid_flag_values_are_usage_errors_on_one_line(string flag, string value, string message)
    {
        var repo = Example();

        var run = Shipready.InvokeIn(repo, "init", "--yes", flag, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"shipready init: {message}", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.False(File.Exists(Path.Combine(repo, "shipready.yml")));
    }

    [Theory]
    [InlineData("pyproject.toml", "[project]\nname = \"ledger\"\n", "ledger")]
    [InlineData("pyproject.toml", "[tool.poetry]\nname = \"ledger\"\n", "ledger")]
    [InlineData("package.json", "{ \"name\": \"@acme/portal\" }", "portal")]
    [InlineData("Billing.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>", "Billing")]
    [InlineData("notes.md", "# notes\n", null)]
    public void Product_name_comes_from_the_manifest_else_the_folder(string file, string text, string? expected)
    {
        var repo = Temp();
        File.WriteAllText(Path.Combine(repo, file), text);

        var run = Shipready.InvokeIn(repo, "init", "--yes");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected ?? Path.GetFileName(repo), ReadBack(repo).Profile.Name);
    }

    private string Example()
    {
        var repo = Shipready.CopyToTemp(Shipready.Example);
        _folders.Add(repo);
        return repo;
    }

    private string Temp()
    {
        var repo = Directory.CreateTempSubdirectory("shipready-init-").FullName;
        _folders.Add(repo);
        return repo;
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

    /// <summary>Reads the written file as the audit does, checking its decisions and answers against the catalog.</summary>
    private static AuditConfig ReadBack(string repo)
    {
        var config = ConfigReader.Read("shipready.yml", File.ReadAllText(Path.Combine(repo, "shipready.yml")));
        ConfigValidator.Check(config, ControlCatalog.Default);
        return config;
    }

    private static string AsJson(string yaml) =>
        new SerializerBuilder().JsonCompatible().Build()
            .Serialize(new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize(new StringReader(yaml))!);
}
