namespace ShipReady.Model;

/// <summary>What goes wrong in production when a control is missing, most severe first.</summary>
public enum Impact
{
    SecurityBreach,
    DataLoss,
    BrokenTrust,
    Operability,
}
