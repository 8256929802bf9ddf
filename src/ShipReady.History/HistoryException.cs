namespace ShipReady.History;

/// <summary>The history cannot be used: a damaged file, one of another program, or one from a newer version.</summary>
public sealed class HistoryException(string message, Exception? inner = null) : Exception(message, inner);
