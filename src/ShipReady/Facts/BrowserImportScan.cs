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
/// A module counts as the browser's when some file imports it and every importer is a <c>"use client"</c> module or
/// uses each name it imports only inside a React component or hook (<see cref="ReactComponents.Encloses"/>). One use
/// outside (a <c>getServerSideProps</c>, an API route, a server action), a re-export, a dynamic import or a
/// <c>require</c>, an import through an alias the scan cannot resolve that ends with the module's name, or an
/// importer that is markup the scan does not read as code keeps the module's hits. A module the server runs whoever
/// imports it is never cleared: one marked <c>"use server"</c>, a framework's entry point (<see cref="EntryPath"/>: a
/// route handler, an App Router page or layout, middleware, a <c>*.server.*</c> file, an <c>api/</c> or functions
/// folder) or one exporting what a framework calls on the server (<see cref="EntryExport"/>: <c>GET</c>,
/// <c>getServerSideProps</c>, a <c>loader</c>, a <c>handler</c>, a default function). Nor is an index module, which
/// importers may name as <c>.</c>. Tests' imports are not read: they run the module in neither place.
/// </remarks>
internal sealed partial class BrowserImportScan : IWalkVisitor
{
    private readonly FileReader _reader;
    private readonly Action<ScanNote> _failed;
    private readonly HashSet<string> _modules;
    /// <summary>The modules by the name an importer writes last (<see cref="ScriptImports.Stem"/>).</summary>
    private readonly Dictionary<string, string[]> _byStem;
    private readonly SearchValues<string> _stems;
    /// <summary>For each module, whether each importer seen uses it in the page only.</summary>
    private readonly ConcurrentDictionary<string, ConcurrentBag<bool>> _importers = new(StringComparer.Ordinal);
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
    /// or action, a function's <c>handler</c>, a default export that is a function (a handler, or a component, whose
    /// module is then not a helper).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bexport\s+(async\s+)?(function\s*\*?\s*|(const|let|var)\s+)(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|getServerSideProps|getStaticProps|getStaticPaths|getInitialProps|loader|action|generateMetadata|handler)\b|\bexport\s+default\s+(async\s+)?function\b")]
    internal static partial System.Text.RegularExpressions.Regex EntryExport();

    /// <summary>Files that hold script the scan does not read as code: an import there is not judged.</summary>
    private static readonly string[] MarkupExtensions = [".vue", ".svelte", ".astro", ".html", ".htm", ".mdx"];

    /// <param name="modules">The script modules asked about, by path.</param>
    /// <param name="failed">Told of a file this walk failed to read.</param>
    public BrowserImportScan(IReadOnlySet<string> modules, FileReader reader, Action<ScanNote> failed)
    {
        _reader = reader;
        _failed = failed;
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
        _importers.Where(m => !_server.ContainsKey(m.Key) && !m.Value.IsEmpty && m.Value.All(inPage => inPage)).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);

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
        if (module && (ReactComponents.ServerModule(masked) || EntryExport().IsMatch(masked.Code)))
        {
            _server.TryAdd(file.Path, 0);
        }
        var markup = file.Language is not (Language.JavaScript or Language.TypeScript);
        var client = !markup && ReactComponents.ClientModule(masked);
        foreach (var import in ScriptImports.Of(masked.CodeAndStrings))
        {
            if (import.Kind == ScriptImports.ImportKind.TypeOnly || !_byStem.TryGetValue(ScriptImports.Stem(import.Specifier), out var named))
            {
                continue;
            }
            foreach (var target in named)
            {
                if (target != file.Path && ScriptImports.Names(file.Path, import.Specifier, target) is var resolution and not ScriptImports.Resolution.No)
                {
                    _importers.GetOrAdd(target, _ => []).Add(resolution == ScriptImports.Resolution.Yes && !markup
                        && import.Kind == ScriptImports.ImportKind.Names && (client || UsedInPageOnly(masked, import.Names)));
                }
            }
        }
    }

    /// <summary>Whether every use of each imported name, other than the import itself, is inside a React component or hook.</summary>
    private static bool UsedInPageOnly(MaskedSource masked, IReadOnlyList<string> names)
    {
        if (!ReactComponents.CallsHooks(masked))
        {
            return false;
        }
        foreach (var name in names)
        {
            var imports = 0;
            foreach (var use in ScriptFunctions.Uses(masked.Code, name))
            {
                // The import itself is one; a second is the name exported on (`export { putFile }`), for others to use.
                if (use.Kind == ScriptFunctions.UseKind.ImportOrExport ? ++imports > 1 : !ReactComponents.Encloses(masked, use.Index))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
