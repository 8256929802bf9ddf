using System.Text;

namespace ShipReady.Reports.Html;

/// <summary>
/// Makes JSON safe inside a <c>&lt;script type="application/json"&gt;</c> element, as Lighthouse does:
/// a snippet holding <c>&lt;/script&gt;</c> must not end the element, and U+2028 and U+2029 must not
/// break a reader that evaluates the text as JavaScript.
/// </summary>
internal static class EmbeddedJson
{
    /// <summary>
    /// The result is still the same JSON value: these characters can only occur inside JSON strings,
    /// where their \u escapes mean the same thing.
    /// </summary>
    public static string Escape(string json)
    {
        var sb = new StringBuilder(json.Length + 64);
        foreach (var c in json)
        {
            sb.Append(c switch
            {
                '<' => "\\u003c",
                '\u2028' => "\\u2028",
                '\u2029' => "\\u2029",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
