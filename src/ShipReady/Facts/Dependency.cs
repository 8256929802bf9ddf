namespace ShipReady.Facts;

/// <summary>A package the product declares, seen in a manifest.</summary>
/// <param name="Ecosystem">npm, pypi, nuget, gem, go, composer or maven (whose names are group:artifact).</param>
/// <param name="Name">As declared; matching is case-insensitive.</param>
/// <param name="Version">The declared version or range, when there is one.</param>
/// <param name="Development">True for development-only dependencies.</param>
/// <param name="Transitive">True for a lockfile entry or a module go.mod marks indirect: the product's own manifest, not its lock, says what it uses.</param>
public sealed record Dependency(string Ecosystem, string Name, string? Version, Model.Location Location, bool Development = false, bool Transitive = false)
{
    public string Key => $"{Ecosystem}:{Name}";

    /// <summary>
    /// Whether the product itself uses the package: neither development-only nor pulled in by another.
    /// Only these satisfy a control, reveal what data the product handles or name its framework; a
    /// job queue that happens to depend on a web framework does not make a web app.
    /// </summary>
    public bool IsProduct => !Development && !Transitive;
}
