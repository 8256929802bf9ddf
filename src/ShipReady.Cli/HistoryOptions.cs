using System.CommandLine;
using ShipReady.History;

namespace ShipReady.Cli;

/// <summary>Where the history is, for the commands that record or read it.</summary>
internal sealed class HistoryOptions(bool canSkip)
{
    public Option<string?> File { get; } = new("--history-file")
    {
        Description = $"The history database (default ${HistoryLocation.Variable}, else shipready/history.db in the user's local data folder).",
    };

    public Option<bool> Skip { get; } = new("--no-history") { Description = "Do not record this audit in the history." };

    public void AddTo(Command command)
    {
        command.Options.Add(File);
        if (canSkip)
        {
            command.Options.Add(Skip);
        }
    }

    public string PathOf(ParseResult parse) => parse.GetValue(File) ?? HistoryLocation.Default();

    /// <summary>The history to record in, or null with --no-history.</summary>
    /// <exception cref="HistoryException">The file cannot be used.</exception>
    public HistoryStore? OpenForRecording(ParseResult parse) =>
        canSkip && parse.GetValue(Skip) ? null : HistoryStore.Open(PathOf(parse));

    /// <summary>The history to read, or null when none was ever recorded there; reading never creates one.</summary>
    public HistoryStore? OpenForReading(ParseResult parse)
    {
        var path = PathOf(parse);
        return System.IO.File.Exists(path) ? HistoryStore.Open(path) : null;
    }
}
