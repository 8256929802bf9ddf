using System.Globalization;

namespace ShipReady.Reports;

/// <summary>Hours as every report and the terminal write them: "4 h", "1.5 h".</summary>
public static class HoursText
{
    public static string Format(double hours) => hours.ToString(hours % 1 == 0 ? "0" : "0.0", CultureInfo.InvariantCulture) + " h";
}
