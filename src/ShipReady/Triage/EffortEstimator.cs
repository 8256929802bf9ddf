using ShipReady.Catalog;
using ShipReady.Facts;
using ShipReady.Model;

namespace ShipReady.Triage;

/// <summary>Hours to close a gap: the control's default, more for each extra site to change, less when the framework gives part of it.</summary>
public static class EffortEstimator
{
    public static double Estimate(Control control, ControlResult result, FactSet facts)
    {
        var effort = control.Effort;
        var sites = Math.Max(1, result.Findings.Count());
        var hours = Math.Min(effort.Max, effort.Hours + effort.PerExtraSite * (sites - 1));
        var multiplier = effort.Frameworks
            .Where(kv => facts.Frameworks.Contains(kv.Key))
            .Select(kv => kv.Value)
            .DefaultIfEmpty(1.0)
            .Min();
        return RoundUpToHalf(hours * multiplier);
    }

    /// <summary>Plans are read in half hours; finer figures would claim a precision the estimate does not have.</summary>
    public static double RoundUpToHalf(double hours) => Math.Ceiling(hours * 2 - 1e-9) / 2;
}
