using System.Globalization;
using System.Net;
using System.Text;

namespace ShipReady.Reports.Html;

/// <summary>
/// The one way text from the repository or the catalog enters the HTML report. Everything passes
/// through <see cref="Encode"/>, so a hostile file name or snippet stays text.
/// </summary>
internal static class HtmlText
{
    /// <summary>Encodes for element content and quoted attribute values alike.</summary>
    public static string Encode(string? text) =>
        // HtmlEncode leaves U+2028 and U+2029 alone; they are harmless in HTML but break the
        // JavaScript of anyone who copies the text into a string, so they are spelled out.
        WebUtility.HtmlEncode(text ?? "").Replace("\u2028", "&#x2028;", StringComparison.Ordinal).Replace("\u2029", "&#x2029;", StringComparison.Ordinal);

    /// <summary>Catalog prose marks code with backticks as in Markdown: encode first, then only our own tags are markup.</summary>
    public static string Prose(string text)
    {
        var parts = Encode(text).Split('`');
        if (parts.Length % 2 == 0)
        {
            // An unpaired backtick: show the text as written rather than guess.
            return Encode(text);
        }
        var sb = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            sb.Append(i % 2 == 1 ? $"<code>{parts[i]}</code>" : parts[i]);
        }
        return sb.ToString();
    }

    public static string Hours(double hours) => MarkdownText.Hours(hours);

    /// <summary>A number for an SVG attribute, whatever the culture.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Plural(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
