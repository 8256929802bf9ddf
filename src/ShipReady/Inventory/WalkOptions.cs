namespace ShipReady.Inventory;

/// <summary>Limits of the walk.</summary>
public sealed record WalkOptions
{
    /// <summary>Files larger than this are listed but not read (minified bundles, dumps, data).</summary>
    public long MaxFileBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Extra ignore globs, from the configuration.</summary>
    public IReadOnlyList<Glob> Ignore { get; init; } = [];

    public static WalkOptions Default { get; } = new();
}
