namespace ShipReady.Model;

/// <summary>How sure a detector is of its status.</summary>
public enum Confidence
{
    Low,
    Medium,
    High,
}
