using ShipReady.Catalog;
using ShipReady.Model;

namespace ShipReady.Triage;

/// <summary>
/// A team's written decision about one control: the bucket it goes in whatever the policy says,
/// why, who owns it, and when to look again (a date, a trigger the audit can see, or both).
/// </summary>
/// <param name="Trigger">When it fires, the decision lapses and the policy's bucket applies again.</param>
/// <param name="Line">Where the decision is written in shipready.yml, for messages.</param>
public sealed record Decision(string ControlId, Bucket Bucket, string Reason, string? Owner, DateOnly? RevisitOn, RevisitTrigger? Trigger, int Line);
