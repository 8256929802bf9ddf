using ShipReady.Auditing;

namespace ShipReady.Reports;

/// <summary>Renders an audit in one format. Every format is rendered from the same <see cref="AuditResult"/>.</summary>
public interface IReportWriter
{
    /// <summary>The format's name on the command line (json, md).</summary>
    string Format { get; }

    /// <summary>The file name used when only a folder is given.</summary>
    string DefaultFileName { get; }

    void Write(AuditResult result, TextWriter writer);
}
