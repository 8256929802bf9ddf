using System.Buffers;
using System.Text.RegularExpressions;
using ShipReady.Facts.Code;
using ShipReady.Inventory;
using ShipReady.Model;

namespace ShipReady.Facts.Secrets;

/// <summary>
/// Finds secrets in a file's text: known key formats anywhere, every real value of a committed .env file, and generated
/// values under a secret's name in a Java application's settings.
/// </summary>
public static partial class SecretScanner
{
    private static readonly string[] PlaceholderWords =
    [
        "example", "your", "xxxx", "changeme", "change-me", "change_me", "changethis", "mypass", "placeholder", "dummy", "sample", "replace",
        "redacted", "<", "****", "...", "…", "todo", "insert", "fake",
        // A canary is planted to be caught if it leaks: it opens nothing.
        "canary",
    ];

    private static readonly HashSet<string> TrivialPasswords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "pass", "postgres", "root", "admin", "secret", "test", "dev", "mysql", "guest", "user",
    };

    [GeneratedRegex(@"^\s*(?:export\s+)?(?<key>[A-Za-z_][A-Za-z0-9_.\-]*)\s*=\s*(?<value>.*)$")]
    private static partial Regex EnvLine();

    /// <summary>Names of settings that hold secrets; other settings of an .env file (hosts, levels, names) are configuration.</summary>
    [GeneratedRegex(@"(?i)(key|secret|token|passw(or)?d|pass|pwd|credential|private|auth|dsn|salt|signing|cookie|session|database_url|connection)")]
    private static partial Regex SecretName();

    /// <summary>Whether a file is a committed environment file whose values are real (not a template).</summary>
    public static bool IsEnvFile(string path)
    {
        // Read on the path itself: every file of the tree is asked this.
        var name = Path.GetFileName(path.AsSpan());
        if (!name.SequenceEqual(".env") && !name.StartsWith(".env.", StringComparison.Ordinal))
        {
            return false;
        }
        // Any part of the suffix may say so: BookStack's .env.example.complete lists every setting as an example.
        foreach (var part in name.Length > 5 ? name[5..].ToString().ToLowerInvariant().Split('.') : [])
        {
            if (part is "example" or "sample" or "template" or "dist" or "defaults" or "schema" or "tpl")
            {
                return false;
            }
        }
        return true;
    }

    private static readonly SearchValues<string> Literals = SearchValues.Create([.. SecretRules.Prefilter], StringComparison.Ordinal);

    public static IReadOnlyList<SecretFinding> Scan(string path, string text) => Scan(path, text.AsMemory());

    /// <summary>The secrets in a file's text, which may live in a pooled buffer: they are all found before this returns.</summary>
    /// <param name="localhostCertificate">
    /// Whether the certificate beside the file names only the local machine (<see cref="LocalhostCertificate"/>); asked
    /// only when the file holds a private key.
    /// </param>
    public static IReadOnlyList<SecretFinding> Scan(string path, ReadOnlyMemory<char> text, Func<bool>? localhostCertificate = null)
    {
        if (FileRoles.IsTestData(path))
        {
            return [];
        }
        // An .env file is short, and rare next to code; it is read line by line as strings.
        IEnumerable<SecretFinding> found = IsEnvFile(path) ? ScanEnvFile(path, text.ToString()) : ScanCandidateLines(path, text);
        if (JavaSettings.IsSettingsFile(path))
        {
            found = found.Concat(ScanJavaSettings(path, text.ToString(), found.Select(f => f.Location.Line).ToHashSet()));
        }
        var forTests = FileRoles.IsForTests(path);
        if (forTests || FileRoles.IsLocalEnvironment(path))
        {
            found = found.Where(f => !IsLocalSetting(f.RuleId));
        }
        if (forTests)
        {
            var lines = found.Any() ? text.ToString().Split('\n') : [];
            found = found.Where(f => !TestSaysNotReal(lines, f.Location.Line));
        }
        if (forTests || FileRoles.IsLocalhostKey(path)
            || (found.Any(f => f.RuleId == "private-key")
                && (FileRoles.IsForExamples(path) || (localhostCertificate is not null && localhostCertificate()) || ExampleSetup.Holds(path, text.Span))))
        {
            // The key the tests sign with is made for them, a localhost certificate's for a dev server, an example's
            // for the reader's try, and a test setup's for example names; a provider's key is real anywhere.
            found = found.Where(f => f.RuleId != "private-key");
        }
        return [.. found];
    }

    /// <summary>
    /// Rules whose values set up the services of one machine (its database, its .env): a developer's, a local
    /// container's or the tests' own, where they are not the product's secrets.
    /// </summary>
    private static bool IsLocalSetting(string ruleId) => ruleId is "connection-url" or "connection-string" or "env-value" or "settings-value" or SigningSecretRule;

    /// <summary>The secret a Java application's settings sign its tokens or sessions with: AUTH-SESSION reads it too.</summary>
    public const string SigningSecretRule = "settings-signing-secret";

    /// <summary>Every rule a finding can come from: a control may name these in <c>detect.secretViolations</c>.</summary>
    public static IReadOnlySet<string> RuleIds { get; } =
        new HashSet<string>([.. SecretRules.All.Select(r => r.Id), "env-value", "settings-value", SigningSecretRule], StringComparer.Ordinal);

    /// <summary>
    /// Only lines holding a literal that a key format starts with can hold a key: the vectorised search
    /// jumps from one such line to the next, and the lines between are never split out or copied.
    /// </summary>
    private static List<SecretFinding> ScanCandidateLines(string path, ReadOnlyMemory<char> memory)
    {
        var text = memory.Span;
        var found = new List<SecretFinding>();
        var position = 0;
        var lineNumber = 1;
        var counted = 0;
        while (position < text.Length)
        {
            var skip = text[position..].IndexOfAny(Literals);
            if (skip < 0)
            {
                break;
            }
            var at = position + skip;
            var lineStart = text[..at].LastIndexOf('\n') + 1;
            var lineEnd = LineEnd(text, at);
            lineNumber += text[counted..lineStart].Count('\n');
            counted = lineStart;
            // Most candidate lines hold a literal and no key (the "://" of a link): they are ruled out on the
            // file's own text, and only a line where some rule matches is copied out and read rule by rule.
            if (MayHoldKey(text[lineStart..lineEnd].TrimEnd('\r')))
            {
                var line = new string(text[lineStart..lineEnd].TrimEnd('\r'));
                var next = lineEnd < text.Length ? new string(text[(lineEnd + 1)..LineEnd(text, lineEnd + 1)]) : "";
                found.AddRange(ScanKnownFormats(path, line, next, lineNumber, []));
            }
            position = lineEnd + 1;
        }
        return found;
    }

    private static bool MayHoldKey(ReadOnlySpan<char> line)
    {
        foreach (var rule in SecretRules.All)
        {
            if (rule.MayMatch(line) && rule.Regex.IsMatch(line))
            {
                return true;
            }
        }
        return false;
    }

    private static int LineEnd(ReadOnlySpan<char> text, int from)
    {
        var end = from < text.Length ? text.IndexOfFrom('\n', from) : -1;
        return end < 0 ? text.Length : end;
    }

    /// <summary>Every value of a committed .env file is a secret unless it is plainly configuration.</summary>
    private static IEnumerable<SecretFinding> ScanEnvFile(string path, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var claimed = new List<(int Start, int End)>();
            var next = i + 1 < lines.Length ? lines[i + 1] : "";
            foreach (var finding in ScanKnownFormats(path, line, next, i + 1, claimed))
            {
                yield return finding;
            }
            if (claimed.Count == 0 && EnvValue(line) is { } env)
            {
                yield return Create(path, i + 1, "env-value", $"value of {env.Key} in a committed .env file", env.Value, $"{env.Key}=[{Redactor.Redact(env.Value)}]");
            }
        }
    }

    private static IEnumerable<SecretFinding> ScanKnownFormats(string path, string line, string nextLine, int lineNumber, List<(int Start, int End)> claimed)
    {
        if (!ContainsPrefilter(line))
        {
            yield break;
        }
        foreach (var rule in SecretRules.All)
        {
            // A line found by one rule's literal ("://" in a docstring's link) is not read by the other ten regexes.
            if (!rule.MayMatch(line))
            {
                continue;
            }
            foreach (Match match in rule.Regex.Matches(line))
            {
                var group = match.Groups["secret"];
                var value = group.Success ? group.Value : match.Value;
                var start = group.Success ? group.Index : match.Index;
                if (claimed.Any(c => start < c.End && start + value.Length > c.Start) || IsPlaceholder(value)
                    || (rule.Holds is not null && !rule.Holds(value)))
                {
                    continue;
                }
                if (rule.Id is "connection-url" or "connection-string" && TrivialPasswords.Contains(value))
                {
                    continue;
                }
                // "shop:shop@db" is a throwaway database of a compose file or a tutorial, not a credential.
                if (rule.Id == "connection-url" && IsThrowawayPassword(match.Groups["user"].Value, value))
                {
                    continue;
                }
                // "Database=blogifier;…;Password=blogifier": a password that repeats the database's name is a stand-in too.
                if (rule.Id is "connection-url" or "connection-string" && IsDatabaseNamedPassword(line, match, value))
                {
                    continue;
                }
                // A database on the developer's own machine, as in configuration for one.
                if (rule.Id is "connection-url" or "connection-string" && IsLocalHost(match.Groups["host"].Value)
                    && !FileRoles.NameHasWord(Path.GetFileName(path), FileRoles.ProductionWords))
                {
                    continue;
                }
                // A BEGIN marker alone is how key-handling code names the format; a key has its body after it.
                string? body = null;
                // A body that says what it is ("fakeprivatekeymaterial…") is a stand-in for one.
                if (rule.Id == "private-key" && ((body = KeyBodyOf(line[(match.Index + match.Length)..], nextLine)) is null || IsPlaceholder(body)))
                {
                    continue;
                }
                claimed.Add((start, start + value.Length));
                // Every key of a format starts with the same marker: the key is told apart by its body.
                yield return Create(path, lineNumber, rule.Id, rule.Name, value, Snippet.FromLine(line), start + 1, fingerprinted: body is null ? value : value + body);
            }
        }
    }

    /// <summary>
    /// A value given to a setting named for a secret, in a Java application's settings: unlike an .env file, these
    /// files also hold the application's plain configuration, and a short value under a secret's name is often a local
    /// database's default; a value that reads as generated is taken for a credential, as is any value of a token's or
    /// session's signing secret (<c>jwt.secret: mall-admin-secret</c>), and in the production profile any written value,
    /// however weak (<c>password: 123456</c>).
    /// </summary>
    private static IEnumerable<SecretFinding> ScanJavaSettings(string path, string text, HashSet<int> found)
    {
        // Spring's `local` profile is a developer's machine; an .env.local is not (Next.js keeps real keys there).
        if (FileRoles.NameHasWord(Path.GetFileName(path), LocalProfile))
        {
            yield break;
        }
        foreach (var (line, key, written, production) in JavaSettings.Settings(path, text))
        {
            // `${JWT_SECRET:404E63…}`: what follows the colon is what the app uses when the variable is missing.
            var value = JavaSettings.DefaultOf(written) ?? written;
            // A path names where the secret is mounted (`/run/secrets/jwt`, `classpath:keys/app.key`), not the secret.
            var weakCounts = !JavaSettings.IsPath(value);
            var signing = JavaSettings.NamesSigningSecret(key);
            if (!found.Contains(line) && JavaSettings.NamesSecret(key)
                && (LooksRandom(value) || (weakCounts && production && value.Length >= 4) || (weakCounts && signing && value.Length >= 8))
                && !IsPlaceholder(value) && !JavaSettings.IsNoValue(value) && !bool.TryParse(value, out _))
            {
                yield return signing
                    ? Create(path, line, SigningSecretRule, $"signing secret {key} in a committed settings file", value, $"{key}=[{Redactor.Redact(value)}]")
                    : Create(path, line, "settings-value", $"value of {key} in a committed settings file", value, $"{key}=[{Redactor.Redact(value)}]");
            }
        }
    }

    private static (string Key, string Value)? EnvValue(string line)
    {
        var match = EnvLine().Match(line);
        if (!match.Success || line.TrimStart().StartsWith('#'))
        {
            return null;
        }
        var value = match.Groups["value"].Value.Trim();
        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        if (hash >= 0 && value[0] is not ('"' or '\''))
        {
            value = value[..hash].TrimEnd();
        }
        value = value.Trim('"', '\'');
        // Plain settings (ports, flags, hosts) are not secrets; a value needs some length and must not be a reference or a placeholder.
        var key = match.Groups["key"].Value;
        // A value that is the word itself (`password`, `postgres`) is a stand-in to replace, as in a connection URL.
        if (value.Length < 8 || IsPlaceholder(value) || TrivialPasswords.Contains(value) || bool.TryParse(value, out _) || double.TryParse(value, out _)
            || value.StartsWith("http://localhost", StringComparison.Ordinal) || IsUserNamedForPassword(value) || IsRelativePath(value)
            || !((SecretName().IsMatch(key) && !NamesAChoice(key)) || LooksRandom(value)))
        {
            return null;
        }
        return (key, value);
    }

    /// <summary>
    /// The last words of a setting that picks one of a framework's options (<c>SESSION_DRIVER=database</c>,
    /// <c>CACHE_STORE=redis</c>, <c>JWT_ALGORITHM=HS256</c>): a secret-like word in front names what is chosen for, and
    /// the value is the choice. A random value there is still read as a key.
    /// </summary>
    private static readonly HashSet<string> ChoiceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "driver", "engine", "type", "mode", "store", "backend", "provider", "adapter", "algorithm", "strategy", "method",
        "channel", "lifetime", "ttl", "domain", "path", "samesite",
    };

    private static bool NamesAChoice(string key) =>
        key.Split(['_', '.', '-'], StringSplitOptions.RemoveEmptyEntries) is [.., var last] && ChoiceWords.Contains(last);

    /// <summary>
    /// A file beside the app (<c>file:../database/app.db</c>, <c>./keys/jwt.pem</c>): where a value is kept, not the value.
    /// A value starting with <c>/</c> is not taken for a path here, as a base64 secret may start so.
    /// </summary>
    internal static bool IsRelativePath(string value) =>
        value.StartsWith("file:", StringComparison.Ordinal) || value.StartsWith("./", StringComparison.Ordinal)
        || value.StartsWith("../", StringComparison.Ordinal) || value.StartsWith("~/", StringComparison.Ordinal);

    private static readonly HashSet<string> LocalProfile = new(StringComparer.OrdinalIgnoreCase) { "local" };

    /// <summary>
    /// Whether every host a connection names is this machine: <c>localhost,1433</c> and <c>tcp:127.0.0.1</c> (a port),
    /// <c>.\SQLEXPRESS</c> and <c>(localdb)\MSSQLLocalDB</c> (an instance), but not <c>localhost,db2.prod</c>.
    /// </summary>
    internal static bool IsLocalHost(string hosts)
    {
        var any = false;
        foreach (var part in hosts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.All(char.IsDigit))
            {
                continue;
            }
            var name = part.ToLowerInvariant();
            name = name.StartsWith("tcp:", StringComparison.Ordinal) ? name[4..] : name;
            name = name.Split('\\')[0].Split(':')[0];
            if (name is not ("localhost" or "127.0.0.1" or "(local)" or "." or "(localdb)"))
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    /// <summary>"shop:shop": a user whose password is its name opens a throwaway database, as in a connection URL.</summary>
    private static bool IsUserNamedForPassword(string value)
    {
        var colon = value.IndexOf(':');
        return colon > 0 && value.AsSpan(0, colon).SequenceEqual(value.AsSpan(colon + 1));
    }

    /// <summary>
    /// A test that says beside a key (on its line or the two above) that it is not a real one ("token is randomly
    /// generated and not real") tests code that reads the format; the authors know what they committed. Outside tests the same words
    /// prove nothing, and a key they do not describe is taken as real.
    /// </summary>
    private static bool TestSaysNotReal(string[] lines, int line)
    {
        for (var i = Math.Max(line - 3, 0); i < Math.Min(line, lines.Length); i++)
        {
            if (NotRealWords().IsMatch(lines[i]))
            {
                return true;
            }
        }
        return false;
    }

    // "fake" or "dummy" near a key may describe something else (`jest.useFakeTimers()`, a dummy request): only the
    // words that deny the value itself count.
    [GeneratedRegex(@"(?i)\bnot\s+(?:a\s+)?real\b")]
    private static partial Regex NotRealWords();

    /// <summary>
    /// A password made of its user's name (<c>shop:shop</c>, <c>off:off-wger</c>) or that spells out what belongs
    /// there (<c>powersync_password</c>): a default for a throwaway database that says it is one, not a credential.
    /// </summary>
    /// <remarks>
    /// Only a password of words qualifies: one that mixes in digits or random letters after the user's name
    /// (<c>billing_Q7x9LmP2…</c>, <c>MyPassword8Hq2…</c>) is a real one, however it starts.
    /// </remarks>
    internal static bool IsThrowawayPassword(string user, string password) =>
        password == user
        || (Words(password)
            && ((user.Length >= 2 && password.Length > user.Length && password.StartsWith(user, StringComparison.Ordinal)
                    && password[user.Length] is '-' or '_' or '.' && password.Length - user.Length <= 13)
                || password.Contains("password", StringComparison.OrdinalIgnoreCase)
                || password.Contains("passwd", StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// A password that is the name of the database the same connection opens (<c>Database=blogifier;…;Password=blogifier</c>,
    /// <c>postgres://app:shop@db/shop</c>): like a user's own name, a default a compose file or a tutorial gives a
    /// throwaway database. Only a password of words qualifies, in any case: a generated one stays a credential.
    /// </summary>
    internal static bool IsDatabaseNamedPassword(string line, Match match, string password) =>
        Words(password.ToLowerInvariant())
        && DatabaseOf(line, match) is { } database
        && database.Equals(password, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The database a matched connection names: the path after a URL's host, or the <c>Database=</c> or
    /// <c>Initial Catalog=</c> of the connection string the match lies in (before or after the password).
    /// </summary>
    private static string? DatabaseOf(string line, Match match)
    {
        var end = match.Index + match.Length;
        if (match.Groups["user"].Success)
        {
            if (end >= line.Length || line[end] != '/')
            {
                return null;
            }
            var path = line[(end + 1)..];
            var stop = path.IndexOfAny(['?', '/', '"', '\'', '`', ' ', '\t', ',', ';', ')']);
            return stop < 0 ? path : path[..stop];
        }
        // The connection string is the quoted value the match lies in, or the rest of an unquoted line.
        var start = line.LastIndexOfAny(['"', '\'', '`'], Math.Max(match.Index - 1, 0)) + 1;
        var close = line.IndexOfAny(['"', '\'', '`'], end);
        foreach (var part in line[start..(close < 0 ? line.Length : close)].Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals > 0 && part[..equals].Trim().ToLowerInvariant() is "database" or "initial catalog")
            {
                return part[(equals + 1)..].Trim();
            }
        }
        return null;
    }

    private static bool Words(string value) => value.All(c => char.IsAsciiLetterLower(c) || c is '-' or '_' or '.');

    internal static bool IsPlaceholder(string value)
    {
        // An interpolation ("${password}", "{password}", "%(password)s", "$DB_PASS") is filled in at run time, not committed.
        if (value.Contains('{') || value.Contains("%(", StringComparison.Ordinal) || value.StartsWith('$'))
        {
            return true;
        }
        var lower = value.ToLowerInvariant();
        if (lower is "akiaiosfodnn7example" || PlaceholderWords.Any(w => lower.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }
        // A name in capitals that says what belongs there: STRONG_DB_PASSWORD, SMTP_SECRET_KEY.
        if (DescribedSecret().IsMatch(value))
        {
            return true;
        }
        // "sk-xxxxxxxx…", "00000000": one repeated character after the prefix is a template, not a key.
        var tail = lower.Length > 8 ? lower[^8..] : lower;
        return tail.Distinct().Count() == 1;
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*_(PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|KEY)(_[A-Z0-9]+)*$|^(PASSWORD|SECRET|TOKEN)(_[A-Z0-9]+)+$")]
    private static partial Regex DescribedSecret();

    // A key pasted into one string line carries "\n" or "\r\n" escapes between its lines.
    [GeneratedRegex(@"^(?:\\r|\\n|[\s""'`+,(])*[A-Za-z0-9+/]{20,}")]
    private static partial Regex KeyBody();

    /// <summary>The start of the key's body after its marker, on the same line or the next; null when there is none.</summary>
    /// <remarks>
    /// The next line is read only when the marker's line leaves the key open: a string closed on it and followed by
    /// code (<c>"-----BEGIN RSA PRIVATE KEY-----";</c>, <c>startsWith("…")) {</c>) holds the marker alone, and the
    /// next line is code.
    /// </remarks>
    private static string? KeyBodyOf(string restOfLine, string nextLine) =>
        KeyBody().Match(restOfLine) is { Success: true } same ? same.Value.Trim()
        : KeyLeftOpen().IsMatch(restOfLine) && KeyBody().Match(nextLine) is { Success: true } next ? next.Value.Trim()
        : null;

    // A marker's line that ends no statement and closes no call or block: `"…-----\n" .`, `"…-----" + Environment.NewLine +`.
    [GeneratedRegex(@"^[^;){]*$")]
    private static partial Regex KeyLeftOpen();

    /// <summary>A long value mixing letters and digits with high entropy reads as a generated credential, whatever its name.</summary>
    internal static bool LooksRandom(string value)
    {
        if (value.Length < 20 || !value.Any(char.IsDigit) || !value.Any(char.IsLetter) || value.Contains(' '))
        {
            return false;
        }
        var entropy = value.GroupBy(c => c)
            .Select(g => (double)g.Count() / value.Length)
            .Sum(p => -p * Math.Log2(p));
        return entropy > 3.5;
    }

    internal static bool ContainsPrefilter(ReadOnlySpan<char> line) => line.IndexOfAny(Literals) >= 0;

    private static SecretFinding Create(string path, int line, string ruleId, string kind, string value, string snippet, int column = 1, string? fingerprinted = null) =>
        new(ruleId, kind, new Location(path, line, column), Redactor.Redact(value), Redactor.Fingerprint(fingerprinted ?? value), snippet);
}
