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
            [(3, "jwt.secret", "abc"), (4, "mail.token", "def"), (5, "api.key", "ghi")],
            JavaSettings.Settings("application.properties", text));
    }

    [Fact]
    public void Yaml_gives_each_line_its_own_key_and_leaves_blocks_lists_and_anchors()
    {
        const string text = "jwt:\n  secret: \"abc\" # signing\n  key: |\n    body\n  - item\n  ref: *base\n  token: 'd # e'\n";

        Assert.Equal(
            [(2, "secret", "abc"), (7, "token", "d # e")],
            JavaSettings.Settings("application.yml", text));
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
}
