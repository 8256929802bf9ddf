using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ShipReady.Facts.Secrets;
using ShipReady.Inventory;

namespace ShipReady.Tests.Facts;

public sealed class LocalhostCertificateTests
{
    [Theory]
    [InlineData("localhost", new[] { "localhost" }, new[] { "127.0.0.1", "::1" }, true)]
    [InlineData("localhost", new[] { "localhost", "app.localhost" }, new string[0], true)]
    [InlineData("localhost", new string[0], new string[0], true)]
    [InlineData("shop.example.com", new[] { "localhost" }, new string[0], false)]
    [InlineData("localhost", new[] { "localhost", "shop.example.com" }, new string[0], false)]
    [InlineData("localhost", new[] { "localhost" }, new[] { "10.0.0.5" }, false)]
    public void A_certificate_names_only_the_local_machine_or_not(string commonName, string[] dnsNames, string[] addresses, bool local)
    {
        using var rsa = RSA.Create(2048);
        var pem = "Bag Attributes\n    friendlyName: dev\n" + Certificate(rsa, commonName, dnsNames, addresses);

        Assert.Equal(local, LocalhostCertificate.CertifiesOnlyLocalhost(pem, "# ok\n" + rsa.ExportPkcs8PrivateKeyPem()));
    }

    [Fact]
    public void A_localhost_certificate_of_another_key_says_nothing_about_this_one()
    {
        using var certified = RSA.Create(2048);
        using var other = RSA.Create(2048);
        var pem = Certificate(certified, "localhost", ["localhost"], []);

        Assert.False(LocalhostCertificate.CertifiesOnlyLocalhost(pem, other.ExportPkcs8PrivateKeyPem()));
        Assert.False(LocalhostCertificate.CertifiesOnlyLocalhost(pem, "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA")]
    public void Text_that_is_no_readable_certificate_names_nothing(string text)
    {
        using var rsa = RSA.Create(2048);

        Assert.False(LocalhostCertificate.CertifiesOnlyLocalhost(text, rsa.ExportPkcs8PrivateKeyPem()));
    }

    [Theory]
    [InlineData("dev/app-dev.key", new[] { "dev/app-dev.cer", "dev/app-dev.crt" })]
    [InlineData("certs/site+2-key.pem", new[] { "certs/site+2.pem" })]
    [InlineData("certs/server.key", new[] { "certs/server.cer" })]
    [InlineData("certs/other.key", new string[0])]
    public void The_certificates_beside_a_key_are_found_by_their_names(string key, string[] certificates)
    {
        string[] paths = ["dev/app-dev.key", "dev/app-dev.cer", "dev/app-dev.crt", "dev/app-dev.pfx", "certs/site+2-key.pem", "certs/site+2.pem", "certs/server.key", "certs/server.cer", "certs/other.key", "certs/others.crt"];
        var files = paths.Select(p => new SourceFile(p, 100, null)).ToList();

        Assert.Equal(certificates, LocalhostCertificate.SiblingsOf(files.First(f => f.Path == key), LocalhostCertificate.CertificatesByStem(files)).Select(f => f.Path));
    }

    private static string Certificate(RSA rsa, string commonName, string[] dnsNames, string[] addresses)
    {
        var request = new CertificateRequest($"CN={commonName}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (dnsNames.Length + addresses.Length > 0)
        {
            var names = new SubjectAlternativeNameBuilder();
            foreach (var dns in dnsNames)
            {
                names.AddDnsName(dns);
            }
            foreach (var address in addresses)
            {
                names.AddIpAddress(IPAddress.Parse(address));
            }
            request.CertificateExtensions.Add(names.Build());
        }
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return certificate.ExportCertificatePem();
    }
}
