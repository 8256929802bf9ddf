namespace ShipReady.Inventory;

/// <summary>Folders that hold dependencies, build output or tool state rather than the product's own code.</summary>
public static class SkipList
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        ".git", ".hg", ".svn", "node_modules", "bower_components", "jspm_packages", ".pnpm-store", ".yarn",
        "bin", "obj", "dist", "build", "out", ".next", ".nuxt", ".svelte-kit", ".output", ".turbo", ".vercel",
        ".parcel-cache", "coverage", ".nyc_output", "target", ".gradle",
        "__pycache__", ".venv", "venv", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages",
        "vendor", "third_party", "third-party", "Pods", ".terraform", ".serverless", ".idea", ".vs", ".vscode",
        "TestResults", ".shipready-cache",
    };

    public static bool IsSkipped(string folderName) => Names.Contains(folderName);

    /// <summary>A folder with this file is a Python virtual environment whatever its name.</summary>
    public const string VirtualEnvMarker = "pyvenv.cfg";
}
