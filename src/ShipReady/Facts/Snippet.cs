using ShipReady.Facts.Secrets;

namespace ShipReady.Facts;

/// <summary>
/// The one way a line of the repository becomes text in a report: trimmed, shortened and with every
/// secret redacted, so no output can carry a secret in full.
/// </summary>
public static class Snippet
{
    public const int MaxLength = 160;

    public static string FromLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > MaxLength * 4)
        {
            // Redaction works on a bounded piece: a minified line can be megabytes long.
            trimmed = trimmed[..(MaxLength * 4)];
        }
        var redacted = Redactor.RedactLine(trimmed);
        return redacted.Length <= MaxLength ? redacted : redacted[..(MaxLength - 1)] + "…";
    }
}
