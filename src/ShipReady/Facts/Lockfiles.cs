using System.Collections.Frozen;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// Which lockfile pins the packages of which manifest. Each package manager locks its own manifest: a Laravel
/// app's <c>package-lock.json</c> pins its front end's packages, not the PHP ones <c>composer.json</c> declares.
/// </summary>
/// <remarks>
/// Go and Maven/Gradle are not here: go.mod and a Maven POM name exact versions, so two builds of one commit
/// already get the same packages (Gradle's optional lockfiles are rarely used, and a range there is rare too).
/// </remarks>
public static class Lockfiles
{
    /// <summary>A package manager's lockfile names, and whether one in a parent folder locks it (a workspace's root lock).</summary>
    private sealed record Kind(string Ecosystem, string[] Names, bool Workspaces);

    private static readonly Kind[] Kinds =
    [
        new("npm", ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock"], Workspaces: true),
        new("pypi", ["poetry.lock", "Pipfile.lock", "uv.lock", "pdm.lock"], Workspaces: true),
        // NuGet locks each project in its own folder.
        new("nuget", ["packages.lock.json"], Workspaces: false),
        new("composer", ["composer.lock"], Workspaces: false),
        new("gem", ["Gemfile.lock", "gems.locked"], Workspaces: false),
    ];

    private static readonly FrozenDictionary<string, Kind> ByName =
        Kinds.SelectMany(k => k.Names.Select(n => (Name: n, Kind: k))).ToFrozenDictionary(x => x.Name, x => x.Kind, StringComparer.Ordinal);

    /// <summary>Asked of every file of the walk: its name is looked up as a slice of its path, not cut out of it.</summary>
    private static readonly FrozenDictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> ByNameSpan = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, Kind> ByEcosystem = Kinds.ToFrozenDictionary(k => k.Ecosystem, StringComparer.Ordinal);

    /// <summary>Folders of code that is shown, not shipped, and of documentation sites: their installs are not the product's.</summary>
    private static readonly FrozenSet<string> NotShipped = new[]
    {
        "example", "examples", "sample", "samples", "demo", "demos", "fixture", "fixtures", "doc", "docs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a file's name is a lockfile of one of the package managers here.</summary>
    public static bool IsLockfile(string path) => ByNameSpan.ContainsKey(Path.GetFileName(path.AsSpan()));

    /// <summary>The lockfile names that would pin a manifest, for what a finding names.</summary>
    public static IReadOnlyList<string> NamesFor(string ecosystem, string manifest) =>
        ecosystem == "pypi" ? PythonLocks(manifest) : ByEcosystem.TryGetValue(ecosystem, out var kind) ? kind.Names : [];

    /// <summary>
    /// Whether a dependency's manifest is one a lockfile would pin: a package manager's manifest outside tests,
    /// samples and documentation, naming a package rather than the platform (<c>"php": "^8.2"</c>, <c>ext-json</c>). A .NET project
    /// counts only for a floating version (<c>8.0.*</c>): NuGet otherwise takes the lowest version a reference
    /// allows, so two restores agree. A pip requirements file counts unless it is for development.
    /// </summary>
    public static bool NeedsLock(Dependency dependency)
    {
        if (dependency.Transitive || !ByEcosystem.ContainsKey(dependency.Ecosystem))
        {
            return false;
        }
        var path = dependency.Location.File;
        var name = Path.GetFileName(path);
        var manifest = dependency.Ecosystem switch
        {
            "pypi" => name is "pyproject.toml" or "Pipfile" || (IsRequirements(path) && !dependency.Development),
            "nuget" => (name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase))
                && dependency.Version?.Contains('*') == true,
            "composer" => dependency.Name.Contains('/'),
            _ => true,
        };
        return manifest && !FileRoles.IsForTests(path) && !path.Split('/')[..^1].Any(NotShipped.Contains);
    }

    /// <summary>
    /// pip requirements files that pin every package to one version (<c>Django==5.1.4</c>), as pip-compile and
    /// <c>pip freeze</c> write them, each with the names it pins: such a file is its own lock, and the lock of a
    /// manifest beside it whose every package it names.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> PinnedRequirements(IEnumerable<Dependency> dependencies) =>
        dependencies
            .Where(d => d.Ecosystem == "pypi" && !d.Transitive && !d.Development && IsRequirements(d.Location.File))
            .GroupBy(d => d.Location.File, StringComparer.Ordinal)
            .Where(g => g.All(IsPinned))
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(d => PythonName(d.Name)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Whether a pip requirement names one version: <c>==5.1.4</c>, not <c>==5.*</c> or <c>==5.1,!=5.1.2</c>.</summary>
    public static bool IsPinned(Dependency requirement) =>
        requirement.Version is { } v && v.StartsWith("==", StringComparison.Ordinal) && !v.Contains('*') && !v.Contains(',');

    /// <summary>A Python package's name as pip compares it: <c>Flask_Login</c> and <c>flask-login</c> are one package.</summary>
    private static string PythonName(string name) => name.ToLowerInvariant().Replace('_', '-').Replace('.', '-');

    /// <summary>
    /// The lockfile names that pin a Python manifest: Pipenv's for a Pipfile, Poetry's, uv's or PDM's for a
    /// pyproject.toml, and none for a requirements file, which only pins itself.
    /// </summary>
    private static string[] PythonLocks(string manifest) => Path.GetFileName(manifest) switch
    {
        "Pipfile" => ["Pipfile.lock"],
        "pyproject.toml" => ["poetry.lock", "uv.lock", "pdm.lock"],
        _ => [],
    };

    /// <summary>
    /// The file among <paramref name="lockfiles"/> and <paramref name="pinnedRequirements"/> that pins the
    /// <paramref name="packages"/> <paramref name="manifest"/> declares, if any.
    /// </summary>
    public static string? LockOf(string ecosystem, string manifest, IEnumerable<string> packages, IReadOnlySet<string> lockfiles,
        IReadOnlyDictionary<string, IReadOnlySet<string>> pinnedRequirements)
    {
        if (!ByEcosystem.TryGetValue(ecosystem, out var kind))
        {
            return null;
        }
        if (pinnedRequirements.ContainsKey(manifest))
        {
            return manifest;
        }
        var names = ecosystem == "pypi" ? PythonLocks(manifest) : kind.Names;
        var wanted = ecosystem == "pypi" ? packages.Select(PythonName).ToList() : [];
        var folder = Folder(manifest);
        while (true)
        {
            foreach (var name in names)
            {
                var candidate = Join(folder, name);
                if (lockfiles.Contains(candidate))
                {
                    return candidate;
                }
            }
            if (Path.GetFileName(manifest) == "pyproject.toml"
                && pinnedRequirements
                    .Where(r => (Folder(r.Key) == folder || Folder(r.Key) == Join(folder, "requirements")) && wanted.All(r.Value.Contains))
                    .Select(r => r.Key).Order(StringComparer.Ordinal).FirstOrDefault() is { } pinned)
            {
                return pinned;
            }
            if (!kind.Workspaces || folder.Length == 0)
            {
                return null;
            }
            folder = Folder(folder);
        }
    }

    /// <summary>The files <see cref="Manifests.RequirementsReader"/> reads.</summary>
    public static bool IsRequirements(string path) => Requirements.Reads(path);

    private static readonly Manifests.RequirementsReader Requirements = new();

    private static string Join(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";

    private static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }
}
