namespace ShipReady.Model;

/// <summary>The triage bucket of a gap.</summary>
public enum Bucket
{
    MustHave,
    Within30Days,
    Defer,
}
