namespace ShipReady.Cli;

/// <summary>The command line asks for something that cannot be done; the message says what to do instead.</summary>
public sealed class UsageException(string message) : Exception(message);
