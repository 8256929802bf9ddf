using System.Collections.Immutable;
using ShipReady.Facts;

namespace ShipReady.Catalog;

/// <summary>A named group of dependencies (payments SDKs, upload parsers, model clients) and the data kind it reveals.</summary>
public sealed record DependencyCategory(string Name, string? Handles, ImmutableArray<DependencyGlob> Deps)
{
    public Dependency? FirstIn(FactSet facts) => FirstIn(facts.Dependencies);

    /// <summary>The first of the product's own dependencies (not development-only, not transitive) in this category.</summary>
    public Dependency? FirstIn(IEnumerable<Dependency> dependencies) =>
        dependencies.Where(d => d.IsProduct).FirstOrDefault(d => Deps.Any(g => g.IsMatch(d)));
}
