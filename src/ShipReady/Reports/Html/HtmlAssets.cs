using System.Security.Cryptography;
using System.Text;

namespace ShipReady.Reports.Html;

/// <summary>
/// The report's style sheet and script, embedded in the library so the HTML file needs nothing
/// else, with the hashes its Content-Security-Policy allows.
/// </summary>
internal static class HtmlAssets
{
    public static string Style { get; } = Read("report.css");

    public static string Script { get; } = Read("report.js");

    /// <summary>
    /// Only this style sheet and this script may run, and nothing may be fetched: even if a value
    /// escaped its encoding, the page could neither run it nor send data anywhere.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src {Hash(Style)}; script-src {Hash(Script)}; img-src data:; base-uri 'none'; form-action 'none'";

    private static string Read(string name)
    {
        var resource = $"ShipReady.Reports.Html.{name}";
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Browsers hash the element's text after turning CRLF into LF; a checkout with CRLF must hash the same.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static string Hash(string text) =>
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";
}
