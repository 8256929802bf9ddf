namespace ShipReady.Reports;

/// <summary>Escapes text for Markdown tables and inline code.</summary>
internal static class MarkdownText
{
    public static string Cell(string text) =>
        text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");

    public static string Code(string text)
    {
        var fence = text.Contains('`') ? "``" : "`";
        return $"{fence} {Cell(text)} {fence}".Replace("` ", "`").Replace(" `", "`");
    }

    public static string Hours(double hours) => HoursText.Format(hours);
}
