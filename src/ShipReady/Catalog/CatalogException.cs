namespace ShipReady.Catalog;

/// <summary>A control file that cannot be loaded; the message names the file, the line where known, and the fix.</summary>
public sealed class CatalogException(string message) : Exception(message);
