using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// The declarations of the Go packages of one folder, read from all its Go files at the first question and kept while
/// the folder's files are scanned: a query's helpers and constants may sit in another file of its package.
/// </summary>
/// <remarks>
/// Only a Go query that pastes in a value its own file does not fix asks, so most folders are never read twice. A file
/// of the folder that cannot be read may declare what the others use, or declare it again: then no package is known,
/// and each file is read alone.
/// </remarks>
internal sealed class GoFolderPackages
{
    private readonly Lazy<Dictionary<string, GoDeclarations>?> _packages;

    /// <param name="files">The folder's Go files.</param>
    public GoFolderPackages(IReadOnlyList<SourceFile> files, FileReader reader) =>
        _packages = new(() => Read(files, reader), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A folder worth asking: one with more than one Go file.</summary>
    public static GoFolderPackages? Of(IReadOnlyList<SourceFile> files, FileReader reader)
    {
        // Asked of every folder of the walk: most hold no Go at all, and are passed over without a list.
        var count = 0;
        foreach (var file in files)
        {
            if (IsPackageFile(file) && ++count > 1)
            {
                return new GoFolderPackages([.. files.Where(IsPackageFile)], reader);
            }
        }
        return null;
    }

    private static bool IsPackageFile(SourceFile file) => file.Language == Language.Go && !IsTest(file.Path);

    /// <summary>
    /// Whether a file is built only for tests by its name: what it declares is not in the program that ships, so the
    /// package's declarations leave it out, and its own queries are read with its file alone.
    /// </summary>
    public static bool IsTest(string path) => path.EndsWith("_test.go", StringComparison.Ordinal);

    /// <summary>The declarations of the folder's files that name the package; null when the folder could not be read whole.</summary>
    public GoDeclarations? Package(string name) => _packages.Value is { } packages && packages.TryGetValue(name, out var package) ? package : null;

    private static Dictionary<string, GoDeclarations>? Read(IReadOnlyList<SourceFile> files, FileReader reader)
    {
        var codes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            string? text;
            try
            {
                text = reader.ReadText(file, out _);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                text = null;
            }
            if (text is null)
            {
                // Its own scan notes why.
                return null;
            }
            if (GoBuildConstraint.IsTestOnly(text))
            {
                continue;
            }
            using var masked = CodeMasker.Mask(text.AsMemory(), Language.Go);
            var code = masked.CodeText;
            if (GoDeclarations.PackageName(code) is not { } name)
            {
                continue;
            }
            if (!codes.TryGetValue(name, out var list))
            {
                codes[name] = list = [];
            }
            list.Add(code);
        }
        return codes.ToDictionary(c => c.Key, c => GoDeclarations.Of(c.Value), StringComparer.Ordinal);
    }
}
