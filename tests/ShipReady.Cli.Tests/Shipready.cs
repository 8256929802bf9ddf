using System.Diagnostics;

namespace ShipReady.Cli.Tests;

/// <summary>Runs the real shipready command as a separate process, as a user or a CI job would.</summary>
internal static class Shipready
{
    public static string RepoRoot => ShipReady.Testing.RepoRoot.Path;

    public static string Example => Path.Combine(RepoRoot, "examples", "docreview");

    /// <summary>
    /// Where every run of this test process records its history unless a test says otherwise, so tests
    /// never write to the user's own history.
    /// </summary>
    public static string DefaultHistory { get; } =
        Path.Combine(Directory.CreateTempSubdirectory("shipready-history-").FullName, "history.db");

    public static Run Invoke(params string[] args) => InvokeIn(RepoRoot, args);

    public static Run InvokeIn(string workingDirectory, params string[] args) => InvokeWith(null, workingDirectory, null, args);

    /// <summary>Runs shipready with <paramref name="input"/> as its standard input, as a script answering prompts.</summary>
    public static Run InvokeWithInput(string input, string workingDirectory, params string[] args) => InvokeWith(input, workingDirectory, null, args);

    /// <summary>Runs shipready with extra environment variables (null removes one).</summary>
    public static Run InvokeWithEnvironment(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        InvokeWith(null, RepoRoot, environment, args);

    private static Run InvokeWith(string? input, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, string[] args)
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
        start.Environment["SHIPREADY_HISTORY"] = DefaultHistory;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }
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

    /// <summary>Runs git in a test repository with a fixed identity and no signing, failing the test if git fails; returns what it printed.</summary>
    public static string Git(string repository, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-c", "user.name=ShipReady Tests", "-c", "user.email=tests@shipready.invalid", "-c", "commit.gpgsign=false" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result);
        return output.Trim();
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
