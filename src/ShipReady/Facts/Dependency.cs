namespace ShipReady.Facts;

/// <summary>A package the product declares, seen in a manifest.</summary>
/// <param name="Ecosystem">npm, pypi or nuget.</param>
/// <param name="Name">As declared; matching is case-insensitive.</param>
/// <param name="Version">The declared version or range, when there is one.</param>
/// <param name="Development">True for development-only dependencies.</param>
public sealed record Dependency(string Ecosystem, string Name, string? Version, Model.Location Location, bool Development = false)
{
    public string Key => $"{Ecosystem}:{Name}";
}
