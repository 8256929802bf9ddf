using ShipReady.Catalog;
using ShipReady.Configuration;
using ShipReady.Model;

namespace ShipReady.Evaluation;

/// <summary>
/// For controls that code cannot show: the team's answer in shipready.yml decides, and without one the
/// result is Unknown, carrying the question to ask.
/// </summary>
public sealed class QuestionnaireDetector : IDetector
{
    public ControlResult Evaluate(Control control, EvaluationContext context)
    {
        if (!context.Answers.TryGetValue(control.Id, out var answer))
        {
            return new(control.Id, ResultStatus.Unknown, [], Confidence.Low, $"code cannot tell: {control.Question}");
        }
        var said = answer.Yes ? "yes" : "no";
        var evidence = new Evidence(new Location(AuditConfig.FileName), $"{control.Id}: {said}", $"answered {said} in {AuditConfig.FileName} (line {answer.Line}): {control.Question}");
        return answer.Yes
            ? new(control.Id, ResultStatus.Met, [evidence], Confidence.Medium, $"the team answered yes: {control.Question}")
            : new(control.Id, ResultStatus.Gap, [evidence], Confidence.High, $"the team answered no: {control.Question}");
    }
}
