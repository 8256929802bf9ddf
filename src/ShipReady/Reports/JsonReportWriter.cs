using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ShipReady.Auditing;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Model;
using ShipReady.Triage;

namespace ShipReady.Reports;

/// <summary>The machine-readable report: every control's result with status, bucket, hours, reason and evidence.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const string SchemaVersion = "1.0";

    // The metadata is generated at build time (JsonReportContext), so writing the report needs no reflection.
    private static readonly JsonReportContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // People read and diff this file, so quotes and backticks stay as written; the HTML report
        // escapes '<', U+2028 and U+2029 itself when it embeds the JSON in a script element.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public string Format => "json";

    public string DefaultFileName => "shipready.json";

    public void Write(AuditResult result, TextWriter writer)
    {
        writer.Write(JsonSerializer.Serialize(Build(result), Context.JsonReport));
        writer.WriteLine();
    }

    private static JsonReport Build(AuditResult result)
    {
        var plan = result.Plan;
        var facts = result.Facts;
        return new JsonReport(
            SchemaVersion,
            new JsonTool("shipready", AuditResult.ToolVersion),
            result.Root,
            new JsonProfile(result.Profile.Name, result.Profile.Archetype, [.. result.Profile.Handles], result.Profile.TimeboxHours, result.ConfigSource),
            new JsonDetected(
                facts.FileCount,
                [.. facts.Languages.Select(l => new JsonLanguage(Languages.Name(l.Language), l.Files))],
                [.. facts.Frameworks],
                facts.Dependencies.Length,
                [.. facts.DetectedHandles.Select(kv => new JsonHandled(kv.Key, kv.Value.Key))]),
            new JsonSummary(
                plan.MustHaveHours,
                result.Profile.TimeboxHours,
                plan.OverTimebox,
                plan.Within30DaysHours,
                plan.MustHave.Length + plan.DoesNotFit.Length,
                plan.Within30Days.Count(),
                plan.Deferred.Length,
                plan.Questions.Length,
                result.Results.Count(r => r.Status == ResultStatus.Met),
                result.Results.Count(r => r.Status == ResultStatus.NotApplicable)),
            [.. result.Results.Select(r => Result(result, r))],
            new JsonPlan(
                [.. plan.MustHave.Select(Item)],
                [.. plan.DoesNotFit.Select(Item)],
                [.. plan.Weeks.Select(w => (IReadOnlyList<JsonPlanItem>)[.. w.Select(Item)])],
                [.. plan.Deferred.Select(i => new JsonDeferred(i.Id, i.Control.FailureTitle, i.Hours, i.IsQuestion, [.. i.Triggers.Select(t => Trigger(t, null))]))],
                [.. plan.Questions.Select(Item)]),
            [.. DecisionStatus.Of(result).Select(s => new JsonDecision(
                s.Decision.ControlId,
                Names.Kebab(s.Decision.Bucket),
                s.Decision.Reason,
                s.Decision.Owner,
                s.Decision.RevisitOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                s.Decision.Trigger is { } t ? Trigger(t, null) : null,
                s.State,
                s.Detail))],
            [.. result.Suppressions.Select(s => new JsonSuppression(
                s.Suppression.ControlId,
                s.Suppression.Inline ? "inline" : "config",
                s.Suppression.Where.File,
                s.Suppression.Where.Line,
                s.Suppression.Reason,
                s.Suppression.Fingerprint,
                s.Suppression.Path?.Pattern,
                s.Matched,
                s.IsStale))],
            [.. result.Notes.Select(n => new JsonNote(n.Path, n.Kind, n.Message))]);
    }

    private static JsonResult Result(AuditResult audit, ControlResult result)
    {
        var control = audit.Catalog.Find(result.ControlId)!;
        var item = audit.ItemFor(result.ControlId);
        return new JsonResult(
            control.Id,
            Names.Kebab(control.Area),
            result.Status == ResultStatus.Met ? control.Title : control.FailureTitle,
            Names.Kebab(control.Impact),
            result.Status.ToString(),
            result.Confidence.ToString(),
            result.Summary,
            item is null ? null : Names.Kebab(item.Bucket),
            item?.Hours,
            item?.Reason,
            result.Status == ResultStatus.Unknown ? control.Question : null,
            item?.FiredTrigger is { } fired ? Trigger(fired.Trigger, fired.Detail) : null,
            [.. result.Evidence.Select(e => new JsonEvidence(e.Location?.File, e.Location is { Line: > 0 } l ? l.Line : null,
                e.Location is { Column: > 0 } c ? c.Column : null, e.Snippet, e.Why, e.Fingerprint, e.Commit))]);
    }

    private static JsonPlanItem Item(TriagedItem item) => new(item.Id, item.Control.FailureTitle, item.Hours);

    private static JsonTrigger Trigger(RevisitTrigger trigger, string? detail) =>
        new(Names.Kebab(trigger.Kind), trigger.Say, trigger.IsAuditable, detail);
}
