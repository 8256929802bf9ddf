using System.Diagnostics;

namespace ShipReady.Cli.Tests;

/// <summary>Runs the real shipready command as a separate process, as a user or a CI job would.</summary>
internal static class Shipready
{
    public static string RepoRoot => ShipReady.Testing.RepoRoot.Path;

    public static string Example => Path.Combine(RepoRoot, "examples", "docreview");

    public static Run Invoke(params string[] args) => InvokeIn(RepoRoot, args);

    public static Run InvokeIn(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ShipReady.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"shipready {string.Join(' ', args)} did not finish in 2 minutes.");
        }
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Copies a folder to a fresh temporary one, so a test can change it.</summary>
    public static string CopyToTemp(string source)
    {
        var target = Directory.CreateTempSubdirectory("shipready-test-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}

internal sealed record Run(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
