using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ShipReady.Inventory;

namespace ShipReady.Facts.Secrets;

/// <summary>
/// The certificate committed beside a private key (<c>dev/app-dev.key</c> and <c>dev/app-dev.crt</c>), read to tell
/// whether the key only serves <c>localhost</c>: a dev server's HTTPS key, which no browser trusts for a real name,
/// so it guards nothing outside the developer's machine. A key named for localhost is told by its name alone
/// (<see cref="FileRoles.IsLocalhostKey"/>); this reads what the certificate itself says.
/// </summary>
public static class LocalhostCertificate
{
    private static readonly string[] KeyExtensions = [".key", ".pem"];
    private static readonly string[] CertificateExtensions = [".crt", ".cer", ".pem", ".cert"];
    private static readonly string[] KeySuffixes = ["-key", "_key", ".key"];

    /// <summary>Whether a file of that name can hold a private key whose certificate lies beside it.</summary>
    /// <remarks>Asked of every file of the walk, so read on the path itself.</remarks>
    public static bool MayHaveSibling(string path)
    {
        var extension = Path.GetExtension(path.AsSpan());
        foreach (var key in KeyExtensions)
        {
            if (extension.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The certificate files of a folder by their names without extension, case folded: made once per folder.</summary>
    public static ILookup<string, SourceFile> CertificatesByStem(IReadOnlyList<SourceFile> folder) =>
        folder.Where(f => CertificateExtensions.Contains(Path.GetExtension(f.Path), StringComparer.OrdinalIgnoreCase))
            .ToLookup(f => Path.GetFileNameWithoutExtension(f.Path), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The certificates beside a key file, from its folder's <see cref="CertificatesByStem"/>: the same name with a
    /// certificate's extension, also without a <c>-key</c> suffix (mkcert's <c>site+2-key.pem</c> and <c>site+2.pem</c>);
    /// empty when none. One certificate is often committed in several encodings (<c>.crt</c>, <c>.cer</c>).
    /// </summary>
    public static IReadOnlyList<SourceFile> SiblingsOf(SourceFile key, ILookup<string, SourceFile> certificates)
    {
        var stem = Path.GetFileNameWithoutExtension(key.Path);
        var siblings = certificates[stem].Where(f => f.Path != key.Path).ToList();
        foreach (var suffix in KeySuffixes)
        {
            if (stem.Length > suffix.Length && stem.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                siblings.AddRange(certificates[stem[..^suffix.Length]].Where(f => f.Path != key.Path));
            }
        }
        return siblings;
    }

    /// <summary>Whether the text holds a PEM certificate, which <see cref="CertifiesOnlyLocalhost"/> can read.</summary>
    public static bool HoldsCertificate(string text) => text.Contains(Begin, StringComparison.Ordinal);

    private const string Begin = "-----BEGIN CERTIFICATE-----";

    /// <summary>
    /// Whether the first PEM certificate in <paramref name="certificateText"/> is the certificate of the private key in
    /// <paramref name="keyText"/> and names only the local machine: <c>localhost</c>, a name under <c>.localhost</c>,
    /// or a loopback address, in its subject's common name and in every alternative name. False when either cannot be
    /// read, when the key is another one's (a real key beside an unrelated localhost certificate), or when a name is
    /// not local.
    /// </summary>
    public static bool CertifiesOnlyLocalhost(string certificateText, ReadOnlySpan<char> keyText)
    {
        const string end = "-----END CERTIFICATE-----";
        var start = certificateText.IndexOf(Begin, StringComparison.Ordinal);
        var stop = start < 0 ? -1 : certificateText.IndexOf(end, start, StringComparison.Ordinal);
        if (stop < 0)
        {
            return false;
        }
        try
        {
            // Fails unless the key is the one the certificate was made for.
            using var certificate = X509Certificate2.CreateFromPem(certificateText.AsSpan(start, stop + end.Length - start), keyText);
            var names = new List<string>();
            var common = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
            if (!string.IsNullOrEmpty(common))
            {
                names.Add(common);
            }
            foreach (var alternative in certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>())
            {
                names.AddRange(alternative.EnumerateDnsNames());
                if (alternative.EnumerateIPAddresses().Any(address => !IPAddress.IsLoopback(address)))
                {
                    return false;
                }
            }
            return names.Count > 0 && names.All(IsLocalName);
        }
        catch (Exception e) when (e is FormatException or CryptographicException or ArgumentException)
        {
            return false;
        }
    }

    private static bool IsLocalName(string name) =>
        name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address));
}
