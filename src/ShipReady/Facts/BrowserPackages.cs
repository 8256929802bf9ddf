using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// The npm packages of a repository that are built for the browser alone: a single-page front end beside its API
/// (<c>apps/client</c> with Vite and React, <c>frontend/</c> with Angular). A script file belongs to the package whose
/// package.json is nearest above it.
/// </summary>
/// <remarks>
/// A package counts when it names a bundler or a front-end framework in any section and no server: none of the web
/// frameworks <see cref="Frameworks"/> knows, nor a package that serves pages or runs the code in Node itself
/// (Electron, an SSR adapter, a server-functions framework). Next.js, Remix, SvelteKit and Nuxt packages run code on
/// the server, so they never count.
/// </remarks>
public sealed class BrowserPackages
{
    private static readonly HashSet<string> BrowserSigns = new(StringComparer.OrdinalIgnoreCase)
    {
        "vite", "react-scripts", "react-dom", "@angular/core", "@angular/cli", "vue", "svelte", "preact", "solid-js",
        "@vitejs/plugin-react", "@vitejs/plugin-react-swc", "@vitejs/plugin-vue", "parcel", "webpack-dev-server",
    };

    private static readonly HashSet<string> ServerSigns = new(StringComparer.OrdinalIgnoreCase)
    {
        "electron", "astro", "@astrojs/node", "h3", "nitropack", "@trpc/server", "@apollo/server", "apollo-server",
        "restify", "@remix-run/express", "@react-router/serve", "vike", "vite-plugin-ssr", "@solidjs/start",
        "@tanstack/react-start", "@tanstack/start", "@builder.io/qwik-city", "@angular/ssr", "@nguniversal/express-engine",
        "@vercel/node", "@netlify/functions", "wrangler", "@cloudflare/workers-types", "firebase-functions",
    };

    /// <summary>Packages that render React components: only their modules can be imported by one.</summary>
    private static readonly HashSet<string> ReactSigns = new(StringComparer.OrdinalIgnoreCase) { "react", "react-dom", "next", "preact" };

    /// <summary>The folders of every package.json, of those built for the browser alone, and of those that use React.</summary>
    private readonly HashSet<string> _packages;
    private readonly HashSet<string> _browserOnly;
    private readonly HashSet<string> _react;

    private BrowserPackages(HashSet<string> packages, HashSet<string> browserOnly, HashSet<string> react, Dictionary<string, string> workspaces) =>
        (_packages, _browserOnly, _react, Workspaces) = (packages, browserOnly, react, workspaces);

    /// <summary>
    /// The folders of the repository's packages by the name their package.json gives, where one name is given once: what
    /// an importer in another package of the workspace writes (<see cref="Code.ScriptImports.Names"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Workspaces { get; }

    /// <summary>From every package.json's dependencies and name, read in the walk, by the manifest's path.</summary>
    public static BrowserPackages From(IEnumerable<(string Path, IReadOnlyList<Dependency> Dependencies, string? Name)> manifests)
    {
        var browserOnly = new HashSet<string>(StringComparer.Ordinal);
        var packages = new HashSet<string>(StringComparer.Ordinal);
        var react = new HashSet<string>(StringComparer.Ordinal);
        var named = new List<(string Name, string Folder)>();
        var dependedOn = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (path, dependencies, name) in manifests)
        {
            if (!path.EndsWith("package.json", StringComparison.Ordinal) || (path.Length > 12 && path[^13] != '/'))
            {
                continue;
            }
            var folder = Folder(path);
            packages.Add(folder);
            if (name is not null)
            {
                named.Add((name, folder));
            }
            var npm = dependencies.Where(d => d.Ecosystem == "npm").ToList();
            if (npm.Any(d => ReactSigns.Contains(d.Name)))
            {
                react.Add(folder);
            }
            foreach (var dependency in npm)
            {
                (dependedOn.TryGetValue(dependency.Name, out var by) ? by : dependedOn[dependency.Name] = []).Add(folder);
            }
            // A bundler is a development tool, so any section counts; so does a server in any section, since the package may
            // deploy a server.js that needs it at run time as much as a mock API that does not.
            if (npm.Any(d => BrowserSigns.Contains(d.Name))
                && !npm.Any(d => ServerSigns.Contains(d.Name) || Frameworks.FromDependency(d with { Development = false, Transitive = false }) is not null))
            {
                browserOnly.Add(folder);
            }
        }
        // Two package.json files of one name (a template, a copy under examples/) name no one folder.
        var workspaces = named.GroupBy(n => n.Name, StringComparer.Ordinal).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Folder, StringComparer.Ordinal);
        // A workspace package a React package depends on holds modules its components may import, though it names no React itself.
        foreach (var (name, folder) in workspaces)
        {
            if (dependedOn.TryGetValue(name, out var by) && by.Any(react.Contains))
            {
                react.Add(folder);
            }
        }
        return new BrowserPackages(packages, browserOnly, react, workspaces);
    }

    /// <summary>Whether the file's nearest package.json is a browser-only package's.</summary>
    public bool Holds(string file) => Nearest(file) is { } folder && _browserOnly.Contains(folder);

    /// <summary>
    /// Whether the file's nearest package.json names React (or Next.js, Preact), or is a workspace package that one naming
    /// it depends on: a component may import the file.
    /// </summary>
    public bool UsesReact(string file) => Nearest(file) is { } folder && _react.Contains(folder);

    /// <summary>The folder of the package.json nearest above the file; null when there is none.</summary>
    private string? Nearest(string file)
    {
        for (var folder = Folder(file); ; folder = Folder(folder))
        {
            if (_packages.Contains(folder))
            {
                return folder;
            }
            if (folder.Length == 0)
            {
                return null;
            }
        }
    }

    /// <summary>The folder a path is in, "" at the root.</summary>
    private static string Folder(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";
}
