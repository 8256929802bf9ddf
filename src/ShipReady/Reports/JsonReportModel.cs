using System.Text.Json.Serialization;

namespace ShipReady.Reports;

// The JSON report's shape, versioned by SchemaVersion and described by docs/schema/audit.schema.json.
// Kept apart from the engine's model so that the contract changes only on purpose.
#pragma warning disable CA1812
internal sealed record JsonReport(
    string SchemaVersion,
    JsonTool Tool,
    string Root,
    JsonProfile Profile,
    JsonDetected Detected,
    JsonSummary Summary,
    IReadOnlyList<JsonResult> Results,
    JsonPlan Plan,
    IReadOnlyList<JsonDecision> Decisions,
    IReadOnlyList<JsonSuppression> Suppressions,
    IReadOnlyList<JsonNote> Notes);

internal sealed record JsonSuppression(string Control, string Source, string File, int Line, string Reason, string? Fingerprint, string? Path, int Matched, bool Stale);

internal sealed record JsonDecision(string Control, string Bucket, string Reason, string? Owner, string? Revisit, JsonTrigger? Trigger, string Status, string Detail);

internal sealed record JsonTool(string Name, string Version);

internal sealed record JsonProfile(string? Name, string Archetype, IReadOnlyList<string> Handles, double TimeboxHours, string? ConfigFile);

internal sealed record JsonDetected(
    int Files,
    IReadOnlyList<JsonLanguage> Languages,
    IReadOnlyList<string> Frameworks,
    int Dependencies,
    IReadOnlyList<JsonHandled> Handles);

internal sealed record JsonLanguage(string Name, int Files);

internal sealed record JsonHandled(string Kind, string Dependency);

internal sealed record JsonSummary(
    double MustHaveHours,
    double TimeboxHours,
    bool OverTimebox,
    double Within30DaysHours,
    int MustHave,
    int Within30Days,
    int Deferred,
    int Questions,
    int Met,
    int NotApplicable);

internal sealed record JsonResult(
    string Id,
    string Area,
    string Title,
    string Impact,
    string Status,
    string Confidence,
    string Summary,
    string? Bucket,
    double? Hours,
    string? Reason,
    string? Question,
    JsonTrigger? FiredTrigger,
    IReadOnlyList<JsonEvidence> Evidence);

internal sealed record JsonEvidence(string? File, int? Line, int? Column, string? Snippet, string Why, string? Fingerprint, string? Commit);

internal sealed record JsonTrigger(string Kind, string Say, bool Auditable, string? Detail);

internal sealed record JsonPlan(
    IReadOnlyList<JsonPlanItem> MustHave,
    IReadOnlyList<JsonPlanItem> DoesNotFit,
    IReadOnlyList<IReadOnlyList<JsonPlanItem>> Weeks,
    IReadOnlyList<JsonDeferred> Deferred,
    IReadOnlyList<JsonPlanItem> Questions);

internal sealed record JsonPlanItem(string Id, string Title, double Hours);

internal sealed record JsonDeferred(string Id, string Title, double Hours, bool Unconfirmed, IReadOnlyList<JsonTrigger> Triggers);

internal sealed record JsonNote(string Path, string Kind, string Message);
#pragma warning restore CA1812

/// <summary>Serialization metadata for the report, generated when the engine is built.</summary>
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class JsonReportContext : JsonSerializerContext;
