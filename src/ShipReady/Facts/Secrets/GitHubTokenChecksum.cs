using System.IO.Hashing;
using System.Text;

namespace ShipReady.Facts.Secrets;

/// <summary>
/// The check GitHub builds into its classic tokens (<c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>):
/// the last six characters are the CRC-32 of the thirty before them, in base 62 and padded with zeros. Every token
/// GitHub issues passes it; a string typed to look like one (a test's "valid" token, a documentation sample) almost
/// never does, one in 62⁶.
/// </summary>
public static class GitHubTokenChecksum
{
    private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const int ChecksumLength = 6;

    /// <summary>Whether a classic token's checksum matches its body; a fine-grained token (<c>github_pat_</c>) has no published check and passes.</summary>
    public static bool Holds(string token)
    {
        var separator = token.IndexOf('_');
        if (token.StartsWith("github_pat_", StringComparison.Ordinal) || separator < 0)
        {
            return true;
        }
        var body = token[(separator + 1)..];
        if (body.Length <= ChecksumLength)
        {
            return false;
        }
        var crc = Crc32.HashToUInt32(Encoding.ASCII.GetBytes(body[..^ChecksumLength]));
        return body.EndsWith(Base62(crc), StringComparison.Ordinal);
    }

    private static string Base62(uint value)
    {
        Span<char> digits = stackalloc char[ChecksumLength];
        for (var i = ChecksumLength - 1; i >= 0; i--)
        {
            digits[i] = Digits[(int)(value % 62)];
            value /= 62;
        }
        return new string(digits);
    }
}
