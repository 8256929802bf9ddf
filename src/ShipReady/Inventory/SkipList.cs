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

    /// <summary>
    /// Whether a folder is the demo page an icon-font generator wrote beside the font it exported: IcoMoon's
    /// <c>demo-files/</c>, next to its <c>selection.json</c> and <c>demo.html</c>. The page previews the icons in a
    /// browser and echoes a text box into itself; the product serves the font and its style sheet, not the demo.
    /// </summary>
    /// <param name="siblingFiles">The names of the files in the folder that holds it.</param>
    public static bool IsIconFontDemo(string folderName, IReadOnlyCollection<string> siblingFiles) =>
        folderName == "demo-files" && siblingFiles.Contains("selection.json") && siblingFiles.Contains("demo.html");
}
