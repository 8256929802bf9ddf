using ShipReady.Reports;

namespace ShipReady.Cli;

/// <summary>The report formats a command can write, by name.</summary>
internal static class ReportWriters
{
    private static readonly IReportWriter[] All = [new JsonReportWriter(), new MarkdownPlanWriter(), new SarifReportWriter(), new HtmlReportWriter()];

    public static IReadOnlyList<string> Names { get; } = ["text", .. All.Select(w => w.Format)];

    /// <summary>Parses "html,sarif,json" into writers; "text" stands for the terminal summary and gives null.</summary>
    public static IReadOnlyList<IReportWriter?> ForList(string formats)
    {
        var names = formats.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            throw new UsageException($"--format needs a format; use one or more of: {string.Join(", ", Names)}.");
        }
        var duplicate = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new UsageException($"--format names '{duplicate.Key}' twice.");
        }
        return [.. names.Select(For)];
    }

    /// <summary>The writer for a format, or null for the terminal summary.</summary>
    public static IReportWriter? For(string format) =>
        format == "text" ? null : All.FirstOrDefault(w => w.Format == format)
            ?? throw new UsageException($"--format '{format}' is not known; use one of: {string.Join(", ", Names)}.");
}
