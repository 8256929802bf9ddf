using ShipReady.Facts.Secrets;

namespace ShipReady.Tests.Facts;

public sealed class ExampleSetupTests
{
    [Theory]
    [InlineData("url: 'https://auth.example.com/api'\nredirect: https://app.example.org/cb", true)]
    [InlineData("db: postgres://user:pw@db.test:5432/app\nweb: http://127.0.0.1:8080 http://[::1]/ http://shop.example", true)]
    [InlineData("issuer: https://EXAMPLE.NET.\nback: https://login.example/\ndomain: 'example.com'", true)]
    [InlineData("url: https://auth.example.com\nwebhook: https://hooks.acme-corp.io/in", false)]
    [InlineData("url: https://example.com.acme-corp.io/", false)]
    [InlineData("url: https://auth.example.com\njwks: http://authelia:9091/jwks.json", false)]
    [InlineData("url: https://auth.example.com\nhost: https://127.acme-corp.io", false)]
    [InlineData("url: https://auth.example.com\nlisten: tcp://0.0.0.0:9091", false)]
    [InlineData("url: https://auth.example.com\ndomain: 'qa.acme-corp.io'", false)]
    [InlineData("url: https://auth.example.com\nissuer: 'https://{{ .Values.domain }}'", false)]
    [InlineData("url: https://auth.example.com\nissuer: https://${ISSUER_HOST}/", false)]
    [InlineData("db: postgres://u:p@127.0.0.1:5432/app\nweb: http://localhost:3000", false)]
    [InlineData("key: value", false)]
    [InlineData("MAIL_URL: smtp://mail.example.com:25\nVIRTUAL_HOST: qa.acme-corp.io", false)]
    [InlineData("MAIL_URL: smtp://mail.example.com:25\nLISTEN: 10.20.0.4:443", false)]
    [InlineData("SMTP_HOST: smtp.example.com\nLISTEN: 127.0.0.1:443", true)]
    [InlineData("server:\n  address: 'tcp://:9091'\n## See: https://www.authelia.com/c/oidc\nurl: https://auth.example.com", true)]
    public void Only_example_and_local_names_are_example_addresses(string text, bool example) =>
        Assert.Equal(example, ExampleSetup.OnlyExampleAddresses(text));

    [Theory]
    [InlineData("scripts/test-environments/oidc/configuration.yml", true)]
    [InlineData("dev/testing/idp.yml", true)]
    [InlineData("deploy/authelia/configuration.yml", false)]
    [InlineData("contest/idp.yml", false)]
    [InlineData("services/ab-testing-api/config/idp.yml", false)]
    [InlineData("test-environments/production/idp.yml", false)]
    [InlineData("k8s/overlays/test/secret.yaml", false)]
    [InlineData("testing/uat/idp.yml", false)]
    [InlineData("test-environments.yml", false)]
    public void The_folder_must_be_named_for_tests(string path, bool holds) =>
        Assert.Equal(holds, ExampleSetup.Holds(path, "url: https://auth.example.com"));
}
