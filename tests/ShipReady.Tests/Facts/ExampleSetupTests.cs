using ShipReady.Facts.Secrets;

namespace ShipReady.Tests.Facts;

public sealed class ExampleSetupTests
{
    [Theory]
    [InlineData("url: 'https://auth.example.com/api'\nredirect: https://app.example.org/cb", true)]
    [InlineData("db: postgres://user:pw@db.test:5432/app\nweb: http://127.0.0.1:8080 http://[::1]/ http://shop.localhost", true)]
    [InlineData("issuer: https://EXAMPLE.NET.\nback: https://login.example/", true)]
    [InlineData("url: https://auth.example.com\nwebhook: https://hooks.acme-corp.io/in", false)]
    [InlineData("url: https://example.com.acme-corp.io/", false)]
    [InlineData("jwks: http://authelia:9091/jwks.json", false)]
    [InlineData("domain: 'example.com'", false)]
    public void Only_reserved_names_are_example_addresses(string text, bool reserved) =>
        Assert.Equal(reserved, ExampleSetup.OnlyReservedAddresses(text));

    [Theory]
    [InlineData("scripts/test-environments/oidc/configuration.yml", true)]
    [InlineData("dev/testing/idp.yml", true)]
    [InlineData("deploy/authelia/configuration.yml", false)]
    [InlineData("contest/idp.yml", false)]
    [InlineData("test-environments.yml", false)]
    public void The_folder_must_name_tests(string path, bool holds) =>
        Assert.Equal(holds, ExampleSetup.Holds(path, "url: https://auth.example.com"));
}
