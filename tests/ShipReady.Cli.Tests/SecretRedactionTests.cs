namespace ShipReady.Cli.Tests;

/// <summary>A secret found in the tree is never written in full, in any output.</summary>
public sealed class SecretRedactionTests : IDisposable
{
    // Assembled at run time so that this file holds no key-shaped string.
    private static readonly string Key = "sk_" + "live_" + "51Hq8ZrLx0pW4mNc7Tb2Vy9Ka";

    private readonly string _repo = Directory.CreateTempSubdirectory("shipready-secret-").FullName;

    public SecretRedactionTests()
    {
        File.WriteAllText(Path.Combine(_repo, "package.json"), "{ \"dependencies\": { \"express\": \"^4.0.0\", \"stripe\": \"^17.0.0\" } }");
        File.WriteAllText(Path.Combine(_repo, "pay.js"), $"const Stripe = require('stripe');\nconst stripe = Stripe('{Key}');\nmodule.exports = stripe;\n");
        File.WriteAllText(Path.Combine(_repo, ".env"), $"STRIPE_KEY={Key}\nSESSION_SECRET=Zr8q2vLx0pW4mNc7Tb\n");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("md")]
    public void No_output_holds_the_secret(string format)
    {
        var run = Shipready.Invoke("audit", _repo, "--format", format, "--verbose");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("DEP-SECRETS", run.Stdout);
        Assert.DoesNotContain(Key, run.Stdout + run.Stderr);
        Assert.DoesNotContain("Zr8q2vLx0pW4mNc7Tb", run.Stdout + run.Stderr);
    }

    [Fact]
    public void The_json_identifies_each_secret_by_redacted_form_and_fingerprint()
    {
        var run = Shipready.Invoke("audit", _repo, "--format", "json");

        Assert.Contains($"sk_l…({Key.Length} chars)", run.Stdout);
        Assert.Matches("fingerprint [0-9a-f]{12}", run.Stdout);
    }

    [Fact]
    public void Check_names_the_secret_without_revealing_it()
    {
        var run = Shipready.Invoke("check", _repo);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DEP-SECRETS", run.Stdout);
        Assert.DoesNotContain(Key, run.Stdout);
    }

    public void Dispose() => Directory.Delete(_repo, recursive: true);
}
