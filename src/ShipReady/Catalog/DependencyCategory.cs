using System.Collections.Immutable;
using ShipReady.Facts;

namespace ShipReady.Catalog;

/// <summary>A named group of dependencies (payments SDKs, upload parsers, model clients) and the data kind it reveals.</summary>
public sealed record DependencyCategory(string Name, string? Handles, ImmutableArray<DependencyGlob> Deps)
{
    public Dependency? FirstIn(FactSet facts) =>
        facts.Dependencies.Where(d => d.IsProduct).FirstOrDefault(d => Deps.Any(g => g.IsMatch(d)));
}
