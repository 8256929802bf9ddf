namespace ShipReady.Auditing;

/// <summary>Where an audit is, for a progress display.</summary>
public sealed record AuditProgress(string Stage, int Files = 0);
