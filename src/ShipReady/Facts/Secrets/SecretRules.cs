using System.Text.RegularExpressions;

namespace ShipReady.Facts.Secrets;

/// <summary>The key formats the audit recognises. Source-generated regexes: linear on any input.</summary>
public static partial class SecretRules
{
    [GeneratedRegex(@"\b(?<secret>(?:AKIA|ASIA)[0-9A-Z]{16})\b")]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"\b(?<secret>(?:sk|rk)_live_[0-9A-Za-z]{24,})")]
    private static partial Regex StripeLive();

    [GeneratedRegex(@"\b(?<secret>sk-ant-[A-Za-z0-9_\-]{32,})")]
    private static partial Regex Anthropic();

    [GeneratedRegex(@"\b(?<secret>sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{32,})")]
    private static partial Regex OpenAi();

    // A fine-grained token is 22 characters, an underscore and 59 more: "github_pat_wrong_length" is a test's input.
    [GeneratedRegex(@"\b(?<secret>(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})")]
    private static partial Regex GitHub();

    // Slack puts the team's and the bot's numeric ids after the prefix (xoxb-1234…-5678…-secret, xoxa-2-…):
    // "xoxb-test-token" and "xoxb-token-from-slack" are how documentation and tests name one.
    [GeneratedRegex(@"\b(?<secret>xox[baprs]-[0-9]{1,13}-[0-9A-Za-z\-]{8,})")]
    private static partial Regex Slack();

    [GeneratedRegex(@"\b(?<secret>AIza[0-9A-Za-z_\-]{35})")]
    private static partial Regex GoogleApiKey();

    [GeneratedRegex(@"\b(?<secret>SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})")]
    private static partial Regex SendGrid();

    [GeneratedRegex(@"(?<secret>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"\b(?:postgres|postgresql|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver)://(?<user>[^:/\s""'@]+):(?<secret>[^@\s""'/]{3,})@(?<host>[^/\s""'?]*)")]
    private static partial Regex ConnectionUrl();

    [GeneratedRegex(@"(?i)\b(?:server|host|data source|address)\s*=(?<host>[^;""'\n]+);[^""'\n]*?\b(?:password|pwd)\s*=\s*(?<secret>[^;""'\s]{4,})")]
    private static partial Regex ConnectionString();

    /// <summary>Rules in the order they are tried; the first to claim a span wins.</summary>
    public static IReadOnlyList<SecretRule> All { get; } =
    [
        new("aws-access-key", "AWS access key id", AwsAccessKey(), ["AKIA", "ASIA"]),
        new("stripe-live-key", "Stripe live secret key", StripeLive(), ["_live_"]),
        new("anthropic-key", "Anthropic API key", Anthropic(), ["sk-ant-"]),
        new("openai-key", "OpenAI API key", OpenAi(), ["sk-"]),
        new("github-token", "GitHub token", GitHub(), ["ghp_", "gho_", "ghs_", "ghu_", "ghr_", "github_pat_"], Holds: GitHubTokenChecksum.Holds),
        new("slack-token", "Slack token", Slack(), ["xox"]),
        new("google-api-key", "Google API key", GoogleApiKey(), ["AIza"]),
        new("sendgrid-key", "SendGrid API key", SendGrid(), ["SG."]),
        new("private-key", "private key block", PrivateKey(), ["PRIVATE KEY"]),
        new("connection-url", "password in a connection URL", ConnectionUrl(), ["://"]),
        new("connection-string", "password in a connection string", ConnectionString(), ["password", "pwd"], IgnoreCase: true),
    ];

    /// <summary>Literals that every match of some rule contains; a line with none is skipped at once.</summary>
    /// <remarks>
    /// Taken from the rules. The search is ordinal, so a rule that ignores case (connection strings) gives its
    /// literals in the cases they are written in: password, Password, PASSWORD.
    /// </remarks>
    public static IReadOnlyList<string> Prefilter { get; } =
        [.. All.SelectMany(r => r.IgnoreCase ? r.Literals.SelectMany(WrittenCases) : r.Literals).Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> WrittenCases(string literal) =>
        [literal.ToLowerInvariant(), literal.ToUpperInvariant(), char.ToUpperInvariant(literal[0]) + literal[1..].ToLowerInvariant()];
}
