using ShipReady.Reports;

namespace ShipReady.Cli;

/// <summary>The report formats a command can write, by name.</summary>
internal static class ReportWriters
{
    private static readonly IReportWriter[] All = [new JsonReportWriter(), new MarkdownPlanWriter()];

    public static IReadOnlyList<string> Names { get; } = ["text", .. All.Select(w => w.Format)];

    /// <summary>The writer for a format, or null for the terminal summary.</summary>
    public static IReportWriter? For(string format) =>
        format == "text" ? null : All.FirstOrDefault(w => w.Format == format)
            ?? throw new UsageException($"--format '{format}' is not known; use one of: {string.Join(", ", Names)}.");
}
