namespace ShipReady.Fixtures.Tests;

/// <summary>Finds folders of the repository from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root => ShipReady.Testing.RepoRoot.Path;

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");
}
