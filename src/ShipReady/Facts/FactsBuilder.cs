using System.Collections.Concurrent;
using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Facts.Manifests;
using ShipReady.Facts.Secrets;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// Turns an inventory into facts: manifests first (patterns may be cleared by a dependency), then
/// one parallel pass over the text files for code patterns and secrets.
/// </summary>
public sealed class FactsBuilder(ControlCatalog catalog)
{
    private static readonly IManifestReader[] ManifestReaders =
    [
        new NpmManifestReader(), new NpmLockfileReader(), new RequirementsReader(), new TomlManifestReader(), new PoetryLockReader(),
        new DotnetProjectReader(), new NugetLockfileReader(), new GemfileReader(), new GemfileLockReader(), new GoModReader(),
        new ComposerManifestReader(), new MavenPomReader(), new GradleBuildReader(),
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

    public FactSet Build(RepoInventory inventory, CancellationToken cancellation = default)
    {
        var notes = new ConcurrentBag<ScanNote>(inventory.Notes);
        foreach (var file in inventory.Files.Where(f => BinaryExtension.Contains(Path.GetExtension(f.Path.AsSpan()))))
        {
            notes.Add(new ScanNote(file.Path, "binary", "is a binary file; not read."));
        }
        var (dependencies, frameworks) = ReadManifests(inventory, notes);
        var scanner = new PatternScanner(catalog.Patterns, p => ClearedByDependencies(p, dependencies));
        // Only a Go program whose manifest names no web framework needs its code read for a server.
        var lookForGoServer = !frameworks.Any(f => Frameworks.StackOf(f) == "go");
        var (hits, secrets, scanned, suppressions, servesGoHttp) = ScanTexts(inventory, scanner, lookForGoServer, notes, cancellation);
        if (servesGoHttp)
        {
            frameworks = frameworks.Add(GoHttpServer.Framework);
        }

        return new FactSet
        {
            Files = [.. inventory.Files.Select(f => f.Path)],
            Dependencies = [.. dependencies.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line)],
            Frameworks = frameworks,
            Languages = inventory.Languages,
            ScannedLanguages = scanned,
            Hits = [.. hits.OrderBy(h => h.Location.File, StringComparer.Ordinal).ThenBy(h => h.Location.Line).ThenBy(h => h.ControlId, StringComparer.Ordinal)],
            Secrets = [.. secrets.OrderBy(s => s.Location.File, StringComparer.Ordinal).ThenBy(s => s.Location.Line)],
            DetectedHandles = DetectHandles(dependencies),
            Notes = [.. notes.DistinctBy(n => (n.Path, n.Kind)).OrderBy(n => n.Path, StringComparer.Ordinal)],
            InlineSuppressions = [.. suppressions.OrderBy(x => x.Where.File, StringComparer.Ordinal).ThenBy(x => x.Where.Line)],
        };
    }

    /// <summary>Reads every manifest first: which dependencies exist decides which code patterns still need to run.</summary>
    /// <remarks>Manifests are read in parallel (a monorepo or a vendored tree has thousands) and combined in the inventory's order.</remarks>
    private static (List<Dependency> Dependencies, ImmutableSortedSet<string> Frameworks) ReadManifests(RepoInventory inventory, ConcurrentBag<ScanNote> notes)
    {
        // Asking thirteen readers about every path is itself a pass over the tree, so it runs in parallel too.
        var files = inventory.Files;
        var results = new ManifestResult?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var file = files[i];
            var reader = ManifestReaders.FirstOrDefault(r => r.Reads(file.Path));
            if (reader is null)
            {
                return;
            }
            var text = inventory.ReadText(file, out var note, MaxManifestBytes);
            if (note is not null)
            {
                notes.Add(note);
            }
            if (text is not null)
            {
                results[i] = reader.Read(file.Path, text);
            }
        });
        var dependencies = new List<Dependency>();
        var frameworks = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var result in results.OfType<ManifestResult>())
        {
            dependencies.AddRange(result.Dependencies);
            frameworks.UnionWith(result.Frameworks);
            if (result.Note is not null)
            {
                notes.Add(result.Note);
            }
        }
        frameworks.UnionWith(dependencies.Select(Frameworks.FromDependency).OfType<string>());
        return (dependencies, frameworks.ToImmutableSortedSet(StringComparer.Ordinal));
    }

    /// <summary>One parallel pass over the text files: code patterns and secrets from a single read of each.</summary>
    private static (ConcurrentBag<CodeHit> Hits, ConcurrentBag<SecretFinding> Secrets, ImmutableSortedSet<Language> Scanned, ConcurrentBag<Evaluation.Suppression> Suppressions, bool ServesGoHttp) ScanTexts(
        RepoInventory inventory, PatternScanner scanner, bool lookForGoServer, ConcurrentBag<ScanNote> notes, CancellationToken cancellation)
    {
        var hits = new ConcurrentBag<CodeHit>();
        var secrets = new ConcurrentBag<SecretFinding>();
        var scanned = new ConcurrentDictionary<Language, bool>();
        var suppressions = new ConcurrentBag<Evaluation.Suppression>();
        var servesGoHttp = 0;
        var variantFolders = VariantFolders.Find(inventory.Files);
        foreach (var folder in variantFolders.Order(StringComparer.Ordinal))
        {
            notes.Add(new ScanNote(folder.Length == 0 ? "." : folder, "variants",
                "holds numbered variants of the same files (name_1, name_2, …), code kept as data; read for secrets, not for code patterns."));
        }
        Parallel.ForEach(
            inventory.Files.Where(IsWorthReading),
            new ParallelOptions { CancellationToken = cancellation },
            file =>
            {
                using var text = inventory.ReadPooled(file, out var note);
                if (note is not null)
                {
                    notes.Add(note);
                }
                if (text is null)
                {
                    return;
                }
                if (file.Language is { } language && scanner.Reads(language)
                    && (variantFolders.Count == 0 || !variantFolders.Contains(VariantFolders.Folder(file.Path))))
                {
                    if (IsMinified(file, text.Span))
                    {
                        notes.Add(new ScanNote(file.Path, "minified", "is minified or vendored code; read for secrets, not for code patterns."));
                    }
                    else
                    {
                        // A lock-free read first: writing the same key from every file made the two cores queue.
                        if (!scanned.ContainsKey(language))
                        {
                            scanned[language] = true;
                        }
                        foreach (var hit in scanner.Scan(file, text.Memory))
                        {
                            hits.Add(hit);
                        }
                    }
                }
                if (lookForGoServer && Volatile.Read(ref servesGoHttp) == 0 && GoHttpServer.Serves(file, text.Span))
                {
                    Interlocked.Exchange(ref servesGoHttp, 1);
                }
                foreach (var secret in SecretScanner.Scan(file.Path, text.Memory))
                {
                    secrets.Add(secret);
                }
                foreach (var suppression in InlineSuppressions.Scan(file.Path, text.Span))
                {
                    suppressions.Add(suppression);
                }
            });
        return (hits, secrets, [.. scanned.Keys], suppressions, servesGoHttp == 1);
    }

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
    private const long MaxManifestBytes = 64L * 1024 * 1024;

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

    /// <summary>Only the product's own dependencies clear a pattern: a retry library a test tool pulls in retries nothing.</summary>
    private static bool ClearedByDependencies(CodePattern pattern, IReadOnlyList<Dependency> dependencies) =>
        pattern.UnlessDeps.Any(glob => dependencies.Any(d => d.IsProduct && glob.IsMatch(d)));

    private ImmutableSortedDictionary<string, Dependency> DetectHandles(IReadOnlyList<Dependency> dependencies)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, Dependency>(StringComparer.Ordinal);
        foreach (var category in catalog.Categories.Values.Where(c => c.Handles is not null))
        {
            if (category.FirstIn(dependencies) is { } first)
            {
                builder.TryAdd(category.Handles!, first);
            }
        }
        return builder.ToImmutable();
    }
}
