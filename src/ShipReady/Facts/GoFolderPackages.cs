using System.Buffers;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// The declarations of the Go packages of one folder, read from all its Go files at the first question and kept while
/// the folder's files are scanned: a query's helpers and constants may sit in another file of its package, and so may
/// the migrator that records the schema's version for a list of statements.
/// </summary>
/// <remarks>
/// Only a Go query that pastes in a value its own file does not fix asks, so most folders are never read twice. A file
/// of the folder that cannot be read may declare what the others use, or declare it again: then no package is known,
/// and each file is read alone.
/// </remarks>
internal sealed class GoFolderPackages
{
    private readonly Lazy<Dictionary<string, GoDeclarations>?> _packages;

    /// <summary>The code and strings (comments blanked) of each package's files, read at the first question.</summary>
    private readonly Lazy<Dictionary<string, List<string>>?> _texts;

    /// <param name="files">The folder's Go files.</param>
    public GoFolderPackages(IReadOnlyList<SourceFile> files, FileReader reader)
    {
        _packages = new(() => Read(files, reader, m => m.CodeText) is { } codes
            ? codes.ToDictionary(c => c.Key, c => GoDeclarations.Of(c.Value), StringComparer.Ordinal)
            : null, LazyThreadSafetyMode.ExecutionAndPublication);
        _texts = new(() => Read(files, reader, m => m.CodeAndStringsText), LazyThreadSafetyMode.ExecutionAndPublication);
    }

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

    /// <summary>
    /// Whether a file of the package holds one of the texts in its code or strings; false when the folder could not be
    /// read whole, where each file answers for itself.
    /// </summary>
    public bool Holds(string name, SearchValues<string> texts) =>
        _texts.Value is { } packages && packages.TryGetValue(name, out var files) && files.Any(f => f.AsSpan().ContainsAny(texts));

    /// <summary>Each package's files, as <paramref name="view"/> gives their masked text; null when the folder could not be read whole.</summary>
    private static Dictionary<string, List<string>>? Read(IReadOnlyList<SourceFile> files, FileReader reader, Func<MaskedSource, string> view)
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
            if (GoDeclarations.PackageName(masked.CodeText) is not { } name)
            {
                continue;
            }
            if (!codes.TryGetValue(name, out var list))
            {
                codes[name] = list = [];
            }
            list.Add(view(masked));
        }
        return codes;
    }
}
