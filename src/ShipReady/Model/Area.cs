namespace ShipReady.Model;

/// <summary>The production concern a control belongs to.</summary>
public enum Area
{
    Auth,
    Errors,
    Data,
    Validation,
    Deploy,
    Monitoring,
    Ai,
    Quality,
    Operations,
}
