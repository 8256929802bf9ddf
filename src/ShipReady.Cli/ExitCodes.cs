namespace ShipReady.Cli;

/// <summary>The documented exit codes; CI scripts depend on them.</summary>
public static class ExitCodes
{
    /// <summary>Nothing blocks launch.</summary>
    public const int Ok = 0;
    /// <summary>Must-have gaps remain (check).</summary>
    public const int MustHaveGaps = 1;
    /// <summary>Usage or configuration error.</summary>
    public const int UsageError = 2;
    /// <summary>The audit could not run.</summary>
    public const int AuditFailed = 3;
}
