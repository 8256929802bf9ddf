using System.Diagnostics;
using ShipReady.Auditing;

namespace ShipReady.Cli;

/// <summary>With --verbose, how long each stage of the audit took, on stderr: where to look when an audit is slow.</summary>
internal sealed class StageTimings(TextWriter output) : IProgress<AuditProgress>
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly Stopwatch _stage = new();
    private string? _current;

    public void Report(AuditProgress value)
    {
        Close();
        _current = value.Files > 0 ? $"{value.Stage} ({value.Files} files)" : value.Stage;
        _stage.Restart();
    }

    public void Finish()
    {
        Close();
        output.WriteLine($"shipready: audit took {_total.Elapsed.TotalSeconds:0.000} s");
    }

    private void Close()
    {
        if (_current is not null)
        {
            output.WriteLine($"shipready: {_current}: {_stage.Elapsed.TotalSeconds:0.000} s");
        }
    }
}
