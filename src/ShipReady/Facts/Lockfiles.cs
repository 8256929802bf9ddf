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

    private static readonly FrozenDictionary<string, Kind> ByEcosystem = Kinds.ToFrozenDictionary(k => k.Ecosystem, StringComparer.Ordinal);

    /// <summary>Folders of code that is shown, not shipped, and of documentation sites: their installs are not the product's.</summary>
    private static readonly FrozenSet<string> NotShipped = new[]
    {
        "example", "examples", "sample", "samples", "demo", "demos", "fixture", "fixtures", "doc", "docs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a file's name is a lockfile of one of the package managers here.</summary>
    public static bool IsLockfile(string path) => ByName.ContainsKey(Path.GetFileName(path));

    /// <summary>The lockfile names of an ecosystem, for what a fix names.</summary>
    public static IReadOnlyList<string> NamesFor(string ecosystem) => ByEcosystem.TryGetValue(ecosystem, out var kind) ? kind.Names : [];

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
    /// <c>pip freeze</c> write them: such a file is the lock of its folder's Python packages, and its own.
    /// </summary>
    public static IReadOnlySet<string> PinnedRequirements(IEnumerable<Dependency> dependencies) =>
        dependencies
            .Where(d => d.Ecosystem == "pypi" && !d.Transitive && !d.Development && IsRequirements(d.Location.File))
            .GroupBy(d => d.Location.File, StringComparer.Ordinal)
            .Where(g => g.All(IsPinned))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a pip requirement names one version: <c>==5.1.4</c>, not <c>==5.*</c> or <c>==5.1,!=5.1.2</c>.</summary>
    public static bool IsPinned(Dependency requirement) =>
        requirement.Version is { } v && v.StartsWith("==", StringComparison.Ordinal) && !v.Contains('*') && !v.Contains(',');

    /// <summary>
    /// The file among <paramref name="lockfiles"/> and <paramref name="pinnedRequirements"/> that pins
    /// <paramref name="manifest"/>'s packages, if any.
    /// </summary>
    public static string? LockOf(string ecosystem, string manifest, IReadOnlySet<string> lockfiles, IReadOnlySet<string> pinnedRequirements)
    {
        if (!ByEcosystem.TryGetValue(ecosystem, out var kind))
        {
            return null;
        }
        if (pinnedRequirements.Contains(manifest))
        {
            return manifest;
        }
        var folder = Folder(manifest);
        while (true)
        {
            foreach (var name in kind.Names)
            {
                var candidate = Join(folder, name);
                if (lockfiles.Contains(candidate))
                {
                    return candidate;
                }
            }
            if (ecosystem == "pypi" && pinnedRequirements.FirstOrDefault(r => Folder(r) == folder || Folder(r) == Join(folder, "requirements")) is { } pinned)
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
