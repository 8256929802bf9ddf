using ShipReady.Facts;
using ShipReady.Facts.Secrets;
using ShipReady.Inventory;

namespace ShipReady.Tests.Facts;

public sealed class SecretScannerTests
{
    // Built from pieces so that the source of this test does not itself hold a key-shaped string.
    private static readonly string StripeKey = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dcR9x";
    private static readonly string AwsKey = "AKIA" + "Z7QW3X5RT2LM8KPA";

    [Fact]
    public void Every_rules_literals_pass_the_line_prefilter_in_every_case_the_rule_reads()
    {
        foreach (var rule in SecretRules.All)
        {
            foreach (var literal in rule.Literals)
            {
                var forms = rule.IgnoreCase
                    ? new[] { literal, literal.ToUpperInvariant(), char.ToUpperInvariant(literal[0]) + literal[1..] }
                    : [literal];
                Assert.All(forms, form => Assert.True(SecretScanner.ContainsPrefilter(form), $"{rule.Id}: '{form}' never reaches the rule"));
                Assert.True(rule.MayMatch($"x {forms[^1]} y"), rule.Id);
            }
        }
    }

    [Fact]
    public void Finds_known_key_formats_and_never_keeps_the_value()
    {
        var text = $"const stripe = new Stripe('{StripeKey}');\naws = \"{AwsKey}\"\n";

        var findings = SecretScanner.Scan("src/pay.js", text).ToList();

        Assert.Equal(["stripe-live-key", "aws-access-key"], findings.Select(f => f.RuleId));
        Assert.Equal(1, findings[0].Location.Line);
        Assert.All(findings, f =>
        {
            Assert.DoesNotContain(StripeKey, f.Snippet + f.Redacted);
            Assert.DoesNotContain(AwsKey, f.Snippet + f.Redacted);
            Assert.Equal(12, f.Fingerprint.Length);
        });
        Assert.Equal($"sk_l…({StripeKey.Length} chars)", findings[0].Redacted);
    }

    [Fact]
    public void Ignores_documented_samples_placeholders_and_environment_reads()
    {
        const string text = "AKIAIOSFODNN7EXAMPLE\nkey = process.env.STRIPE_KEY\nurl = 'postgres://postgres:postgres@localhost/db'\nk='sk-your-key-here-xxxxxxxxxxxxxxxxxxxxxxxxxxxx'";

        Assert.Empty(SecretScanner.Scan("config.js", text));
    }

    [Theory]
    [InlineData("STRONG_DB_PASSWORD", true)]
    [InlineData("SMTP_SECRET_KEY", true)]
    [InlineData("PASSWORD_FOR_ADMIN", true)]
    [InlineData("QX7VT2MWP9LK", false)]
    [InlineData("PASSWORD", false)]
    [InlineData("MY-DB-PASSWORD9", false)]
    public void A_name_in_capitals_that_says_what_belongs_there_is_a_placeholder(string value, bool placeholder) =>
        Assert.Equal(placeholder, SecretScanner.IsPlaceholder(value));

    [Fact]
    public void Flags_passwords_in_connection_urls()
    {
        var finding = Assert.Single(SecretScanner.Scan("settings.py", "DATABASE_URL = 'postgres://app:Xk29vLq8Zr@db.internal:5432/app'"));

        Assert.Equal("connection-url", finding.RuleId);
        Assert.DoesNotContain("Xk29vLq8Zr", finding.Snippet);
    }

    [Fact]
    public void A_private_key_needs_its_body_not_just_the_marker()
    {
        var marker = "-----BEGIN " + "OPENSSH PRIVATE KEY-----";
        var body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW";

        Assert.Empty(SecretScanner.Scan("ssh.py", $"_SK_START = b\"{marker}\"\n_SK_END = b\"-----END\"\n"));
        Assert.Single(SecretScanner.Scan("id_ed25519", $"{marker}\n{body}\n"));
        Assert.Single(SecretScanner.Scan("deploy.js", $"const key = \"{marker}\\n{body}\\n\";\n"));
    }

    [Fact]
    public void Two_private_keys_have_two_fingerprints()
    {
        var marker = "-----BEGIN " + "PRIVATE KEY-----";

        var first = Assert.Single(SecretScanner.Scan("deploy/a.pem", $"{marker}\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n"));
        var second = Assert.Single(SecretScanner.Scan("deploy/b.pem", $"{marker}\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDA4pSRHIicerJQ\n"));

        Assert.NotEqual(first.Fingerprint, second.Fingerprint);
    }

    [Theory]
    [InlineData("config/settings/test.yml", true)]
    [InlineData("appsettings.Testing.json", true)]
    [InlineData("test/oidc/authelia/config/configuration.yml", true)]
    [InlineData("spec/fixtures/keys/jwt.pem", true)]
    [InlineData("config/settings/production.yml", false)]
    [InlineData("deploy/contest.pem", false)]
    [InlineData("latest/key.pem", false)]
    [InlineData("server/storage/files/S3Storage.cloudfront.test.ts", true)]
    [InlineData("src/auth.spec.mjs", true)]
    [InlineData("internal/auth/jwt_test.go", true)]
    [InlineData("app/test_tokens.py", true)]
    [InlineData("spec_helper/models/user_spec.rb", true)]
    [InlineData("src/Api.Tests/TokenServiceTests.cs", true)]
    [InlineData("src/Api/Latest.cs", false)]
    [InlineData("src/contest.ts", false)]
    [InlineData("src/test.config.ts", false)]
    [InlineData("tools/TestSuite/docker-compose-sqlserver.yml", true)]
    [InlineData("backend/tests/Squidex.Tests/appsettings.json", true)]
    [InlineData("src/IntegrationTests/keys/signing.pem", true)]
    [InlineData("packages/integration-tests/.env", true)]
    [InlineData("src/LatestNews/keys/signing.pem", false)]
    [InlineData("src/Contests/settings.yml", false)]
    [InlineData("src/testdata_tools/key.pem", false)]
    [InlineData("src/Features/ABTest/settings.json", false)]
    [InlineData("src/LabTests/results.yml", false)]
    [InlineData("src/TestDrive/key.pem", false)]
    [InlineData("deploy/test-env/.env", false)]
    [InlineData("src/Shop.UnitTests/appsettings.json", true)]
    [InlineData("e2e-tests/docker-compose.yml", true)]
    public void Knows_the_files_only_the_tests_read(string path, bool forTests)
    {
        Assert.Equal(forTests, FileRoles.IsForTests(path));
    }

    [Fact]
    public void A_private_key_the_tests_sign_with_is_not_a_secret_but_a_provider_key_there_is()
    {
        var key = "-----BEGIN " + "PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n";

        Assert.Empty(SecretScanner.Scan("config/settings/test.yml", key));
        Assert.Single(SecretScanner.Scan("config/settings/production.yml", key));
        Assert.Single(SecretScanner.Scan("spec/fixtures/payments.yml", "stripe: sk_live_51HqLyjWDarjtT1zdp7dcQ9rTbN2vKx\n"));
    }

    [Fact]
    public void Flags_passwords_in_dotnet_connection_strings()
    {
        var finding = Assert.Single(SecretScanner.Scan("appsettings.json", "\"Db\": \"Host=db.internal;Database=app;Username=app;Password=Xk29vLq8Zr\""));

        Assert.Equal("connection-string", finding.RuleId);
        Assert.DoesNotContain("Xk29vLq8Zr", finding.Snippet);
        Assert.Empty(SecretScanner.Scan("appsettings.Development.json", "\"Db\": \"Host=localhost;Password=postgres\""));
    }

    [Theory]
    [InlineData("Server=sql.internal;Database=app;User Id=app;PASSWORD=Xk29vLq8Zr;")]
    [InlineData("Data Source=sql.internal;Initial Catalog=app;Password = Xk29vLq8Zr;")]
    [InlineData("server=sql.internal;uid=app;PWD=Xk29vLq8Zr")]
    public void Flags_connection_string_passwords_in_any_case_and_spacing(string connectionString)
    {
        var finding = Assert.Single(SecretScanner.Scan("config.json", $"\"Db\": \"{connectionString}\""));

        Assert.Equal("connection-string", finding.RuleId);
    }

    [Theory]
    [InlineData("src/Web/appsettings.Docker.json", true)]
    [InlineData("appsettings.Development.json", true)]
    [InlineData(".env.development", true)]
    [InlineData(".env.test", true)]
    [InlineData(".devcontainer/.env.codespaces", true)]
    [InlineData("config/settings/test.yml", true)]
    [InlineData("appsettings.json", false)]
    [InlineData(".env", false)]
    [InlineData(".env.local", false)]
    [InlineData(".ci/.env.ci", true)]
    [InlineData(".env.travis", true)]
    [InlineData(".gitlab-ci.yml", false)]
    [InlineData(".github/workflows/ci.yml", false)]
    [InlineData(".env.production", false)]
    [InlineData("docker-compose.yml", false)]
    [InlineData("docker-compose.prod.yml", false)]
    [InlineData("compose.yaml", false)]
    [InlineData(".ci/compose.ci.yaml", true)]
    [InlineData(".ci/compose.cypress.yaml", true)]
    [InlineData("docker-compose.test.yml", true)]
    [InlineData("docker-compose.dev.yml", true)]
    [InlineData("docker-compose.local.yml", true)]
    [InlineData("docker-compose.production-ci.yml", false)]
    [InlineData("docker-compose.test-prod.yml", false)]
    [InlineData("scripts/docker-entrypoint.sh", false)]
    [InlineData("tests/test_db.py", false)]
    public void Knows_configuration_for_a_local_machine_by_its_name(string path, bool local)
    {
        Assert.Equal(local, FileRoles.IsLocalEnvironment(path));
    }

    [Theory]
    [InlineData("apps/client/localhost.pem", true)]
    [InlineData("certs/localhost+2-key.pem", true)]
    [InlineData("localhost-key.pem", true)]
    [InlineData("deploy/server.pem", false)]
    [InlineData("localhost/server.key", false)]
    [InlineData("certs/mylocalhost.pem", false)]
    [InlineData("config/firebase-localhost.json", false)]
    public void Knows_a_localhost_certificate_key_by_its_file_name(string path, bool localhost)
    {
        Assert.Equal(localhost, FileRoles.IsLocalhostKey(path));
    }

    [Fact]
    public void Local_configuration_keeps_provider_keys_but_not_local_database_passwords()
    {
        const string text = "DATABASE_URL=postgres://app:devpass4471@db:5432/app\nSTRIPE_SECRET_KEY=sk_live_51HqLyjWDarjtT1zdp7dcXyzAbC0QrStUvWxYz12\n";

        Assert.Equal(["stripe-live-key"], SecretScanner.Scan(".env.development", text).Select(f => f.RuleId));
        Assert.Equal(2, SecretScanner.Scan(".env", text).Count());
    }

    [Theory]
    [InlineData("url = `postgres://${user}:${password}@${host}/app`")]
    [InlineData("url = f\"postgresql://{user}:{password}@{host}:5432/app\"")]
    [InlineData("broker = 'amqp://%(user)s:%(password)s@rabbit/'")]
    [InlineData("DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app")]
    public void Interpolated_passwords_are_not_secrets(string line)
    {
        Assert.Empty(SecretScanner.Scan("config.txt", line));
    }

    [Fact]
    public void Plain_settings_in_an_env_file_are_configuration_not_secrets()
    {
        const string text = "NODE_ENV=production\nDB_HOST=db.internal\nLOG_LEVEL=information\nAPP_NAME=tasks-api\nWEBHOOK_SIGNING=whsec_Zr8q2vLx0pW4\nRANDOM_THING=Q8zR2vLx0pW4mNc7Tb9yKa\n";

        Assert.Equal(["WEBHOOK_SIGNING", "RANDOM_THING"], SecretScanner.Scan(".env", text).Select(f => f.Snippet.Split('=')[0]));
    }

    [Fact]
    public void A_setting_that_picks_an_option_is_no_secret_unless_its_value_is_random()
    {
        const string text = "SESSION_DRIVER=database\nCACHE_STORE=database\nAUTH_PROVIDER=keycloak\nSESSION_LIFETIME=10080000\n"
            + "SESSION_SECRET=databases\nSESSION_STORE=Q8zR2vLx0pW4mNc7Tb9yKa\n";

        Assert.Equal(["SESSION_SECRET", "SESSION_STORE"], SecretScanner.Scan(".env.production", text).Select(f => f.Snippet.Split('=')[0]));
    }

    [Fact]
    public void Flags_values_of_a_committed_env_file_but_not_of_its_template()
    {
        const string text = "PORT=3000\nDEBUG=true\nSESSION_SECRET=q8Zr2vLx0pW4mNc7\nAPI_KEY=\n";

        var finding = Assert.Single(SecretScanner.Scan(".env", text));
        Assert.Equal("SESSION_SECRET=[q8Zr…(16 chars)]", finding.Snippet);
        Assert.Empty(SecretScanner.Scan(".env.example", text));
    }

    [Theory]
    [InlineData(".env.example.complete", false)]
    [InlineData("config/.env.sample.local", false)]
    [InlineData(".env.production.template", false)]
    [InlineData(".env.production", true)]
    [InlineData(".env.complete", true)]
    public void A_template_is_told_by_any_part_of_its_name(string path, bool real)
    {
        Assert.Equal(real, SecretScanner.IsEnvFile(path));
    }

    [Fact]
    public void Every_snippet_is_redacted_whatever_produced_it()
    {
        var snippet = Snippet.FromLine($"   client = Stripe('{StripeKey}')   ");

        Assert.DoesNotContain(StripeKey, snippet);
        Assert.StartsWith("client = Stripe('[sk_l…", snippet);
    }

    [Theory]
    [InlineData("localhost,1433", true)]
    [InlineData("tcp:127.0.0.1,1433", true)]
    [InlineData(".\\SQLEXPRESS", true)]
    [InlineData("(localdb)\\MSSQLLocalDB", true)]
    [InlineData("localhost:5432", true)]
    [InlineData("localhost,db2.prod.internal", false)]
    [InlineData("localhost:27017,mongo2.prod", false)]
    [InlineData("db.internal", false)]
    [InlineData("", false)]
    public void A_connection_is_local_only_when_every_host_it_names_is_this_machine(string hosts, bool expected)
    {
        Assert.Equal(expected, SecretScanner.IsLocalHost(hosts));
    }

    [Fact]
    public void A_production_configuration_on_localhost_keeps_its_password()
    {
        const string line = "DATABASE_URL=postgres://app:Zq8mWv2Lr5Tx@127.0.0.1:5432/app\n";

        Assert.Empty(SecretScanner.Scan("config/settings.yml", line));
        Assert.Single(SecretScanner.Scan("config/settings.production.yml", line));
    }

    [Theory]
    [InlineData("off", "off-wger", true)]
    [InlineData("shop", "shop", true)]
    [InlineData("powersync_storage", "powersync_password", true)]
    [InlineData("off", "offTq8vXw2Lm9", false)]
    [InlineData("off", "Tq8vXw2Lm9-off", false)]
    [InlineData("a", "a-Tq8vXw2Lm9", false)]
    [InlineData("billing", "billing_Q7x9LmP2vKz8RtW4nH", false)]
    [InlineData("billing", "billing_qxvlmpkzrtwnhqdsjfe", false)]
    [InlineData("reports", "MyPassword8Hq2Lz7Wx", false)]
    public void A_password_made_of_its_users_name_or_naming_itself_is_a_throwaway(string user, string password, bool throwaway) =>
        Assert.Equal(throwaway, SecretScanner.IsThrowawayPassword(user, password));

    [Theory]
    [InlineData("Blogifier__ConnString: Server=mysql;Database=blogifier;User=root;Password=blogifier;", true)]
    [InlineData("\"Db\": \"Data Source=sql;Initial Catalog=Shop;User Id=sa;Password=shop\"", true)]
    [InlineData("\"Db\": \"Server=sql;Password=shop;Database=shop\"", true)]
    [InlineData("DATABASE_URL: postgres://app:wiki@db:5432/wiki?sslmode=disable", true)]
    [InlineData("Server=mysql;Database=Xk29vLq8Zr;User=root;Password=Xk29vLq8Zr;", false)]
    [InlineData("DATABASE_URL: postgres://app:Xk29vLq8Zr@db:5432/Xk29vLq8Zr", false)]
    [InlineData("Server=mysql;Database=blogifier;User=root;Password=Xk29vLq8Zr;", false)]
    [InlineData("\"Db\": \"Server=sql;Database=shop;Password=wiki\", \"Other\": \"Database=wiki\"", false)]
    [InlineData("DATABASE_URL: postgres://app:wiki@db:5432/shop", false)]
    [InlineData("DATABASE_URL: postgres://app:wiki@db:5432", false)]
    public void A_password_that_names_its_connections_database_is_a_stand_in(string line, bool standIn) =>
        Assert.Equal(standIn, SecretScanner.Scan("docker-compose.yml", line).Count == 0);

    [Theory]
    [InlineData(".examples/docker-compose-mtls/certs/server/server.key", true)]
    [InlineData("examples/tls/key.pem", true)]
    [InlineData("docs/example/oidc/signing.pem", true)]
    [InlineData("samples/Api/certs/dev.key", true)]
    [InlineData("web/demo/server.key", true)]
    [InlineData("demos/sso/idp.pem", true)]
    [InlineData("deploy/demo/server.key", false)]
    [InlineData("k8s/demo/tls.key", false)]
    [InlineData("examples/kubernetes/tls.key", false)]
    [InlineData("certs/server.key", false)]
    [InlineData("src/examples.ts", false)]
    [InlineData("src/demoData/key.pem", false)]
    public void Knows_the_files_of_an_example_or_a_demo_by_their_folder(string path, bool example) =>
        Assert.Equal(example, FileRoles.IsForExamples(path));

    [Fact]
    public void A_private_key_of_an_example_is_not_a_secret_but_a_provider_key_there_is()
    {
        var key = "-----BEGIN " + "RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n";

        Assert.Empty(SecretScanner.Scan(".examples/docker-compose-mtls/certs/server/server.key", key));
        Assert.Single(SecretScanner.Scan("deploy/demo/server.key", key));
        Assert.Single(SecretScanner.Scan("examples/payments/config.yml", $"stripe: {StripeKey}\n"));
    }

    [Fact]
    public void A_test_that_says_its_key_is_not_real_is_believed_but_only_in_a_test()
    {
        var key = "ghp_" + "vKdQ4XtRZOBFd16YZEgyLKyQ8Cee4g" + "2NJ0mT";
        var text = $"// token is randomly generated and not real\nconst token = '{key}'\n";

        Assert.Empty(SecretScanner.Scan("src/validate-token.spec.ts", text));
        Assert.Single(SecretScanner.Scan("src/validate-token.ts", text));
        // Words that may describe something else do not deny the key.
        Assert.Single(SecretScanner.Scan("src/pay.test.js", $"jest.useFakeTimers(); // fake clock\nconst token = '{key}'\n"));
        // Three lines further down, the words describe something else.
        Assert.Single(SecretScanner.Scan("src/validate-token.spec.ts", $"// not real\n\n\n\nconst token = '{key}'\n"));
    }
}
