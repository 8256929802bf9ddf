namespace ShipReady.History;

/// <summary>Where the history lives when nobody says: one file per user, shared by every repository they audit.</summary>
public static class HistoryLocation
{
    /// <summary>Names a different history file; the --history-file option wins over it.</summary>
    public const string Variable = "SHIPREADY_HISTORY";

    /// <summary>
    /// $SHIPREADY_HISTORY, else shipready/history.db in the user's local data folder
    /// (~/.local/share or $XDG_DATA_HOME on Linux, %LOCALAPPDATA% on Windows, ~/Library/Application Support on macOS).
    /// </summary>
    public static string Default()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } chosen)
        {
            return chosen;
        }
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(data))
        {
            data = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }
        return Path.Combine(data, "shipready", "history.db");
    }
}
