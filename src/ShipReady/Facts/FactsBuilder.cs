using System.Collections.Concurrent;
using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Facts.Manifests;
using ShipReady.Facts.Secrets;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// Turns a repository into facts: one parallel pass that lists the tree and reads each file once, for manifests,
/// code patterns and secrets (see <see cref="TreeScan"/>).
/// </summary>
public sealed class FactsBuilder(ControlCatalog catalog)
{
    private static readonly IManifestReader[] ManifestReaders =
    [
        new NpmManifestReader(), new NpmLockfileReader(), new RequirementsReader(), new TomlManifestReader(), new PoetryLockReader(),
        new DotnetProjectReader(), new NugetLockfileReader(), new GemfileReader(), new GemfileLockReader(), new GoModReader(),
        new ComposerManifestReader(), new MavenPomReader(), new GradleBuildReader(), new GradleVersionCatalogReader(),
    ];

    /// <summary>Files that are not code but are worth a secret scan: configuration and environment files.</summary>
    private static readonly HashSet<string> ConfigExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".yml", ".yaml", ".toml", ".ini", ".cfg", ".conf", ".config", ".properties", ".env", ".xml", ".tf", ".tfvars", ".sh", ".txt", ".md", ".pem", ".key",
    };

    /// <summary>Extensions of files that hold no text worth reading; they are listed as skipped without being opened.</summary>
    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".bmp", ".tiff", ".psd", ".woff", ".woff2", ".ttf", ".otf", ".eot",
        ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".jar", ".war", ".exe", ".dll", ".so", ".dylib", ".bin", ".class",
        ".pdf", ".mp3", ".mp4", ".mov", ".avi", ".wav", ".ogg", ".webm", ".sqlite", ".db", ".pyc", ".wasm",
    };

    // Every file of the tree is looked up in these by its name or extension: read as spans of its path, the lookups
    // cut no string out of it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConfigExtension = ConfigExtensions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BinaryExtension = BinaryExtensions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Walks the tree and reads it in the same pass, keeping only what it finds.</summary>
    public FactSet Build(IFileSource source, WalkOptions options, CancellationToken cancellation = default)
    {
        var reader = new FileReader(source, options.MaxFileBytes);
        var scan = new TreeScan(catalog, reader);
        new RepoWalker(source, options).Walk(scan, cancellation);
        return Settle(scan, reader, visitor => new RepoWalker(source, options).Walk(visitor, cancellation));
    }

    /// <summary>Reads the files of an inventory already listed, folder by folder, as the walk would have handed them over.</summary>
    public FactSet Build(RepoInventory inventory, CancellationToken cancellation = default)
    {
        var scan = new TreeScan(catalog, inventory.Reader);
        foreach (var note in inventory.Notes)
        {
            scan.Note(note);
        }
        Visit(inventory, scan, cancellation);
        return Settle(scan, inventory.Reader, visitor => Visit(inventory, visitor, cancellation));
    }

    /// <summary>
    /// The facts, once the hits that wait on other files are settled. Rare: the tree is walked again only for C# methods
    /// a guard may cover (the calls to them), for C# methods that pass their parameters on to a checked call, for the calls of script functions a value is built from, for the calls of Go functions whose parameters SQL pastes in, for the Python functions of other modules markup is built by, for Ruby values that come from helpers or callers, for the importers of
    /// a script module browser code may hold, for the users of a script module only tests may import, and for the Python imports of a development runner the deployment leaves out.
    /// </summary>
    private static FactSet Settle(TreeScan scan, FileReader reader, Action<IWalkVisitor> walk)
    {
        IReadOnlySet<string>? imported = null;
        if (scan.ModulesToLookUp() is { Count: > 0 } modules)
        {
            var failed = new FailedFiles(scan);
            var imports = new ImportScan(modules, reader, failed.Note);
            walk(imports);
            // A file not read may import any of them: their hits are kept, as when imported.
            imported = failed.Any ? modules : imports.Imported;
        }
        IReadOnlySet<string>? browserModules = null;
        if (scan.ScriptModulesToPlace() is { Count: > 0 } scripts)
        {
            var failed = new FailedFiles(scan);
            var importers = new BrowserImportScan(scripts, reader, failed.Note, scan.Packages);
            walk(importers);
            // A file not read may import any of them from server code: their hits are kept.
            browserModules = failed.Any ? null : importers.BrowserModules;
        }
        IReadOnlySet<string>? testModules = null;
        if (scan.ScriptModulesOnlyTestsMayImport() is { Count: > 0 } asked)
        {
            var failed = new FailedFiles(scan);
            var users = new TestImportScan(asked, reader, failed.Note);
            walk(users);
            // A file not read may use any of them: their hits are kept.
            testModules = failed.Any ? null : users.OnlyTestsImport;
        }
        if (scan.Waiting() is not { Count: > 0 } waiting)
        {
            return scan.Finish(imported: imported, browserModules: browserModules, testModules: testModules);
        }
        Func<CodeHit, bool> callersStand = _ => true;
        if (waiting.Where(w => w.Hit.ReachedThrough is not null).ToList() is { Count: > 0 } reached)
        {
            var failed = new FailedFiles(scan);
            var calls = new CallSiteScan(reached, reader, failed.Note);
            walk(calls);
            callersStand = failed.Any ? _ => true : calls.Stands;
        }
        Func<CodeHit, bool> forwardedStand = _ => true;
        if (waiting.Where(w => w.Hit.ForwardedFrom is not null).ToList() is { Count: > 0 } forwarding)
        {
            var failed = new FailedFiles(scan);
            var calls = new ForwardedArgumentScan(forwarding, reader, failed.Note);
            walk(calls);
            forwardedStand = failed.Any ? _ => true : calls.Stands;
        }
        Func<CodeHit, bool> scriptCallersStand = _ => true;
        if (waiting.Where(w => w.Hit.ScriptCallers is not null).ToList() is { Count: > 0 } built)
        {
            var failed = new FailedFiles(scan);
            var calls = new ScriptArgumentScan(built, reader, failed.Note);
            walk(calls);
            scriptCallersStand = failed.Any ? _ => true : calls.Stands;
        }
        Func<CodeHit, bool> goCallersStand = _ => true;
        if (waiting.Where(w => w.Hit.GoCallers is not null).ToList() is { Count: > 0 } pasted)
        {
            var failed = new FailedFiles(scan);
            var calls = new GoArgumentScan(pasted, reader, failed.Note);
            for (var walks = 1; calls.HasRound; walks++)
            {
                walk(calls);
                calls.NextRound(walks);
            }
            goCallersStand = failed.Any ? _ => true : calls.Stands;
        }
        Func<CodeHit, bool> pythonHelpersStand = _ => true;
        if (waiting.Where(w => w.Hit.PythonHelpers is not null).ToList() is { Count: > 0 } helped)
        {
            var failed = new FailedFiles(scan);
            var helpers = new PythonHelperScan(helped, reader, failed.Note);
            walk(helpers);
            pythonHelpersStand = failed.Any ? _ => true : helpers.Stands;
        }
        Func<CodeHit, bool> valuesStand = _ => true;
        if (waiting.Where(w => w.Hit.Questions is not null).ToList() is { Count: > 0 } asking)
        {
            var failed = new FailedFiles(scan);
            var values = new RubyValueScan(asking, reader, failed.Note);
            for (var walks = 1; values.HasRound; walks++)
            {
                walk(values);
                values.NextRound(walks);
            }
            valuesStand = failed.Any ? _ => true : values.Stands;
        }
        return scan.Finish(
            hit => (hit.ReachedThrough is null || callersStand(hit)) && (hit.ForwardedFrom is null || forwardedStand(hit))
                && (hit.Questions is null || valuesStand(hit)) && (hit.ScriptCallers is null || scriptCallersStand(hit))
                && (hit.GoCallers is null || goCallersStand(hit)) && (hit.PythonHelpers is null || pythonHelpersStand(hit)),
            imported, browserModules, testModules);
    }

    /// <summary>
    /// The files a second walk failed to read, noted with the scan's. A file not read may hold the one call that keeps
    /// a hit, so when any failed, every hit that walk settles is kept, as when nothing clears it.
    /// </summary>
    private sealed class FailedFiles(TreeScan scan)
    {
        private int _count;

        public bool Any => Volatile.Read(ref _count) > 0;

        public void Note(ScanNote note)
        {
            scan.Note(note);
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>Hands the inventory's files to a visitor folder by folder, as a walk would, and runs the work it makes.</summary>
    private static void Visit(RepoInventory inventory, IWalkVisitor visitor, CancellationToken cancellation)
    {
        var jobs = inventory.Files.GroupBy(f => VariantFolders.Folder(f.Path)).SelectMany(folder => visitor.Listed(folder.Key, [.. folder])).ToList();
        try
        {
            Parallel.ForEach(jobs, new ParallelOptions { CancellationToken = cancellation }, job => job());
        }
        catch (AggregateException e)
        {
            // As from the streaming walk: the caller sees the failure itself (the first, if several jobs failed).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>The reader of a manifest, null for any other file. Dependencies decide which code patterns count.</summary>
    internal static IManifestReader? ManifestReaderFor(SourceFile file)
    {
        foreach (var reader in ManifestReaders)
        {
            if (reader.Reads(file.Path))
            {
                return reader;
            }
        }
        return null;
    }

    /// <summary>A file whose extension says it holds no text worth reading; it is noted as skipped without being opened.</summary>
    internal static bool IsBinary(SourceFile file) => BinaryExtension.Contains(Path.GetExtension(file.Path.AsSpan()));

    /// <summary>
    /// A bundle or vendored library: its findings belong to whoever wrote the library, and a line of
    /// thousands of characters cannot point anyone at a fix. Real source averages well under a
    /// hundred characters a line; minified code runs to hundreds or thousands.
    /// </summary>
    internal static bool IsMinified(SourceFile file, ReadOnlySpan<char> text)
    {
        if (file.Language is not (Language.JavaScript or Language.TypeScript))
        {
            return false;
        }
        if (Path.GetFileName(file.Path.AsSpan()).Contains(".min.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return text.Length >= 1000 && (text.Count('\n') + 1) * 300L < text.Length;
    }

    /// <summary>Lockfiles of real projects run to tens of megabytes; they are manifests, not minified code.</summary>
    internal const long MaxManifestBytes = 64L * 1024 * 1024;

    /// <summary>Generated lockfiles hold hashes and versions, never secrets or code; reading them again would only cost time and false alarms.</summary>
    private static readonly HashSet<string> Lockfiles = new(StringComparer.Ordinal)
    {
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "poetry.lock", "Pipfile.lock", "uv.lock",
        "packages.lock.json", "composer.lock", "Gemfile.lock", "Cargo.lock", "go.sum",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lockfile = Lockfiles.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static bool IsWorthReading(SourceFile file) =>
        !Lockfile.Contains(Path.GetFileName(file.Path.AsSpan()))
        && (file.Language is not null || SecretScanner.IsEnvFile(file.Path) || ConfigExtension.Contains(Path.GetExtension(file.Path.AsSpan())));
}
