using ShipReady.Auditing;
using ShipReady.Facts.GitHistory;
using ShipReady.Inventory;
using ShipReady.Model;

namespace ShipReady.Tests.Facts;

/// <summary>Secrets only git history holds: found with the tree's own rules, once each, at the commit that added them.</summary>
public sealed class HistorySecretScannerTests
{
    // Built from pieces so that the source of this test does not itself hold a key-shaped string.
    private static readonly string StripeKey = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dcR9x";
    private static readonly string AwsKey = "AKIA" + "Z7QW3X5RT2LM8KPA";

    private static MemoryFileSource Tree(string server = "const app = require('express')();\napp.listen(3000);\n") => new MemoryFileSource()
        .Add("package.json", "{\"dependencies\":{\"express\":\"^4.19.0\"}}")
        .Add("server.js", server);

    private static ControlResult Secrets(AuditResult audit) => audit.Results.Single(r => r.ControlId == "DEP-SECRETS");

    [Fact]
    public void Reports_secret_removed_from_head_with_its_commit_and_line_in_that_commit()
    {
        var history = new MemoryGitHistory().Add("1a2b3c4", "src/pay.js", $"// pay\nconst stripe = Stripe('{StripeKey}');", firstLine: 7);

        var result = Secrets(new Auditor().Run(Tree(), history: history));

        Assert.Equal(ResultStatus.Gap, result.Status);
        var evidence = Assert.Single(result.Evidence);
        Assert.Equal(new Location("src/pay.js", 8, evidence.Location!.Column), evidence.Location);
        Assert.Equal("1a2b3c4", evidence.Commit);
        Assert.Contains("removed from HEAD but still in history at commit 1a2b3c4: rotate it; deleting the file does not remove it", evidence.Why);
        Assert.DoesNotContain(StripeKey, evidence.Snippet + evidence.Why);
        Assert.Equal("1 secret removed from HEAD but still in git history", result.Summary);
    }

    [Fact]
    public void Secret_still_in_the_tree_is_reported_once_as_a_tree_finding()
    {
        var tree = Tree().Add("pay.js", $"const stripe = Stripe('{StripeKey}');\n");
        var history = new MemoryGitHistory().Add("1a2b3c4", "pay.js", $"const stripe = Stripe('{StripeKey}');");

        var result = Secrets(new Auditor().Run(tree, history: history));

        var evidence = Assert.Single(result.Evidence);
        Assert.Null(evidence.Commit);
    }

    [Fact]
    public void Same_secret_in_several_commits_and_files_is_reported_once_at_its_first_commit()
    {
        var history = new MemoryGitHistory()
            .Add("1111111", "config/aws.yml", $"key: {AwsKey}")
            .Add("2222222", "config/aws.yml", $"access_key: {AwsKey}", firstLine: 3)
            .Add("3333333", "deploy.sh", $"export AWS_ACCESS_KEY_ID={AwsKey}");

        var evidence = Assert.Single(Secrets(new Auditor().Run(Tree(), history: history)).Evidence);

        Assert.Equal("1111111", evidence.Commit);
        Assert.Equal("config/aws.yml:1", evidence.Location!.ToString());
    }

    [Fact]
    public void Fingerprint_is_the_secrets_own_so_a_suppression_made_while_it_was_in_the_tree_still_holds()
    {
        var inTree = Secrets(new Auditor().Run(Tree().Add("pay.js", $"Stripe('{StripeKey}');\n")));
        var inHistory = Secrets(new Auditor().Run(Tree(), history: new MemoryGitHistory().Add("1a2b3c4", "old/pay.js", $"Stripe('{StripeKey}');")));
        var fingerprint = Assert.Single(inTree.Evidence).Fingerprint;
        var config = $"suppress:\n  - control: DEP-SECRETS\n    fingerprint: {fingerprint}\n    reason: revoked in the Stripe dashboard\n";

        var suppressed = Secrets(new Auditor().Run(Tree().Add("shipready.yml", config), history: new MemoryGitHistory().Add("1a2b3c4", "old/pay.js", $"Stripe('{StripeKey}');")));

        Assert.Equal(fingerprint, Assert.Single(inHistory.Evidence).Fingerprint);
        Assert.Equal(ResultStatus.Met, suppressed.Status);
    }

    [Fact]
    public void An_inline_marker_in_todays_file_does_not_hide_a_finding_in_an_old_commit()
    {
        var tree = Tree("// shipready-ignore DEP-SECRETS: the key below is a revoked one\nconst app = require('express')();\n");
        var history = new MemoryGitHistory().Add("1a2b3c4", "server.js", $"const stripe = Stripe('{StripeKey}');", firstLine: 2);

        var result = Secrets(new Auditor().Run(tree, history: history));

        Assert.Equal("1a2b3c4", Assert.Single(result.Evidence).Commit);
    }

    [Fact]
    public void Documented_sample_keys_and_placeholders_in_history_are_not_secrets()
    {
        var history = new MemoryGitHistory()
            .Add("1a2b3c4", "README.md", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE")
            .Add("1a2b3c4", "src/pay.js", "Stripe('sk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXX');")
            .Add("1a2b3c4", ".env.example", "SESSION_SECRET=Zr8q2vLx0pW4mNc7Tb2Vy9Ka");

        var result = Secrets(new Auditor().Run(Tree(), history: history));

        Assert.Equal(ResultStatus.Met, result.Status);
        Assert.EndsWith("or in their git history", result.Summary);
    }

    [Fact]
    public void History_of_dependency_folders_ignored_paths_and_lockfiles_is_not_read()
    {
        var history = new MemoryGitHistory()
            .Add("1a2b3c4", "node_modules/stripe/README.md", $"Stripe('{StripeKey}')")
            .Add("1a2b3c4", "legacy/pay.js", $"Stripe('{StripeKey}')")
            .Add("1a2b3c4", "package-lock.json", $"\"{AwsKey}\"");

        var result = Secrets(new Auditor().Run(Tree().Add("shipready.yml", "ignore:\n  - \"legacy/**\"\n"), history: history));

        Assert.Equal(ResultStatus.Met, result.Status);
    }

    [Fact]
    public void A_note_on_the_history_leads_the_notes()
    {
        var history = new MemoryGitHistory().Note(new ScanNote("app", "shallow-clone", "is a shallow clone: only 1 commit of its history were scanned for secrets"));

        var audit = new Auditor().Run(Tree().Add("logo.png", "not really an image"), history: history);

        Assert.Equal(["shallow-clone", "binary"], audit.Notes.Select(n => n.Kind));
    }
}
