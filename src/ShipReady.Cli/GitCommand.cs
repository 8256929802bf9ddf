using System.Diagnostics;

namespace ShipReady.Cli;

/// <summary>How the CLI starts git: in a folder, with both output streams captured, arguments passed as a list.</summary>
internal static class GitCommand
{
    public static ProcessStartInfo In(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }
}
