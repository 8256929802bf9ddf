using ShipReady.Model;

namespace ShipReady.Reports.Html;

/// <summary>Areas as a reader sees them, and as the report's filter names them.</summary>
internal static class AreaLabels
{
    public static string Label(Area area) => area switch
    {
        Area.Ai => "AI",
        _ => area.ToString(),
    };

    /// <summary>The value of <c>data-area</c> and of the area filter: the kebab-case name used in JSON.</summary>
    public static string Key(Area area) => Names.Kebab(area);
}
