using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Facts.Manifests;
using ShipReady.Facts.Secrets;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// One pass over the tree as it is walked: each folder's files are counted, matched against the catalog's file globs
/// and read once for manifests, code patterns, secrets and suppression markers, then forgotten. Only what is found is
/// kept, so the memory of an audit does not grow with the number of files.
/// </summary>
/// <remarks>
/// Which dependencies the manifests name is known only at the end, so every code pattern runs and the hits of the
/// patterns a dependency clears are dropped in <see cref="Finish"/>; the result is the same as reading the manifests
/// first, for the cost of running those few patterns.
/// </remarks>
internal sealed class TreeScan(ControlCatalog catalog, FileReader reader) : IWalkVisitor
{
    private readonly PatternScanner _scanner = new(catalog.Patterns);
    private readonly FileGlobs _globs = new(catalog);
    private readonly ConcurrentBag<ScanNote> _notes = [];
    private readonly ConcurrentBag<(string Path, Language Language)> _minified = [];
    private readonly ConcurrentBag<(string Path, ManifestResult Result)> _manifests = [];
    private readonly ConcurrentBag<CodeHit> _hits = [];
    private readonly ConcurrentBag<SecretFinding> _secrets = [];
    private readonly ConcurrentBag<Evaluation.Suppression> _suppressions = [];
    private readonly ConcurrentBag<ServerLaunches> _launches = [];
    private readonly ConcurrentBag<string> _lockfiles = [];
    /// <summary>Settings that a Python module importing another whole gives a value not in the code; read only when a pattern asks.</summary>
    private readonly ConcurrentBag<PythonSettingsOverrides.Replaced> _replacedSettings = [];
    private readonly bool _readsReplacedSettings = catalog.Patterns.Any(p => p.UnlessReplacedSetting);
    /// <summary>What each Python file shows of the application's GraphQL schemas; read only when a pattern asks.</summary>
    private readonly ConcurrentBag<PythonGraphqlSchemas.Reading> _graphqlSchemas = [];
    private readonly bool _readsGraphqlSchemas = catalog.Patterns.Any(p => p.UnlessReadOnlyGraphql);
    /// <summary>Rails routes files listed, those read, and the classes Ruby classes inherit from; read only when a pattern asks.</summary>
    private readonly ConcurrentBag<string> _railsRoutesListed = [];
    private readonly ConcurrentBag<RailsRoutes.File> _railsRoutes = [];
    private readonly ConcurrentDictionary<string, byte> _rubyParents = new(StringComparer.Ordinal);
    private readonly bool _readsRailsRoutes = catalog.Patterns.Any(p => p.UnlessOnlyGetRoutes);
    /// <summary>
    /// The names each script module holding a hit of a pattern that only tests' imports clear exports, or empty when
    /// they cannot all be named or it is an entry point; read only when such a pattern has a hit in the file.
    /// </summary>
    private readonly ConcurrentDictionary<string, ImmutableArray<string>> _scriptExports = new(StringComparer.Ordinal);
    private readonly FrozenSet<(string ControlId, string Id)> _onlyTestsScript = catalog.Patterns
        .Where(p => p.UnlessOnlyTestsCall && p.Languages.Any(l => l is Language.JavaScript or Language.TypeScript))
        .Select(p => (p.ControlId, p.Id)).ToFrozenSet();
    /// <summary>Set when a Ruby file failed that reading: a class it holds may inherit from any controller.</summary>
    private int _rubyClassesUnread;
    /// <summary>All the launch files read, combined once the walk is done.</summary>
    private ServerLaunches? _combinedLaunches;
    private BrowserPackages? _packages;
    /// <summary>The application servers the catalog's patterns are cleared by; launch files are read only when there are some.</summary>
    private readonly FrozenSet<string> _servers = catalog.Patterns.SelectMany(p => p.UnlessServedBy).ToFrozenSet(StringComparer.Ordinal);
    /// <summary>Set once, by the one call for the root folder, before any work of the walk is done.</summary>
    private ImmutableArray<string> _rootFiles = [];
    private readonly ConcurrentDictionary<Language, bool> _scanned = new();
    private readonly int[] _filesByLanguage = new int[Enum.GetValues<Language>().Max(l => (int)l) + 1];
    private int _files;
    private int _servesGoHttp;

    public void Note(ScanNote note) => _notes.Add(note);

    public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files)
    {
        Interlocked.Add(ref _files, files.Count);
        if (folder.Length == 0)
        {
            _rootFiles = [.. files.Select(f => f.Path).Order(StringComparer.Ordinal)];
        }
        foreach (var file in files)
        {
            if (file.Language is { } language && Languages.IsCode(language))
            {
                Interlocked.Increment(ref _filesByLanguage[(int)language]);
            }
            _globs.Add(file.Path);
            if (Lockfiles.IsLockfile(file.Path))
            {
                _lockfiles.Add(file.Path);
            }
            if (_readsRailsRoutes && RailsRoutes.IsRoutesFile(file.Path))
            {
                _railsRoutesListed.Add(file.Path);
            }
            if (FactsBuilder.IsBinary(file))
            {
                _notes.Add(new ScanNote(file.Path, "binary", "is a binary file; not read."));
            }
        }
        var variants = VariantFolders.HoldsVariants(files);
        if (variants)
        {
            _notes.Add(new ScanNote(folder.Length == 0 ? "." : folder, "variants",
                "holds numbered variants of the same files (name_1, name_2, …), code kept as data; read for secrets, not for code patterns."));
        }
        // Made at most once per folder, and only for a folder with a key file in it.
        var certificates = new Lazy<ILookup<string, SourceFile>>(() => LocalhostCertificate.CertificatesByStem(files));
        var goPackages = GoFolderPackages.Of(files, reader);
        return FileRuns.Of(files, "its code and secrets",
            file => Read(file, variants, LocalhostCertificate.MayHaveSibling(file.Path) ? LocalhostCertificate.SiblingsOf(file, certificates.Value) : [], goPackages), Note);
    }

    /// <summary>Which of a file's readings it is worth is decided in the work itself, on every core.</summary>
    /// <remarks>Each reading fails alone: a manifest reader's fault must not cost the file its secret scan.</remarks>
    /// <param name="certificates">For a key file, the certificates committed beside it.</param>
    /// <param name="goPackages">For a folder of Go files, the declarations of its packages.</param>
    private void Read(SourceFile file, bool inVariantFolder, IReadOnlyList<SourceFile> certificates, GoFolderPackages? goPackages)
    {
        if (FactsBuilder.ManifestReaderFor(file) is { } manifest)
        {
            ReadFailure.Guard(file.Path, "its dependencies", f => ReadManifest(f, manifest), file, Note);
        }
        if (_servers.Count > 0 && ServerLaunches.IsLaunchFile(file.Path))
        {
            ReadFailure.Guard(file.Path, "the server it launches", ReadLaunch, file, Note);
        }
        if (FactsBuilder.IsWorthReading(file))
        {
            Scan(file, inVariantFolder, certificates, goPackages);
        }
    }

    /// <summary>
    /// Whether a key's certificate names only the local machine: the key of a dev server's HTTPS. The first of the
    /// files beside it that holds a PEM certificate decides; one in binary (DER) form is not read.
    /// </summary>
    private bool CertifiesOnlyLocalhost(IReadOnlyList<SourceFile> certificates, ReadOnlySpan<char> key)
    {
        foreach (var certificate in certificates)
        {
            if (reader.ReadText(certificate, out _) is { } pem && LocalhostCertificate.HoldsCertificate(pem))
            {
                return LocalhostCertificate.CertifiesOnlyLocalhost(pem, key);
            }
        }
        return false;
    }

    private void ReadManifest(SourceFile file, IManifestReader manifest)
    {
        var text = reader.ReadText(file, out var note, FactsBuilder.MaxManifestBytes);
        if (note is not null)
        {
            _notes.Add(note);
        }
        if (text is not null)
        {
            _manifests.Add((file.Path, manifest.Read(file.Path, text)));
        }
    }

    /// <summary>A launch file is read on its own, as a manifest is: a Dockerfile is not otherwise worth reading.</summary>
    private void ReadLaunch(SourceFile file)
    {
        var text = reader.ReadText(file, out var note, FactsBuilder.MaxManifestBytes);
        if (note is not null)
        {
            _notes.Add(note);
        }
        if (text is not null)
        {
            _launches.Add(ServerLaunches.Read(file.Path, text, _servers));
        }
    }

    /// <summary>Code patterns and secrets from a single read of the file.</summary>
    private void Scan(SourceFile file, bool inVariantFolder, IReadOnlyList<SourceFile> certificates, GoFolderPackages? goPackages)
    {
        using var text = reader.ReadPooled(file, out var note);
        if (note is not null)
        {
            _notes.Add(note);
        }
        if (text is null)
        {
            return;
        }
        if (file.Language is { } language && _scanner.Reads(language) && !inVariantFolder)
        {
            if (FactsBuilder.IsMinified(file, text.Span))
            {
                _minified.Add((file.Path, language));
            }
            else if (language == Language.Go && GoBuildConstraint.IsTestOnly(text.Span))
            {
                _notes.Add(new ScanNote(file.Path, "test-build", "is built only for tests (its //go:build line asks for a test tag); read for secrets, not for code patterns."));
            }
            else
            {
                // A lock-free read first: writing the same key from every file made the two cores queue.
                if (!_scanned.ContainsKey(language))
                {
                    _scanned[language] = true;
                }
                ReadFailure.Guard(file.Path, "code patterns", ScanCode, (file, text.Memory, goPackages), Note);
            }
        }
        if (_readsReplacedSettings && file.Language == Language.Python && PythonSettingsOverrides.MayImportWhole(text.Span))
        {
            ReadFailure.Guard(file.Path, "the settings it replaces", ReadReplacedSettings, (file.Path, text.Memory), Note);
        }
        if (_readsGraphqlSchemas && file.Language == Language.Python && !FileRoles.IsForTests(file.Path) && PythonGraphqlSchemas.MayHold(text.Span))
        {
            ReadFailure.Guard(file.Path, "its GraphQL schemas", ReadGraphqlSchemas, text.Memory, Note);
        }
        if (_readsRailsRoutes && file.Language == Language.Ruby && !FileRoles.IsForTests(file.Path)
            && (RailsRoutes.IsRoutesFile(file.Path) || text.Span.Contains('<')))
        {
            ReadFailure.Guard(file.Path, "its routes and classes", ReadRailsRoutes, (file.Path, text.Memory), failed =>
            {
                Interlocked.Exchange(ref _rubyClassesUnread, 1);
                Note(failed);
            });
        }
        if (Volatile.Read(ref _servesGoHttp) == 0 && GoHttpServer.Serves(file, text.Span))
        {
            Interlocked.Exchange(ref _servesGoHttp, 1);
        }
        ReadFailure.Guard(file.Path, "secrets", ScanSecrets, (file.Path, text.Memory, certificates), Note);
        foreach (var suppression in InlineSuppressions.Scan(file.Path, text.Span))
        {
            _suppressions.Add(suppression);
        }
    }

    private void ScanCode((SourceFile File, ReadOnlyMemory<char> Text, GoFolderPackages? GoPackages) read)
    {
        var goPackages = read.GoPackages is { } packages && !GoFolderPackages.IsTest(read.File.Path) ? packages : null;
        var onlyTests = false;
        foreach (var hit in _scanner.Scan(read.File, read.Text, goPackages is null ? null : goPackages.Package, goPackages is null ? null : goPackages.Holds))
        {
            _hits.Add(hit);
            onlyTests |= _onlyTestsScript.Contains((hit.ControlId, hit.PatternId));
        }
        if (onlyTests && read.File.Language is Language.JavaScript or Language.TypeScript)
        {
            using var masked = CodeMasker.Mask(read.Text, read.File.Language.Value);
            // A module a framework loads itself runs in production whoever imports it.
            var entry = BrowserImportScan.EntryPath().IsMatch(read.File.Path) || BrowserImportScan.EntryExport().IsMatch(masked.CodeText) || BrowserImportScan.DefaultFunction().IsMatch(masked.CodeText)
                || Path.GetFileName(read.File.Path).StartsWith('+') || Path.GetFileNameWithoutExtension(read.File.Path) == "index";
            _scriptExports[read.File.Path] = entry ? [] : ScriptExports.Read(masked);
        }
    }

    /// <summary>
    /// The script modules holding hits of a pattern that only tests' imports clear, with the names each exports and
    /// the patterns of its hits: whether only the tests use them is read in a second walk (<see cref="TestImportScan"/>).
    /// Entry points (a route, a page, a SvelteKit <c>+</c> file, a module exporting what a framework calls), index
    /// modules and modules whose exports cannot all be named are not asked about. Empty when no such hit was made.
    /// </summary>
    public IReadOnlyDictionary<string, (ImmutableArray<string> Names, IReadOnlyList<CodePattern> Patterns)> ScriptModulesOnlyTestsMayImport()
    {
        if (_scriptExports.IsEmpty)
        {
            return new Dictionary<string, (ImmutableArray<string>, IReadOnlyList<CodePattern>)>();
        }
        var dependencies = _manifests.SelectMany(m => m.Result.Dependencies).ToList();
        var patterns = catalog.Patterns.Where(p => _onlyTestsScript.Contains((p.ControlId, p.Id)) && !ClearedByDependencies(p, dependencies))
            .ToDictionary(p => (p.ControlId, p.Id));
        return _hits.Where(h => patterns.ContainsKey((h.ControlId, h.PatternId)) && _scriptExports.TryGetValue(h.Location.File, out var names) && !names.IsEmpty)
            .GroupBy(h => h.Location.File, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (_scriptExports[g.Key], (IReadOnlyList<CodePattern>)[.. g.Select(h => patterns[(h.ControlId, h.PatternId)]).Distinct()]),
                StringComparer.Ordinal);
    }

    private void ReadReplacedSettings((string Path, ReadOnlyMemory<char> Text) read)
    {
        foreach (var replaced in PythonSettingsOverrides.Read(read.Path, new string(read.Text.Span)))
        {
            _replacedSettings.Add(replaced);
        }
    }

    private void ReadGraphqlSchemas(ReadOnlyMemory<char> text)
    {
        using var masked = CodeMasker.Mask(text, Language.Python);
        _graphqlSchemas.Add(PythonGraphqlSchemas.Read(masked));
    }

    private void ReadRailsRoutes((string Path, ReadOnlyMemory<char> Text) read)
    {
        using var masked = CodeMasker.Mask(read.Text, Language.Ruby);
        foreach (var parent in RailsRoutes.Parents(masked))
        {
            _rubyParents.TryAdd(parent, 0);
        }
        if (RailsRoutes.IsRoutesFile(read.Path))
        {
            _railsRoutes.Add(RailsRoutes.Read(read.Path, masked));
        }
    }

    private void ScanSecrets((string Path, ReadOnlyMemory<char> Text, IReadOnlyList<SourceFile> Certificates) read)
    {
        var (path, text, certificates) = read;
        foreach (var secret in SecretScanner.Scan(path, text, certificates.Count == 0 ? null : () => CertifiesOnlyLocalhost(certificates, text.Span)))
        {
            _secrets.Add(secret);
        }
    }

    /// <summary>The hits that wait on other files (callers of their methods, Ruby helpers and callers), with their patterns.</summary>
    /// <remarks>Hits of a pattern a dependency clears are dropped anyway; they never start the second walk.</remarks>
    public IReadOnlyList<(CodeHit Hit, CodePattern Pattern)> Waiting()
    {
        var waiting = _hits.Where(h => h.Waits).ToList();
        if (waiting.Count == 0)
        {
            return [];
        }
        var dependencies = _manifests.SelectMany(m => m.Result.Dependencies).ToList();
        return
        [
            .. waiting.Select(h => (Hit: h, Pattern: catalog.Patterns.First(p => p.ControlId == h.ControlId && p.Id == h.PatternId)))
                .Where(w => !ClearedByDependencies(w.Pattern, dependencies)),
        ];
    }

    /// <summary>
    /// The modules of the files whose hits the deployment would leave out but for an import: hits outside a
    /// <c>__main__</c> block, in files no launch command runs or hands to a server. Empty when no launch file starts a
    /// server, which is most repositories: the Python files are then not read again.
    /// </summary>
    public IReadOnlySet<string> ModulesToLookUp()
    {
        var launches = Launches;
        var servedBy = ServedBy(catalog.Patterns);
        var none = new HashSet<string>();
        return _hits.Where(h => !h.UnderMainGuard && servedBy.TryGetValue((h.ControlId, h.PatternId), out var servers)
                && launches.LeavesOut(h.Location.File, servers, underMainGuard: false, none))
            .Select(h => ServerLaunches.ModuleOf(h.Location.File))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The script modules holding hits of a pattern browser code clears that neither a browser-only package nor a
    /// component around the hit placed, in a package that uses React (only a component can make a module the browser's):
    /// whether only the browser's code imports them is read in a second walk (<see cref="BrowserImportScan"/>). Empty
    /// when no such pattern is active.
    /// </summary>
    public IReadOnlySet<string> ScriptModulesToPlace()
    {
        var dependencies = _manifests.SelectMany(m => m.Result.Dependencies).ToList();
        var browserOnly = catalog.Patterns.Where(p => p.UnlessBrowserPackage && !ClearedByDependencies(p, dependencies)).Select(p => (p.ControlId, p.Id)).ToHashSet();
        if (browserOnly.Count == 0)
        {
            return new HashSet<string>();
        }
        var browser = Packages;
        return _hits.Where(h => browserOnly.Contains((h.ControlId, h.PatternId)) && ScriptModules.Contains(Path.GetExtension(h.Location.File))
                && !browser.Holds(h.Location.File) && browser.UsesReact(h.Location.File))
            .Select(h => h.Location.File)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static readonly HashSet<string> ScriptModules = new(StringComparer.OrdinalIgnoreCase) { ".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts" };

    /// <summary>The tree's npm packages, read once after the walk, when every package.json is in.</summary>
    public BrowserPackages Packages => _packages ??= BrowserPackages.From(_manifests.Select(m => (m.Path, m.Result.Dependencies, m.Result.PackageName)));

    /// <summary>Read only after the walk, when no launch file is being added.</summary>
    private ServerLaunches Launches => _combinedLaunches ??= ServerLaunches.Combine(_launches);

    /// <summary>The servers each pattern with <c>unlessServedBy</c> is cleared by, by the pattern's control and id.</summary>
    private static Dictionary<(string ControlId, string Id), ImmutableArray<string>> ServedBy(IEnumerable<CodePattern> patterns) =>
        patterns.Where(p => p.UnlessServedBy.Length > 0).ToDictionary(p => (p.ControlId, p.Id), p => p.UnlessServedBy);

    /// <summary>
    /// The facts, once every folder is done: manifests combined, cleared patterns dropped, hits that wait on their
    /// callers kept only if <paramref name="stands"/> says so, everything sorted.
    /// </summary>
    /// <param name="browserModules">Script modules only the browser's code imports (<see cref="ScriptModulesToPlace"/>).</param>
    /// <param name="testModules">Script modules only the tests use (<see cref="ScriptModulesOnlyTestsMayImport"/>).</param>
    public FactSet Finish(Func<CodeHit, bool>? stands = null, IReadOnlySet<string>? imported = null, IReadOnlySet<string>? browserModules = null,
        IReadOnlySet<string>? testModules = null)
    {
        var (dependencies, frameworks) = CombineManifests();
        var active = catalog.Patterns.Where(p => !ClearedByDependencies(p, dependencies)).ToList();
        var activeIds = active.Select(p => (p.ControlId, p.Id)).ToHashSet();
        var launches = Launches;
        imported ??= new HashSet<string>();
        var servedBy = ServedBy(active);
        var browserOnly = active.Where(p => p.UnlessBrowserPackage).Select(p => (p.ControlId, p.Id)).ToHashSet();
        var browser = browserOnly.Count == 0 ? null : Packages;
        var replaceable = active.Where(p => p.UnlessReplacedSetting).Select(p => (p.ControlId, p.Id)).ToHashSet();
        var replaced = PythonSettingsOverrides.From(_replacedSettings);
        var graphql = _graphqlSchemas.Aggregate(default(PythonGraphqlSchemas.Reading), (all, one) => all + one);
        var readOnlyGraphql = graphql is { Schemas: > 0, Mutations: false };
        var getOnly = _rubyClassesUnread == 1 ? [] : active.Where(p => p.UnlessOnlyGetRoutes).Select(p => (p.ControlId, p.Id)).ToHashSet();
        var routes = _railsRoutes.ToList();
        var unreadRoutes = _railsRoutesListed.Except(routes.Select(r => r.Path), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var parents = _rubyParents.Keys.ToHashSet(StringComparer.Ordinal);
        var activeLanguages = active.SelectMany(p => p.Languages).ToHashSet();
        foreach (var (path, _) in _minified.Where(m => activeLanguages.Contains(m.Language)))
        {
            _notes.Add(new ScanNote(path, "minified", "is minified or vendored code; read for secrets, not for code patterns."));
        }
        // Only a Go program whose manifest names no web framework needs its code read for a server.
        if (_servesGoHttp == 1 && !frameworks.Any(f => Frameworks.StackOf(f) == "go"))
        {
            frameworks = frameworks.Add(GoHttpServer.Framework);
        }
        return new FactSet
        {
            FileCount = _files,
            RootFiles = _rootFiles,
            Lockfiles = [.. _lockfiles.Order(StringComparer.Ordinal)],
            FileMatches = _globs.ToMatches(),
            Dependencies = [.. dependencies.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line)],
            Frameworks = frameworks,
            Languages =
            [
                .. Enum.GetValues<Language>().Where(l => _filesByLanguage[(int)l] > 0)
                    .Select(l => (l, _filesByLanguage[(int)l]))
                    .OrderByDescending(p => p.Item2).ThenBy(p => p.l),
            ],
            ScannedLanguages = [.. _scanned.Keys.Where(activeLanguages.Contains)],
            Hits =
            [
                .. WithoutCheckedElsewhere(active, _hits.Where(h => activeIds.Contains((h.ControlId, h.PatternId)) && (!h.Waits || stands is null || stands(h)))
                    .Where(h => !servedBy.TryGetValue((h.ControlId, h.PatternId), out var servers) || !launches.LeavesOut(h.Location.File, servers, h.UnderMainGuard, imported))
                    .Where(h => browser is null || !browserOnly.Contains((h.ControlId, h.PatternId))
                        || !(browser.Holds(h.Location.File) || browserModules?.Contains(h.Location.File) == true))
                    .Where(h => !replaceable.Contains((h.ControlId, h.PatternId)) || !replaced.Replaces(h.Location.File, h.Location.Column, h.Snippet))
                    .Where(h => !(h.InGraphqlView && readOnlyGraphql))
                    .Where(h => testModules is null || !_onlyTestsScript.Contains((h.ControlId, h.PatternId)) || !testModules.Contains(h.Location.File))
                    .Where(h => !getOnly.Contains((h.ControlId, h.PatternId)) || !RailsRoutes.OnlyGet(h.Location.File, routes, unreadRoutes, parents))
                    .Select(h => h.Waits ? h with { ReachedThrough = null, Questions = null, ForwardedFrom = null, ScriptCallers = null, GoCallers = null, PythonHelpers = null } : h))
                    .OrderBy(h => h.Location.File, StringComparer.Ordinal).ThenBy(h => h.Location.Line).ThenBy(h => h.ControlId, StringComparer.Ordinal),
            ],
            Secrets = [.. _secrets.OrderBy(s => s.Location.File, StringComparer.Ordinal).ThenBy(s => s.Location.Line)],
            DetectedHandles = DetectHandles(dependencies),
            // Notes arrive from every thread: a total order keeps two notes on one path in the same order every run, and
            // of two of one kind on one path (two readings that failed on one file) the same one every run.
            Notes = [.. _notes.OrderBy(n => n.Path, StringComparer.Ordinal).ThenBy(n => n.Kind, StringComparer.Ordinal).ThenBy(n => n.Message, StringComparer.Ordinal).DistinctBy(n => (n.Path, n.Kind))],
            InlineSuppressions = [.. _suppressions.OrderBy(x => x.Where.File, StringComparer.Ordinal).ThenBy(x => x.Where.Line)],
        };
    }

    /// <summary>
    /// The hits less those of a pattern whose <c>unlessPattern</c> names another of its control's patterns that has a
    /// hit among them: the check the place may rely on is in the code somewhere.
    /// </summary>
    private static List<CodeHit> WithoutCheckedElsewhere(IEnumerable<CodePattern> active, IEnumerable<CodeHit> hits)
    {
        var kept = hits.ToList();
        var unless = active.Where(p => p.UnlessPattern.Length > 0).ToDictionary(p => (p.ControlId, p.Id), p => p.UnlessPattern);
        if (unless.Count == 0)
        {
            return kept;
        }
        var found = kept.Select(h => (h.ControlId, h.PatternId)).ToHashSet();
        return kept.FindAll(h => !unless.TryGetValue((h.ControlId, h.PatternId), out var others) || !others.Any(o => found.Contains((h.ControlId, o))));
    }

    /// <summary>The manifests' dependencies and frameworks, in the order of their files' paths.</summary>
    private (List<Dependency> Dependencies, ImmutableSortedSet<string> Frameworks) CombineManifests()
    {
        var dependencies = new List<Dependency>();
        var frameworks = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, result) in _manifests.OrderBy(m => m.Path, StringComparer.Ordinal))
        {
            dependencies.AddRange(result.Dependencies);
            frameworks.UnionWith(result.Frameworks);
            if (result.Note is not null)
            {
                _notes.Add(result.Note);
            }
        }
        var catalogs = _manifests.Where(m => m.Result.Catalog is not null).Select(m => (m.Path, m.Result.Catalog!)).ToList();
        if (catalogs.Count > 0)
        {
            dependencies.AddRange(GradleCatalogs.Resolve([.. _manifests.SelectMany(m => m.Result.CatalogReferences)], catalogs));
        }
        frameworks.UnionWith(dependencies.Select(Frameworks.FromDependency).OfType<string>());
        return (dependencies, frameworks.ToImmutableSortedSet(StringComparer.Ordinal));
    }

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
