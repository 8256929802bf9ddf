using System.Text.RegularExpressions;

namespace ShipReady.Inventory;

/// <summary>
/// What a file is for, read from its path alone: the test suite, a machine of the team, the tests' inputs. Secrets
/// found there are judged differently, and calls from the test suite do not make code run in production.
/// </summary>
public static partial class FileRoles
{
    /// <summary>Folders that hold a test suite and its fixtures.</summary>
    private static readonly HashSet<string> TestFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "test", "tests", "spec", "__tests__", "e2e", "cypress",
    };

    /// <summary>
    /// A file of the test suite, or configuration that only the tests run with (<c>config/settings/test.yml</c>,
    /// <c>appsettings.Testing.json</c>). A private key there is the one the tests sign their tokens with, made for
    /// them and committed so that they can read it, as in Go's <c>testdata</c>; a provider's key is still a secret there.
    /// </summary>
    public static bool IsForTests(string path)
    {
        var segments = path.Split('/');
        if (segments[..^1].Any(IsTestFolder))
        {
            return true;
        }
        var name = segments[^1];
        return TestFileName().IsMatch(name) || (ConfigurationExtensions.Contains(Path.GetExtension(name)) && NameHasWord(name, TestConfigurations));
    }

    /// <summary>
    /// A folder of the test suite: one of <see cref="TestFolders"/>, a .NET test project (<c>Api.Tests</c>,
    /// <c>Api.UnitTests</c>), or a name that says what kind of test suite it is (<c>TestSuite</c>, <c>IntegrationTests</c>,
    /// <c>e2e-tests</c>). A word "test" alone is not enough: <c>ABTest/</c>, <c>LabTests/</c> and <c>test-env/</c> may
    /// be the product's own.
    /// </summary>
    private static bool IsTestFolder(string name)
    {
        if (TestFolders.Contains(name))
        {
            return true;
        }
        // Asked of every folder of every file's path: most names hold no "test" at all and are not split.
        if (!name.Contains("test", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var words = FolderWords().Matches(name).Select(w => w.Value.ToLowerInvariant()).ToList();
        if (words.Count < 2)
        {
            return false;
        }
        var dot = name.LastIndexOf('.');
        if (dot > 0 && words[^1] is "test" or "tests" && TestProjectSuffix().IsMatch(name[dot..]))
        {
            return true;
        }
        return TestSuiteNames.Contains(words[^2] + " " + words[^1]);
    }

    /// <summary>
    /// Whether a folder of the path is named first for tests (<c>test-environments/</c>, <c>testing/</c>,
    /// <c>tests_setup/</c>) and none for a deployment (<c>prod</c>, <c>staging</c>, <c>uat</c>, <c>deploy</c>, <c>k8s</c>, …): a weaker
    /// sign than <see cref="IsForTests"/>, as <c>test-env/</c> may be a deployment's, asked only beside another.
    /// </summary>
    public static bool IsTestSetup(string path)
    {
        var folders = path.Split('/')[..^1];
        return folders.Any(f => FolderWords().Match(f) is { Success: true } first && first.Value.ToLowerInvariant() is "test" or "tests" or "testing")
            && !folders.Any(NamesADeployment);
    }

    /// <summary>Whether one of the words of a folder's name says its files are deployed somewhere (<see cref="DeployedWords"/>).</summary>
    private static bool NamesADeployment(string folder) =>
        FolderWords().Matches(folder).Any(w => DeployedWords.Contains(w.Value.ToLowerInvariant()));

    /// <summary>Words of a folder that say its files are deployed somewhere, a test environment included (Kustomize's <c>overlays/test</c>).</summary>
    private static readonly HashSet<string> DeployedWords = new(StringComparer.Ordinal)
    {
        "prod", "prd", "production", "preprod", "staging", "stage", "live", "uat", "qa", "deploy", "deployment", "deployments",
        "overlays", "k8s", "kubernetes", "helm", "charts", "terraform", "infra", "infrastructure", "ansible",
    };

    /// <summary>The last part of a .NET test project's name: <c>.Tests</c>, <c>.UnitTests</c>, <c>.IntegrationTests</c>.</summary>
    [GeneratedRegex(@"^\.(Unit|Integration|Functional|Acceptance|Api|E2E|EndToEnd)?Tests?$", RegexOptions.IgnoreCase)]
    private static partial Regex TestProjectSuffix();

    /// <summary>The last two words of a folder named for a kind of test suite.</summary>
    private static readonly HashSet<string> TestSuiteNames = new(StringComparer.Ordinal)
    {
        "test suite", "tests suite", "unit tests", "integration tests", "functional tests", "acceptance tests", "api tests",
        "e2e tests", "end tests", "system tests", "smoke tests", "load tests", "performance tests", "ui tests",
    };

    /// <summary>The words of a name, split where the case changes and at anything not a letter or digit: <c>IntegrationTests</c> is "Integration" and "Tests".</summary>
    [GeneratedRegex(@"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+")]
    private static partial Regex FolderWords();

    /// <summary>A test file by the name its runner looks for: <c>*.test.ts</c>, <c>*.spec.js</c>, <c>*_test.go</c>, <c>test_*.py</c>, <c>*_spec.rb</c>, <c>*Tests.cs</c>.</summary>
    [GeneratedRegex(@"\.(test|spec)\.[cm]?[jt]sx?$|_test\.(go|py|rb)$|^test_\w+\.py$|_spec\.rb$|Tests?\.(cs|java|kt)$")]
    private static partial Regex TestFileName();

    /// <summary>Words in a configuration file's name that say only the tests run with it.</summary>
    private static readonly HashSet<string> TestConfigurations = new(StringComparer.OrdinalIgnoreCase) { "test", "testing" };

    private static readonly HashSet<string> ConfigurationExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".yml", ".yaml", ".toml", ".ini", ".properties", ".config", ".conf", ".xml",
    };

    /// <summary>Words in a configuration file's name that say it configures a machine of the team, not production.</summary>
    private static readonly HashSet<string> LocalEnvironments = new(StringComparer.OrdinalIgnoreCase)
    {
        "development", "dev", "docker", "test", "testing", "tests", "codespaces",
    };

    /// <summary>Words in a configuration file's name that say production reads it (<c>application-prod.yml</c>), even through a proxy on 127.0.0.1.</summary>
    internal static readonly HashSet<string> ProductionWords = new(StringComparer.OrdinalIgnoreCase) { "production", "prod" };

    private static readonly HashSet<string> CiEnvironments = new(StringComparer.OrdinalIgnoreCase) { "ci", "travis", "circleci", "jenkins" };

    /// <summary>The words of a compose file's name that say it is not the deployment's: <see cref="LocalEnvironments"/> but <c>docker</c>, and the CI run's.</summary>
    private static readonly HashSet<string> ComposeEnvironments = new(
        LocalEnvironments.Where(w => w != "docker").Concat(CiEnvironments).Append("local").Append("cypress").Append("e2e"), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Configuration for a developer's machine, a local container or the tests (<c>appsettings.Docker.json</c>,
    /// <c>.env.development</c>, anything under <c>.devcontainer/</c>). The database passwords and settings there
    /// open a throwaway database on that machine; a provider's key or a private key is still a secret there.
    /// </summary>
    public static bool IsLocalEnvironment(string path)
    {
        if (path.StartsWith(".devcontainer/", StringComparison.Ordinal) || path.Contains("/.devcontainer/", StringComparison.Ordinal))
        {
            return true;
        }
        var name = Path.GetFileName(path);
        // A compose file is how many teams deploy, so "docker" in its name says nothing about where it runs; one named
        // for a developer's machine, the tests or the CI run (`compose.ci.yaml`, `docker-compose.test.yml`) starts their
        // throwaway services.
        if (name.StartsWith("docker-compose", StringComparison.OrdinalIgnoreCase) || name.StartsWith("compose.", StringComparison.OrdinalIgnoreCase))
        {
            return NameHasWord(name, ComposeEnvironments) && !NameHasWord(name, ProductionWords);
        }
        // `.env.ci` sets up the CI run's services; `ci` in another file's name (`.gitlab-ci.yml`) says nothing of where it runs.
        return name.StartsWith(".env", StringComparison.Ordinal)
            ? NameHasWord(name, LocalEnvironments) || NameHasWord(name, CiEnvironments)
            : ConfigurationExtensions.Contains(Path.GetExtension(name)) && NameHasWord(name, LocalEnvironments);
    }

    /// <summary>Whether one of the words of a file's name (split at '.', '_', '-' and '+') is one of <paramref name="words"/>.</summary>
    internal static bool NameHasWord(string name, HashSet<string> words) =>
        name.Split(['.', '_', '-', '+'], StringSplitOptions.RemoveEmptyEntries).Any(words.Contains);

    private static readonly HashSet<string> Localhost = new(StringComparer.OrdinalIgnoreCase) { "localhost" };

    /// <summary>Files that hold a key or a certificate.</summary>
    private static readonly HashSet<string> KeyFileExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pem", ".key", ".crt", ".cert" };

    /// <summary>
    /// A key file named for <c>localhost</c> (<c>localhost.pem</c>, mkcert's <c>localhost+2-key.pem</c>): the key of a
    /// certificate for the developer's own machine, which a dev server serves over HTTPS. No browser trusts it for
    /// a real name, so it guards nothing outside that machine.
    /// </summary>
    public static bool IsLocalhostKey(string path)
    {
        var name = Path.GetFileName(path);
        // Only a key or certificate file: a JSON of credentials named for localhost still holds the real key.
        if (!KeyFileExtensions.Contains(Path.GetExtension(name)))
        {
            return false;
        }
        return NameHasWord(name, Localhost);
    }

    /// <summary>Folders named for the examples, samples or demos a project ships beside its own code.</summary>
    private static readonly HashSet<string> ExampleFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "example", "examples", "sample", "samples", "demo", "demos",
    };

    /// <summary>
    /// A file of an example, a sample or a demo (<c>examples/mtls/certs/server.key</c>, <c>.examples/…</c>): the set-up a
    /// reader starts to try a feature, its private keys made for that try as the tests' are. A folder named for a
    /// deployment on the path (<c>deploy/demo/</c>, <c>k8s/demo/</c>) is a demo instance the team runs, whose key is real.
    /// </summary>
    public static bool IsForExamples(string path)
    {
        var folders = path.Split('/')[..^1];
        return folders.Any(f => ExampleFolders.Contains(f.TrimStart('.')))
            && !folders.Any(NamesADeployment);
    }

    /// <summary>Folders that hold the test doubles a JavaScript test suite shares (Jest's <c>__mocks__</c>).</summary>
    private static readonly HashSet<string> MockFolders = new(StringComparer.Ordinal) { "mock", "mocks", "__mock__", "__mocks__" };

    /// <summary>
    /// A test double of a script test suite: a file under a mock folder, or named for one (<c>auth.config.mock.ts</c>).
    /// Only the tests load it, in place of the module it stands in for; asked beside a pattern's own paths.
    /// </summary>
    public static bool IsTestDouble(string path)
    {
        var segments = path.Split('/');
        return segments[..^1].Any(MockFolders.Contains) || MockFileName().IsMatch(segments[^1]);
    }

    [GeneratedRegex(@"\.mocks?\.[cm]?[jt]sx?$")]
    private static partial Regex MockFileName();

    /// <summary>
    /// Go's <c>testdata</c> folders hold inputs for the tests only: the toolchain never builds or ships them, and
    /// the keys there are made for the tests (a key a test signs with has to be committed to be read).
    /// </summary>
    public static bool IsTestData(string path) =>
        path.StartsWith("testdata/", StringComparison.Ordinal) || path.Contains("/testdata/", StringComparison.Ordinal);
}
