using ShipReady.Facts.Secrets;

namespace ShipReady.Tests.Facts;

public sealed class JavaSettingsTests
{
    [Theory]
    [InlineData("src/main/resources/application.properties", true)]
    [InlineData("gradle.properties", true)]
    [InlineData("src/main/resources/application-prod.yml", true)]
    [InlineData("config/bootstrap.yaml", true)]
    [InlineData("src/main/resources/messages.yml", false)]
    [InlineData("src/main/resources/config/application-secret-samples.yml", false)]
    [InlineData("application.properties.example", false)]
    [InlineData(".github/workflows/application.json", false)]
    public void Settings_files_are_properties_and_Spring_Boot_yaml(string path, bool settings)
    {
        Assert.Equal(settings, JavaSettings.IsSettingsFile(path));
    }

    [Fact]
    public void Properties_are_read_in_every_separator_and_comments_are_skipped()
    {
        const string text = "# jwt.secret=old\n! note=x\njwt.secret=abc\nmail.token : def\napi.key ghi\r\nempty=\n";

        Assert.Equal(
            [(3, "jwt.secret", "abc", false), (4, "mail.token", "def", false), (5, "api.key", "ghi", false)],
            JavaSettings.Settings("application.properties", text));
    }

    [Fact]
    public void Yaml_gives_each_line_its_own_key_and_leaves_blocks_lists_and_anchors()
    {
        const string text = "jwt:\n  secret: \"abc\" # signing\n  key: |\n    body\n  - item\n  ref: *base\n  token: 'd # e'\n  \"api-key\": x\n";

        Assert.Equal(
            [(2, "jwt.secret", "abc", false), (7, "jwt.token", "d # e", false), (8, "jwt.api-key", "x", false)],
            JavaSettings.Settings("application.yml", text));
    }

    [Fact]
    public void A_yaml_document_activated_for_production_is_production_as_its_own_file_is()
    {
        const string text = "db:\n  password: a\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\ndb:\n  password: b\n---\nspring:\n  profiles: dev\ndb:\n  password: c\n";

        Assert.Equal(
            [(2, "db.password", "a", false), (7, "spring.config.activate.on-profile", "prod", true), (9, "db.password", "b", true), (12, "spring.profiles", "dev", false), (14, "db.password", "c", false)],
            JavaSettings.Settings("src/main/resources/application.yml", text));
        Assert.All(JavaSettings.Settings("config/application-production.properties", "db.password=a\n"), s => Assert.True(s.Production));
    }

    [Theory]
    [InlineData("null", true)]
    [InlineData("~", true)]
    [InlineData("@db.password@", true)]
    [InlineData("ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)", true)]
    [InlineData("Pr0dDbPass", false)]
    [InlineData("ENC(unclosed", false)]
    public void Values_that_are_no_secret_whatever_their_name(string value, bool none)
    {
        Assert.Equal(none, JavaSettings.IsNoValue(value));
    }

    [Theory]
    [InlineData("jwt.secret", true)]
    [InlineData("jhipster.security.authentication.jwt.base64-secret", true)]
    [InlineData("mail.apiKey", true)]
    [InlineData("stripe.API_KEY", true)]
    [InlineData("spring.datasource.password", true)]
    [InlineData("security.jwt.signing-key", true)]
    [InlineData("sonar.issue.ignore.multicriteria.S7027-domain.ruleKey", false)]
    [InlineData("server.ssl.key-store", false)]
    [InlineData("jdbc.connectionURL", false)]
    [InlineData("cache.key", false)]
    [InlineData("server.servlet.session.timeout", false)]
    [InlineData("jhipster.security.authentication.jwt.token-validity-in-seconds", false)]
    [InlineData("minio.secretKey", true)]
    [InlineData("spring.datasource.druid.stat-view-servlet.login-password", true)]
    [InlineData("security.password-encoder", false)]
    public void A_secret_is_named_by_a_whole_word(string key, bool secret)
    {
        Assert.Equal(secret, JavaSettings.NamesSecret(key));
    }

    [Theory]
    [InlineData("jwt.secret", true)]
    [InlineData("app.tokenSecret", true)]
    [InlineData("security.jwt.signing-key", true)]
    [InlineData("spring.datasource.password", false)]
    [InlineData("jwt.expiration", false)]
    [InlineData("mail.api-key", false)]
    public void A_signing_secret_is_a_token_s_or_session_s_secret_or_key(string key, bool signing)
    {
        Assert.Equal(signing, JavaSettings.NamesSigningSecret(key));
    }

    [Fact]
    public void A_long_run_of_spaces_is_read_in_linear_time_and_left_alone()
    {
        var text = "key" + new string(' ', 2_000_000) + "\nnext=value\n";

        Assert.Equal([(2, "next", "value", false)], JavaSettings.Settings("messages.properties", text));
    }

    [Theory]
    [InlineData("${JWT_SECRET:404E635266556A58}", "404E635266556A58")]
    [InlineData("${JWT_SECRET:}", "")]
    [InlineData("${JWT_SECRET}", null)]
    [InlineData("plain", null)]
    public void Spring_s_default_is_the_value_used_when_the_variable_is_missing(string value, string? used)
    {
        Assert.Equal(used, JavaSettings.DefaultOf(value));
    }
}
