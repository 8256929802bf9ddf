using System.Text;
using ShipReady.Auditing;
using ShipReady.Reports;

namespace ShipReady.Cli;

/// <summary>Writes a report to a file, atomically, or to standard output.</summary>
internal static class ReportFile
{
    public static void Write(string? path, IReportWriter writer, AuditResult result)
    {
        if (path is null)
        {
            writer.Write(result, Console.Out);
            return;
        }
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UsageException($"{path}: is a folder; give the report a file name, e.g. {Path.Combine(path, writer.DefaultFileName)}.");
        }
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"{path}: the folder {directory} does not exist; create it or choose another --output.");
        }
        // Write beside the target and rename, so a failed run never leaves half a report behind.
        var temporary = full + ".tmp";
        using (var stream = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            writer.Write(result, stream);
        }
        File.Move(temporary, full, overwrite: true);
        Console.Error.WriteLine($"Wrote {path}");
    }
}
