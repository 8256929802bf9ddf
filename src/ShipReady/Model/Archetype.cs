namespace ShipReady.Model;

/// <summary>The kinds of product the triage policy knows, by their configuration names.</summary>
public static class Archetype
{
    public const string SideProject = "side-project";
    public const string Internal = "internal";
    public const string Consumer = "consumer";
    public const string B2B = "b2b";
    public const string B2BEnterprise = "b2b-enterprise";
    public const string Fintech = "fintech";
    public const string Health = "health";

    public static IReadOnlyList<string> All { get; } =
        [SideProject, Internal, Consumer, B2B, B2BEnterprise, Fintech, Health];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
