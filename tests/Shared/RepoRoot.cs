namespace ShipReady.Testing;

/// <summary>The repository's root folder, found from a test's output folder; shared by every test project.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "ShipReady.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("ShipReady.slnx not found above the test folder.");
    }
}
