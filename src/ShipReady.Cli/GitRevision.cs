using System.Diagnostics;

namespace ShipReady.Cli;

/// <summary>The commit a folder is checked out at, for labelling recorded runs.</summary>
internal static class GitRevision
{
    /// <summary>The abbreviated commit of HEAD, or null when the folder is not in a git repository or git is missing.</summary>
    public static string? Head(string folder)
    {
        try
        {
            using var process = Process.Start(GitCommand.In(folder, "rev-parse", "--short=12", "HEAD"));
            if (process is null)
            {
                return null;
            }
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
