using System.Collections.Immutable;

namespace ShipReady.Catalog;

/// <summary>How many hours a gap costs to close, and how that scales.</summary>
/// <param name="Hours">Hours for one site.</param>
/// <param name="PerExtraSite">Hours added for each further piece of located evidence.</param>
/// <param name="Max">Upper bound, whatever the evidence.</param>
/// <param name="Frameworks">Multipliers applied when a framework that already gives part of the control is detected.</param>
public sealed record Effort(double Hours, double PerExtraSite, double Max, ImmutableSortedDictionary<string, double> Frameworks);
