namespace ShipReady.Model;

/// <summary>A place in the repository: a path relative to its root with '/', and a 1-based line and column.</summary>
public sealed record Location(string File, int Line = 0, int Column = 0)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
