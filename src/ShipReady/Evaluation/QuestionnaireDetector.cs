using ShipReady.Catalog;
using ShipReady.Model;

namespace ShipReady.Evaluation;

/// <summary>For controls that code cannot show: the result is Unknown, carrying the question to ask.</summary>
public sealed class QuestionnaireDetector : IDetector
{
    public ControlResult Evaluate(Control control, EvaluationContext context) =>
        new(control.Id, ResultStatus.Unknown, [], Confidence.Low, $"code cannot tell: {control.Question}");
}
