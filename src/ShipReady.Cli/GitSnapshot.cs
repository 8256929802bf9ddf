using System.Diagnostics;
using System.Formats.Tar;

namespace ShipReady.Cli;

/// <summary>The audited folder as it was at a git revision, extracted to a temporary folder for a second audit.</summary>
internal sealed class GitSnapshot : IDisposable
{
    private GitSnapshot(string folder, string root)
    {
        Folder = folder;
        Root = root;
    }

    /// <summary>The temporary folder holding the extracted tree.</summary>
    public string Folder { get; }

    /// <summary>The audited folder inside <see cref="Folder"/>.</summary>
    public string Root { get; }

    /// <exception cref="UsageException">The folder is not in a git repository, or the revision does not exist.</exception>
    /// <param name="asked">How the user named the revision, for messages: "--since main", "diff main".</param>
    public static GitSnapshot Extract(string path, string revision, string asked)
    {
        var top = Git(asked, path, "rev-parse", "--show-toplevel").Trim();
        var inside = Path.GetRelativePath(top, Path.GetFullPath(path)).Replace('\\', '/');
        Git(asked, path, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        var folder = Directory.CreateTempSubdirectory("shipready-since-").FullName;
        try
        {
            var start = GitCommand.In(top, "archive", "--format=tar", revision, "--", inside == "." ? "." : inside);
            using (var process = Process.Start(start)!)
            {
                TarFile.ExtractToDirectory(process.StandardOutput.BaseStream, folder, overwriteFiles: true);
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new UsageException($"{asked}: git archive failed: {process.StandardError.ReadToEnd().Trim()}");
                }
            }
            return new GitSnapshot(folder, inside == "." ? folder : Path.Combine(folder, inside));
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static string Git(string asked, string directory, params string[] args)
    {
        using var process = Process.Start(GitCommand.In(directory, args))
            ?? throw new UsageException($"{asked}: needs git on the PATH.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new UsageException(args[0] == "rev-parse" && args.Contains("--verify")
                ? $"{asked}: no such revision in {directory}."
                : $"{asked}: {directory} is not inside a git repository ({error.Trim().Split('\n')[0]}).");
        }
        return output;
    }
}
