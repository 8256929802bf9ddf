using ShipReady.Catalog;
using ShipReady.Model;

namespace ShipReady.Evaluation;

/// <summary>Turns facts into the result of one control. A pure function: no disk, no clock.</summary>
public interface IDetector
{
    ControlResult Evaluate(Control control, EvaluationContext context);
}
