namespace ShipReady.Configuration;

/// <summary>The team's answer to the question of a control that code cannot settle (backups, TLS at the proxy, uptime checks).</summary>
/// <param name="Line">Where the answer is written in shipready.yml, for messages and evidence.</param>
public sealed record Answer(string ControlId, bool Yes, int Line);
