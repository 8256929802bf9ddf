namespace ShipReady.Model;

/// <summary>The kinds of data a product can handle, by their configuration names.</summary>
public static class DataKind
{
    public const string Money = "money";
    public const string PersonalData = "personal-data";
    public const string HealthData = "health-data";
    public const string Uploads = "uploads";
    public const string Ai = "ai";
    public const string Minors = "minors";

    public static IReadOnlyList<string> All { get; } = [Money, PersonalData, HealthData, Uploads, Ai, Minors];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
