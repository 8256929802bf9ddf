namespace ShipReady.Configuration;

/// <summary>A configuration that cannot be used; the message names the file, the line and the fix.</summary>
public sealed class ConfigException(string message) : Exception(message);
