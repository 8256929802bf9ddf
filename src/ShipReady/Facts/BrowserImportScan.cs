using System.Buffers;
using System.Collections.Concurrent;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// A second walk, made only when a pattern that browser code clears has hits in a script module the first walk could
/// not place (no <c>"use client"</c>, no component around the hit): it reads the script files that import one of those
/// modules and tells whether every use of what they import runs in the page. A Pages Router helper that only
/// components call (<c>lib/files/put-file.ts</c>, imported by upload dialogs) is the browser's code, as the components are.
/// </summary>
/// <remarks>
/// A module counts as the browser's when some file imports it and every importer is a <c>"use client"</c> module, a
/// file of a package built for the browser alone (<see cref="BrowserPackages"/>), or uses each name it imports only
/// inside a React component or hook (<see cref="ReactComponents.Encloses"/>). A name the module exports only as a type
/// (<c>export type Announcement = …</c>) is no call wherever it is used, and an importer that takes only types is no
/// caller: TypeScript erases both. One use outside (a <c>getServerSideProps</c>, an API route, a server action), a
/// re-export, a dynamic import or a <c>require</c>, an import through an alias the scan cannot resolve that ends with
/// the module's name, or an importer that is markup the scan does not read as code keeps the module's hits. A module
/// the server runs whoever imports it is never cleared: one marked <c>"use server"</c>, a framework's entry point
/// (<see cref="EntryPath"/>: a route handler, an App Router page or layout, middleware, a <c>*.server.*</c> file, an
/// <c>api/</c> or functions folder), one exporting what a framework calls on the server by name (<see cref="EntryExport"/>:
/// <c>GET</c>, <c>getServerSideProps</c>, a <c>loader</c>, a <c>handler</c>), or a default function in a file a
/// framework loads by its path (<see cref="DefaultLoadedPath"/>: a <c>pages/</c> or <c>routes/</c> folder, an App
/// Router metadata file). Elsewhere a default export is a helper's, reached only through its importers. Nor is an index
/// module, which importers may name as <c>.</c>. Tests' imports are not read: they run the module in neither place.
/// </remarks>
internal sealed partial class BrowserImportScan : IWalkVisitor
{
    private readonly FileReader _reader;
    private readonly Action<ScanNote> _failed;
    private readonly HashSet<string> _modules;
    /// <summary>The modules by the name an importer writes last (<see cref="ScriptImports.Stem"/>).</summary>
    private readonly Dictionary<string, string[]> _byStem;
    private readonly SearchValues<string> _stems;
    /// <summary>For each module, what each importer seen takes from it and where it uses it.</summary>
    private readonly ConcurrentDictionary<string, ConcurrentBag<Importer>> _importers = new(StringComparer.Ordinal);
    /// <summary>For each module read, the names it exports only as types.</summary>
    private readonly ConcurrentDictionary<string, HashSet<string>> _types = new(StringComparer.Ordinal);
    private readonly BrowserPackages? _packages;

    /// <summary>
    /// One importer of a module. <see cref="Kept"/>: it keeps the module's hits whatever the module exports (a re-export,
    /// a dynamic import, an alias not resolved, markup). Otherwise the names it imports, by the module's names for them,
    /// and those of them it uses outside a component or hook.
    /// </summary>
    private sealed record Importer(bool Kept, IReadOnlyList<string> Exported, IReadOnlyList<string> Outside);
    /// <summary>Modules that run on the server whoever imports them: a <c>"use server"</c> module, a framework's entry point.</summary>
    private readonly ConcurrentDictionary<string, byte> _server = new(StringComparer.Ordinal);

    /// <summary>
    /// Files a framework loads itself, on the server, rather than a component importing them: a route handler, a page or
    /// layout of the App Router, middleware, a <c>*.server.*</c> module, anything under an <c>api/</c> folder (Next.js's
    /// <c>pages/api/</c>, Vercel's functions) or a functions folder (Netlify's).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(^|/)(route|page|layout|middleware|server|instrumentation)\.[cm]?[jt]sx?$|\.server\.[cm]?[jt]sx?$|(^|/)(api|functions|netlify|edge-functions)/")]
    internal static partial System.Text.RegularExpressions.Regex EntryPath();

    /// <summary>
    /// What a module exports for a framework to call on the server: a route method, a page's data loader, a Remix loader
    /// or action, a function's <c>handler</c>. A default export is one only where a framework loads the file by its path
    /// (<see cref="DefaultLoadedPath"/>).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bexport\s+(async\s+)?(function\s*\*?\s*|(const|let|var)\s+)(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|getServerSideProps|getStaticProps|getStaticPaths|getInitialProps|loader|action|generateMetadata|handler)\b")]
    internal static partial System.Text.RegularExpressions.Regex EntryExport();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bexport\s+default\s+(async\s+)?function\b")]
    internal static partial System.Text.RegularExpressions.Regex DefaultFunction();

    /// <summary>
    /// Files whose default export a framework calls itself, found by their path: a page (Next.js's Pages Router, Astro,
    /// Nuxt), a route module (Remix, React Router, SolidStart, TanStack, Fresh, Qwik), an App Router metadata route, error
    /// or loading file (a sitemap or Open Graph image is rendered on the server). A default function elsewhere is a
    /// helper's or a component's, run where its importers call it.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(^|/)(pages|routes)/|(^|/)app/(.*/)?(sitemap|robots|manifest|icon|apple-icon|opengraph-image|twitter-image|not-found|global-error|error|loading|template|default)\.[cm]?[jt]sx?$")]
    private static partial System.Text.RegularExpressions.Regex DefaultLoadedPath();

    /// <summary>Files that hold script the scan does not read as code: an import there is not judged.</summary>
    private static readonly string[] MarkupExtensions = [".vue", ".svelte", ".astro", ".html", ".htm", ".mdx"];

    /// <param name="modules">The script modules asked about, by path.</param>
    /// <param name="failed">Told of a file this walk failed to read.</param>
    /// <param name="packages">
    /// The repository's npm packages: an importer in one built for the browser alone is the page's code, and an importer
    /// may name a module by its package's name (<see cref="BrowserPackages.Workspaces"/>).
    /// </param>
    public BrowserImportScan(IReadOnlySet<string> modules, FileReader reader, Action<ScanNote> failed, BrowserPackages? packages = null)
    {
        _reader = reader;
        _failed = failed;
        _packages = packages;
        // An index module is imported by its folder's name, or as `.` or `..`, which no search for a name finds: its
        // importers cannot all be read, so it is not asked about.
        _modules = modules.Where(m => !EntryPath().IsMatch(m) && !Path.GetFileNameWithoutExtension(m).Equals("index", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        _byStem = _modules.GroupBy(ScriptImports.Stem, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        // An importer writes the name after a slash or a quote (`"@/lib/files/put-file"`, `'./put-file'`): a file that only
        // mentions the word is not read.
        _stems = SearchValues.Create([.. _byStem.Keys.SelectMany(k => (string[])["/" + k, "\"" + k, "'" + k, "`" + k])], StringComparison.Ordinal);
    }

    /// <summary>The modules only the browser's code imports.</summary>
    public IReadOnlySet<string> BrowserModules =>
        _importers.Where(m => !_server.ContainsKey(m.Key) && InPageOnly(m.Key, m.Value)).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether some importer calls into the module and every one that does uses it in the page only. Names the module
    /// exports only as types are neither calls nor uses outside; a module not read has none.
    /// </summary>
    private bool InPageOnly(string module, IEnumerable<Importer> importers)
    {
        var types = _types.TryGetValue(module, out var known) ? known : [];
        var callers = 0;
        foreach (var importer in importers)
        {
            if (importer.Kept)
            {
                return false;
            }
            if (importer.Exported.Count > 0 && importer.Exported.All(types.Contains))
            {
                continue;
            }
            if (importer.Outside.Any(name => !types.Contains(name)))
            {
                return false;
            }
            callers++;
        }
        return callers > 0;
    }

    /// <summary>The first walk noted what could not be read.</summary>
    public void Note(ScanNote note)
    {
    }

    public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files) =>
        FileRuns.Of([.. files.Where(f => (f.Language is Language.JavaScript or Language.TypeScript || IsMarkup(f.Path)) && !FileRoles.IsForTests(f.Path))],
            "the importers of a module browser code may hold", Read, _failed);

    private static bool IsMarkup(string path) => MarkupExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private void Read(SourceFile file)
    {
        using var text = _reader.ReadPooled(file, out _);
        if (text is null)
        {
            return;
        }
        var module = _modules.Contains(file.Path);
        if (!module && !text.Span.ContainsAny(_stems))
        {
            return;
        }
        var language = file.Language is Language.JavaScript or Language.TypeScript ? file.Language.Value : Language.TypeScript;
        using var masked = CodeMasker.Mask(text.Memory, language);
        if (module)
        {
            if (ReactComponents.ServerModule(masked) || EntryExport().IsMatch(masked.Code)
                || (DefaultLoadedPath().IsMatch(file.Path) && DefaultFunction().IsMatch(masked.Code)))
            {
                _server.TryAdd(file.Path, 0);
            }
            _types.TryAdd(file.Path, ScriptExports.TypesOnly(masked));
        }
        var markup = file.Language is not (Language.JavaScript or Language.TypeScript);
        // A "use client" module, or any file of a package built for the browser alone, runs in the page wherever it calls.
        var client = !markup && (ReactComponents.ClientModule(masked) || _packages?.Holds(file.Path) == true);
        bool? hooks = null;
        foreach (var import in ScriptImports.Of(masked.CodeAndStrings))
        {
            if (import.Kind == ScriptImports.ImportKind.TypeOnly || !_byStem.TryGetValue(ScriptImports.Stem(import.Specifier), out var named))
            {
                continue;
            }
            foreach (var target in named)
            {
                if (target != file.Path && ScriptImports.Names(file.Path, import.Specifier, target, _packages?.Workspaces) is var resolution and not ScriptImports.Resolution.No)
                {
                    _importers.GetOrAdd(target, _ => []).Add(resolution != ScriptImports.Resolution.Yes || markup || import.Kind != ScriptImports.ImportKind.Names
                        ? new Importer(true, [], [])
                        : client ? new Importer(false, import.Exported, [])
                        : (hooks ??= ReactComponents.CallsHooks(masked)) ? new Importer(false, import.Exported, UsedOutsideThePage(masked, import))
                        // No place in a file that calls no hook is inside a component: every name it takes is used outside.
                        : new Importer(import.Exported.Count == 0, import.Exported, import.Exported));
                }
            }
        }
    }

    /// <summary>
    /// The imported names, by the module's names for them, with a use other than the import itself outside a React
    /// component or hook, in a file that calls hooks.
    /// </summary>
    private static List<string> UsedOutsideThePage(MaskedSource masked, ScriptImports.Import import)
    {
        var outside = new List<string>();
        for (var i = 0; i < import.Names.Count; i++)
        {
            var imports = 0;
            foreach (var use in ScriptFunctions.Uses(masked.Code, import.Names[i]))
            {
                // The import itself is one; a second is the name exported on (`export { putFile }`), for others to use.
                if (use.Kind == ScriptFunctions.UseKind.ImportOrExport ? ++imports > 1 : !ReactComponents.Encloses(masked, use.Index))
                {
                    outside.Add(import.Exported[i]);
                    break;
                }
            }
        }
        return outside;
    }
}
