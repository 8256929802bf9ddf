using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// A second walk, made only when a JavaScript or TypeScript pattern with <see cref="CodePattern.UnlessOnlyTestsCall"/>
/// has hits: it reads the files that may use the modules holding them and tells which modules only the tests use. A
/// shared mock user (<c>lib/mock-data.ts</c>, imported by two <c>*.test.ts</c> files) never runs in production.
/// </summary>
/// <remarks>
/// A module counts as the tests' when some test imports it and nothing else may use it: no other file imports it
/// (a re-export, a dynamic import, a <c>require</c> or an alias that ends with its name all count), no other file
/// writes one of the names it exports (an auto-import, or an alias the scan cannot resolve), and no launch file or
/// manifest (<c>package.json</c>, a Dockerfile, a Procfile, a shell script, a compose or CI file) names its file. A
/// test is a file the patterns skip that is part of the test suite or a test double (<see cref="FileRoles"/>); a
/// generated file they skip is the product's. Which modules are asked about is decided by the first walk
/// (<see cref="TreeScan.ScriptModulesOnlyTestsMayImport"/>): never an entry point a framework loads by itself, an
/// index module, or one whose exports cannot all be named.
/// </remarks>
internal sealed class TestImportScan : IWalkVisitor
{
    private readonly FileReader _reader;
    private readonly Action<ScanNote> _failed;
    private readonly IReadOnlyDictionary<string, (ImmutableArray<string> Names, IReadOnlyList<CodePattern> Patterns)> _modules;
    private readonly Dictionary<string, string[]> _byStem;
    private readonly SearchValues<string> _words;
    private readonly ConcurrentDictionary<string, byte> _testImported = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _usedElsewhere = new(StringComparer.Ordinal);

    /// <summary>Files that hold script the scan does not read as code: an import or a name there is a use.</summary>
    private static readonly string[] MarkupExtensions = [".vue", ".svelte", ".astro", ".html", ".htm", ".mdx", ".ejs", ".hbs"];

    private static readonly string[] ScriptExtensions = [".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts"];

    /// <param name="modules">The script modules asked about, by path, with the names each exports and the patterns of its hits.</param>
    /// <param name="failed">Told of a file this walk failed to read.</param>
    public TestImportScan(
        IReadOnlyDictionary<string, (ImmutableArray<string> Names, IReadOnlyList<CodePattern> Patterns)> modules, FileReader reader, Action<ScanNote> failed)
    {
        _reader = reader;
        _failed = failed;
        _modules = modules;
        _byStem = modules.Keys.GroupBy(ScriptImports.Stem, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _words = SearchValues.Create([.. _byStem.Keys.Concat(modules.Values.SelectMany(m => m.Names)).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>The modules some test imports and nothing else uses.</summary>
    public IReadOnlySet<string> OnlyTestsImport =>
        _testImported.Keys.Where(m => !_usedElsewhere.ContainsKey(m)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The first walk noted what could not be read.</summary>
    public void Note(ScanNote note)
    {
    }

    public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files) =>
        FileRuns.Of([.. files.Where(f => IsScript(f.Path) || IsMarkup(f.Path) || IsLaunch(f.Path))], "the files that may use a module only tests import", Read, _failed);

    private static bool IsScript(string path) => ScriptExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static bool IsMarkup(string path) => MarkupExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Files that may run a script by its name: manifests, launch files, shell scripts, compose and CI files.</summary>
    private static bool IsLaunch(string path)
    {
        var name = Path.GetFileName(path);
        return name is "package.json" or "Procfile" || name.StartsWith("Dockerfile", StringComparison.Ordinal)
            || name.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".sh", StringComparison.Ordinal)
            || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
    }

    private void Read(SourceFile file)
    {
        using var text = _reader.ReadPooled(file, out _);
        if (text is null || !text.Span.ContainsAny(_words))
        {
            return;
        }
        if (!IsScript(file.Path) && !IsMarkup(file.Path))
        {
            // A launch file runs a module by its path, built (`node dist/seed.js`) or not (`tsx scripts/seed.ts`).
            foreach (var module in _modules.Keys.Where(m => text.Span.Contains(ScriptImports.Stem(m) + ".", StringComparison.Ordinal)))
            {
                _usedElsewhere.TryAdd(module, 0);
            }
            return;
        }
        var language = file.Language is Language.JavaScript or Language.TypeScript ? file.Language.Value : Language.TypeScript;
        using var masked = CodeMasker.Mask(text.Memory, language);
        var imports = ScriptImports.Of(masked.CodeAndStrings);
        foreach (var (module, (names, patterns)) in _modules)
        {
            if (module == file.Path)
            {
                continue;
            }
            var test = patterns.All(p => p.SkipsPath(file.Path)) && (FileRoles.IsForTests(file.Path) || FileRoles.IsTestDouble(file.Path));
            var resolutions = imports.Where(i => i.Kind != ScriptImports.ImportKind.TypeOnly && _byStem.ContainsKey(ScriptImports.Stem(i.Specifier)))
                .Select(i => ScriptImports.Names(file.Path, i.Specifier, module))
                .Where(r => r != ScriptImports.Resolution.No)
                .ToList();
            if (test)
            {
                if (resolutions.Contains(ScriptImports.Resolution.Yes))
                {
                    _testImported.TryAdd(module, 0);
                }
            }
            else if (resolutions.Count > 0 || ScriptExports.Mentions(masked.Code, names))
            {
                _usedElsewhere.TryAdd(module, 0);
            }
        }
    }
}
