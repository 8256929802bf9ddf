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
/// (<c>deploy/test-env/</c>), and example addresses alone may be a template a deployment copies, key and all. One
/// address outside the reserved names (RFC 2606 and 6761: <c>example.com</c>, <c>.test</c>, <c>.localhost</c>, a
/// loopback address) or no address at all keeps the key a secret.
/// </remarks>
public static partial class ExampleSetup
{
    /// <summary>The host of an address with a scheme (<c>https://auth.example.com/…</c>), past any user and password.</summary>
    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9+.-]*://([^@/\s'""`]*@)?(?<host>\[[^\]\s]*\]|[A-Za-z0-9.-]+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Address();

    /// <summary>Domains kept for documentation and for names that never leave the machine.</summary>
    private static readonly string[] ReservedDomains = ["example.com", "example.org", "example.net", "example", "test", "localhost", "invalid"];

    /// <summary>Whether the file at <paramref name="path"/>, with this text, sets up a test environment for example names only.</summary>
    public static bool Holds(string path, ReadOnlySpan<char> text) => FileRoles.IsUnderTestFolderWord(path) && OnlyReservedAddresses(text);

    /// <summary>Whether the text names at least one address and every one is on a reserved name.</summary>
    internal static bool OnlyReservedAddresses(ReadOnlySpan<char> text)
    {
        var any = false;
        try
        {
            foreach (var match in Address().EnumerateMatches(text))
            {
                var address = text.Slice(match.Index, match.Length);
                var start = address.IndexOf("://", StringComparison.Ordinal) + 3;
                var at = address.LastIndexOf('@');
                var host = address[(at >= start ? at + 1 : start)..].TrimEnd('.').ToString();
                if (!IsReserved(host))
                {
                    return false;
                }
                any = true;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
        return any;
    }

    private static bool IsReserved(string host)
    {
        if (host is "127.0.0.1" or "[::1]" or "0.0.0.0" || host.StartsWith("127.", StringComparison.Ordinal))
        {
            return true;
        }
        return ReservedDomains.Any(d => host.Equals(d, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
    }
}
