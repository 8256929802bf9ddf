using System.Net;
using System.Text.RegularExpressions;
using ShipReady.Inventory;

namespace ShipReady.Facts.Secrets;

/// <summary>
/// A configuration file that sets up a test environment for names reserved for examples: an identity provider the
/// team starts on its own machine to try a login flow (<c>scripts/test-environments/oidc/configuration.yml</c>, every
/// address <c>https://auth.example.com</c>). The private key it signs with is made for that setup; no real name can
/// reach a server that uses it.
/// </summary>
/// <remarks>
/// Both signs are asked for. A folder named for tests alone may hold a staging deployment's settings
/// (<c>deploy/test-env/</c>), and example addresses alone may be a template a deployment copies, key and all. The
/// addresses are those written with a scheme (<c>https://…</c>), IPv4 addresses, and the values of keys that name a host
/// (<c>domain:</c>, <c>VIRTUAL_HOST:</c>, <c>url:</c>, <c>address:</c>; not a label such as a TOTP <c>issuer:</c>). At least one must be on a name kept for examples (RFC 2606 and 6761:
/// <c>example.com</c>, <c>.example</c>, <c>.test</c>, <c>.invalid</c>), and every other on the local machine
/// (<c>localhost</c>, a loopback address). One address elsewhere, or one filled in when deployed
/// (<c>https://{{ .Values.domain }}</c>, <c>${ISSUER_HOST}</c>), keeps the key a secret.
/// </remarks>
public static partial class ExampleSetup
{
    /// <summary>An address with a scheme, up to where its host ends: <c>https://auth.example.com</c>, <c>postgres://u:p@db.test</c>.</summary>
    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9+.-]*://(?<host>[^/\s'""`,;)]*)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Address();

    /// <summary>A key that names a host, and its value: <c>domain: 'qa.acme.io'</c>, <c>"host": "db"</c>, <c>server_name = …</c>.</summary>
    [GeneratedRegex(@"(?i)(?<![A-Za-z0-9])(domain|host|hostname|server_name|fqdn|url|base_url|public_url|address|origin)[""']?\s*[:=]\s*[""']?(?<host>[^\s'""`,;#]+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HostSetting();

    /// <summary>An IPv4 address written anywhere (<c>LISTEN: 10.20.0.4:443</c>): a machine, whatever the key.</summary>
    [GeneratedRegex(@"(?<![\w.])(?<host>\d{1,3}(\.\d{1,3}){3})(?![\w.])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ipv4();

    /// <summary>Domains kept for documentation and tests.</summary>
    private static readonly string[] ExampleDomains = ["example.com", "example.org", "example.net", "example", "test", "invalid"];

    /// <summary>Whether the file at <paramref name="path"/>, with this text, sets up a test environment for example names only.</summary>
    public static bool Holds(string path, ReadOnlySpan<char> text) => FileRoles.IsTestSetup(path) && OnlyExampleAddresses(text);

    /// <summary>Whether the text names an example address and no address but those and the local machine's.</summary>
    internal static bool OnlyExampleAddresses(ReadOnlySpan<char> text)
    {
        var example = false;
        // A comment's link (`## See: https://www.authelia.com/c/oidc`) points at documentation, not at a server.
        var settings = string.Join('\n', text.ToString().Split('\n').Where(l => !l.TrimStart().StartsWith('#') && !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        try
        {
            foreach (var regex in (ReadOnlySpan<Regex>)[Address(), HostSetting(), Ipv4()])
            {
                foreach (Match match in regex.Matches(settings))
                {
                    switch (Kind(match.Groups["host"].Value))
                    {
                        case Place.Example:
                            example = true;
                            break;
                        case Place.Elsewhere:
                            return false;
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
        return example;
    }

    private enum Place
    {
        Example,
        Local,
        Elsewhere,
    }

    /// <summary>Where an address's host is; a value with no host in it (<c>url: /callback</c>) is Local, naming no machine.</summary>
    private static Place Kind(string value)
    {
        var host = value;
        if (host.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0)
        {
            host = host[(scheme + 3)..];
        }
        host = host[(host.LastIndexOf('@') + 1)..];
        if (host.IndexOfAny(['/', '?']) is var path and >= 0)
        {
            host = host[..path];
        }
        if (host.Length == 0 || host[0] is '/' or ':')
        {
            // No host, or only a port to listen on (`tcp://:9091`): no machine is named.
            return Place.Local;
        }
        if (host.IndexOfAny(['{', '}', '$', '%', '<', '>']) >= 0)
        {
            // Filled in when deployed: the name is not in the file.
            return Place.Elsewhere;
        }
        if (host.StartsWith('['))
        {
            host = host[1..(host.IndexOf(']') is var close and > 0 ? close : host.Length)];
        }
        else if (host.LastIndexOf(':') is var port and > 0 && host.IndexOf(':') == port)
        {
            host = host[..port];
        }
        host = host.TrimEnd('.');
        if (IPAddress.TryParse(host, out var address))
        {
            return IPAddress.IsLoopback(address) ? Place.Local : Place.Elsewhere;
        }
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return Place.Local;
        }
        return ExampleDomains.Any(d => host.Equals(d, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase))
            ? Place.Example
            : Place.Elsewhere;
    }
}
