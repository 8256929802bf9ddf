using System.Text.RegularExpressions;

namespace ShipReady.Facts.Secrets;

/// <summary>
/// The settings of a Java application's configuration: any <c>.properties</c> file, and Spring Boot's
/// <c>application.yml</c> (with its profiles, <c>application-prod.yml</c>, and <c>bootstrap.yml</c>). Spring reads
/// these at start-up as the application's own configuration, so a token signing key written there (<c>jwt.secret=…</c>)
/// ships with every build, as a value in a committed .env file would.
/// </summary>
public static partial class JavaSettings
{
    public static bool IsSettingsFile(string path)
    {
        // Asked of every file the secret scan reads: the name is split only once it has a settings file's shape.
        var name = Path.GetFileName(path.AsSpan());
        var shaped = name.EndsWith(".properties", StringComparison.OrdinalIgnoreCase)
            || ((name.StartsWith("application", StringComparison.Ordinal) || name.StartsWith("bootstrap", StringComparison.Ordinal))
                && (name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)));
        // jhipster's application-secret-samples.yml shows the shape of the secrets a deployment supplies.
        return shaped && !Inventory.FileRoles.NameHasWord(name.ToString(), Templates);
    }

    private static readonly HashSet<string> Templates = new(StringComparer.OrdinalIgnoreCase)
    {
        "sample", "samples", "example", "examples", "template", "templates", "dist",
    };

    /// <summary>Words that name a secret on their own; "key" does so only after a word that says whose key it is.</summary>
    private static readonly HashSet<string> SecretWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "secret", "password", "passwd", "pwd", "token", "credential", "credentials", "apikey", "passphrase",
    };

    private static readonly HashSet<string> KeyOwners = new(StringComparer.OrdinalIgnoreCase)
    {
        "api", "private", "signing", "secret", "access", "encryption", "hmac", "jwt", "client", "master", "app",
    };

    /// <summary>
    /// Whether a setting's key names a secret by its last word (split at dots, dashes, underscores and case changes):
    /// <c>jwt.secret</c>, <c>base64-secret</c>, <c>mail.apiKey</c>, but not <c>sonar…ruleKey</c>, <c>ssl.key-store</c>,
    /// <c>jdbc.connectionURL</c> or <c>token-validity-in-seconds</c>, whose values are ids, paths, addresses or numbers.
    /// </summary>
    public static bool NamesSecret(string key) => NamesSecret(Words(key));

    // The last word says what the value is: token-validity-in-seconds is a duration, password-encoder a class.
    private static bool NamesSecret(List<string> words) =>
        words is [.., var last] && (SecretWords.Contains(last)
            || (last.Equals("key", StringComparison.OrdinalIgnoreCase) && words is [.., var owner, _] && KeyOwners.Contains(owner)));

    private static readonly HashSet<string> SigningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "jwt", "token", "signing", "hmac", "session", "cookie",
    };

    /// <summary>
    /// Whether the key names the secret tokens or sessions are signed with (<c>jwt.secret</c>, <c>app.tokenSecret</c>,
    /// <c>security.jwt.signing-key</c>): unlike a local database's password, no value of it is a developer's default,
    /// since whatever is written is what production signs with unless something replaces it.
    /// </summary>
    public static bool NamesSigningSecret(string key)
    {
        var words = Words(key);
        return NamesSecret(words) && words is [.., var last]
            && (last.Equals("secret", StringComparison.OrdinalIgnoreCase) || last.Equals("key", StringComparison.OrdinalIgnoreCase))
            && words.Any(SigningWords.Contains);
    }

    /// <summary>A key's words, split at dots, dashes, underscores and case changes.</summary>
    private static List<string> Words(string key) => [.. KeyWords().Matches(key).Select(m => m.Value)];

    [GeneratedRegex(@"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")]
    private static partial Regex KeyWords();

    /// <summary>
    /// Each setting written with a plain value: its line (from 1), its key, its value without quotes, and whether the
    /// production profile reads it: the file is named for it (<c>application-prod.yml</c>), or the YAML document it
    /// sits in (between <c>---</c> lines) is activated for it (<c>spring.config.activate.on-profile: prod</c>, or the
    /// older <c>spring.profiles: prod</c>).
    /// </summary>
    /// <remarks>
    /// A YAML key is read with the keys above it (<c>secret:</c> under <c>jwt:</c> is <c>jwt.secret</c>), by
    /// indentation. A value left to the environment (<c>${JWT_SECRET}</c>) is returned as written, for the caller to
    /// pass over as any other placeholder. A properties value continued with a backslash is read as its first line.
    /// </remarks>
    public static IEnumerable<(int Line, string Key, string Value, bool Production)> Settings(string path, string text)
    {
        var yaml = !path.EndsWith(".properties", StringComparison.OrdinalIgnoreCase);
        var named = Inventory.FileRoles.NameHasWord(Path.GetFileName(path), Inventory.FileRoles.ProductionWords);
        var lines = text.Split('\n');
        var documentStart = 0;
        while (documentStart < lines.Length)
        {
            var documentEnd = documentStart;
            while (documentEnd < lines.Length && !(documentEnd > documentStart && DocumentBreak(lines[documentEnd], yaml)))
            {
                documentEnd++;
            }
            var production = named || lines[documentStart..documentEnd].Any(l => ProductionProfile().IsMatch(l));
            // The YAML keys a line sits under, by indentation: `secret:` under `jwt:` is jwt.secret.
            var parents = new List<(int Indent, string Key)>();
            for (var i = documentStart; i < documentEnd; i++)
            {
                var line = lines[i].TrimEnd('\r');
                if (yaml)
                {
                    var body = line.TrimStart();
                    if (body.Length == 0 || body[0] == '#')
                    {
                        continue;
                    }
                    var indent = line.Length - body.Length;
                    parents.RemoveAll(p => p.Indent >= indent);
                    if (YamlParent().Match(line) is { Success: true } parent)
                    {
                        parents.Add((indent, parent.Groups["key"].Value));
                        continue;
                    }
                }
                if (Setting(line, yaml) is { } setting)
                {
                    var key = parents.Count == 0 ? setting.Key : $"{string.Join('.', parents.Select(p => p.Key))}.{setting.Key}";
                    yield return (i + 1, key, setting.Value, production);
                }
            }
            documentStart = documentEnd;
        }
    }

    /// <summary>YAML's <c>---</c> (a comment may follow it); a <c>.properties</c> file's <c>#---</c> or <c>!---</c> (Spring Boot 2.4 on).</summary>
    private static bool DocumentBreak(string line, bool yaml)
    {
        var text = line.TrimEnd();
        return yaml
            ? text == "---" || text.StartsWith("--- ", StringComparison.Ordinal) || text.StartsWith("---\t", StringComparison.Ordinal)
            : text is "#---" or "!---";
    }

    private static (string Key, string Value)? Setting(string line, bool yaml)
    {
        // A line longer than any setting is data (a key followed by a megabyte of spaces), not worth matching.
        if (line.Length > MaxLine)
        {
            return null;
        }
        var match = (yaml ? YamlSetting() : PropertiesSetting()).Match(line);
        if (!match.Success)
        {
            return null;
        }
        var value = match.Groups["value"].Value.Trim();
        if (yaml)
        {
            // A quoted scalar ends at its closing quote; a plain one at a comment.
            var close = value[0] is '"' or '\'' ? value.IndexOf(value[0], 1) : -1;
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            value = close > 0 ? value[1..close] : comment >= 0 ? value[..comment].TrimEnd() : value;
        }
        return (match.Groups["key"].Value, value.Trim('"', '\''));
    }

    // A mapping key with nothing after it but a comment: the keys below it are its children.
    [GeneratedRegex(@"^\s*(?<q>['""]?)(?<key>[A-Za-z_][A-Za-z0-9_.\-]*)\k<q>\s*:\s*(&\S+\s*)?(#.*)?$")]
    private static partial Regex YamlParent();

    private const int MaxLine = 4096;

    /// <summary>
    /// A value that is no secret whatever its name: none (<c>null</c>, <c>~</c>), one filled in at build time
    /// (Maven's <c>@db.password@</c>), or one encrypted to be committed (jasypt's <c>ENC(…)</c>).
    /// </summary>
    public static bool IsNoValue(string value) =>
        value.Length == 0 || value is "~" || value.Equals("null", StringComparison.OrdinalIgnoreCase)
        || value.Equals("none", StringComparison.OrdinalIgnoreCase) || value.Equals("nil", StringComparison.OrdinalIgnoreCase)
        || (value.Length > 2 && value[0] == '@' && value[^1] == '@')
        || (value.StartsWith("ENC(", StringComparison.Ordinal) && value.EndsWith(')'));

    /// <summary>The default of Spring's <c>${NAME:default}</c>, which the app uses when NAME is not set; null for any other value.</summary>
    public static string? DefaultOf(string value) =>
        SpringDefault().Match(value) is { Success: true } m ? m.Groups["default"].Value : null;

    /// <summary>A file's path or a resource's address: <c>/run/secrets/jwt</c>, <c>classpath:keys/app.key</c>, <c>file:./k.pem</c>.</summary>
    public static bool IsPath(string value) =>
        value.StartsWith('/') || value.StartsWith("classpath", StringComparison.Ordinal) || SecretScanner.IsRelativePath(value);

    [GeneratedRegex(@"^\$\{[^:{}]+:(?<default>[^{}]*)\}$")]
    private static partial Regex SpringDefault();

    [GeneratedRegex(@"^\s*([\w.\-]+\.)?(on-profile|profiles)\s*[:=]\s*['""]?(prod|production)['""]?\s*(#.*)?$")]
    private static partial Regex ProductionProfile();

    // key=value, key: value or key value; '#' and '!' start a comment line.
    [GeneratedRegex(@"^\s*(?<key>[^#!\s=:][^=:\s]*)(\s*[=:]\s*|\s+)(?<value>\S.*)$")]
    private static partial Regex PropertiesSetting();

    // A YAML mapping line with a scalar value; not a list item, an anchor, a block scalar (| or >) or a comment.
    [GeneratedRegex(@"^\s*(?<q>['""]?)(?<key>[A-Za-z_][A-Za-z0-9_.\-]*)\k<q>\s*:\s+(?<value>[^\s#|>&*\[{].*)$")]
    private static partial Regex YamlSetting();
}
