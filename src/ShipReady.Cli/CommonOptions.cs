using System.Collections.Immutable;
using System.CommandLine;
using ShipReady.Auditing;
using ShipReady.Model;

namespace ShipReady.Cli;

/// <summary>The options every auditing command shares: the path and the profile flags.</summary>
internal sealed class CommonOptions
{
    public Argument<string> Path { get; } = new("path")
    {
        Description = "The repository to audit.",
        DefaultValueFactory = _ => ".",
    };

    public Option<string?> Archetype { get; } = new("--archetype")
    {
        Description = $"The kind of product: {string.Join(", ", Model.Archetype.All)}. Overrides shipready.yml.",
    };

    public Option<string?> Handles { get; } = new("--handles")
    {
        Description = $"Data the product handles, comma-separated: {string.Join(", ", DataKind.All)}. Overrides shipready.yml.",
    };

    public Option<double?> Timebox { get; } = new("--timebox")
    {
        Description = "Hours available for the must-haves (default 100). Overrides shipready.yml.",
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show how long each stage took, and the stack trace of an unexpected error.",
    };

    public Option<int?> MaxFileSize { get; } = new("--max-file-size")
    {
        Description = "Read files up to this many MiB (default 2); larger ones are listed as too large and skipped.",
    };

    public Option<bool> GitHistory { get; } = new("--git-history")
    {
        Description = "Also scan every commit reachable from any ref for secrets removed from the working tree but still in git history.",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Path);
        command.Options.Add(Archetype);
        command.Options.Add(Handles);
        command.Options.Add(Timebox);
        command.Options.Add(Verbose);
        command.Options.Add(MaxFileSize);
        command.Options.Add(GitHistory);
    }

    /// <exception cref="UsageException">A flag's value is not one the tool knows.</exception>
    public ProfileOverrides Overrides(ParseResult parse)
    {
        var archetype = parse.GetValue(Archetype);
        if (archetype is not null && !Model.Archetype.IsKnown(archetype))
        {
            throw new UsageException($"--archetype '{archetype}' is not known; use one of: {string.Join(", ", Model.Archetype.All)}.");
        }
        ImmutableSortedSet<string>? handles = null;
        if (parse.GetValue(Handles) is { } list)
        {
            var kinds = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var kind in kinds.Where(k => !DataKind.IsKnown(k)))
            {
                throw new UsageException($"--handles '{kind}' is not known; use any of: {string.Join(", ", DataKind.All)}.");
            }
            handles = [.. kinds];
        }
        var timebox = parse.GetValue(Timebox);
        if (timebox is <= 0 or > 10_000)
        {
            throw new UsageException($"--timebox {timebox} must be a number of hours between 1 and 10000.");
        }
        return new ProfileOverrides(archetype, handles, timebox);
    }

    /// <summary>The git history to scan for secrets, when --git-history asks for it.</summary>
    /// <param name="revision">For an audit of a past revision: only the history that revision reaches.</param>
    public GitHistoryReader? History(ParseResult parse, string folder, string? revision = null) =>
        parse.GetValue(GitHistory) ? new GitHistoryReader(folder, revision is null ? null : [revision]) : null;

    /// <exception cref="UsageException">The size is out of range.</exception>
    public Auditor Auditor(ParseResult parse) => parse.GetValue(MaxFileSize) switch
    {
        null => new Auditor(),
        >= 1 and <= 1024 and var mib => new Auditor { MaxFileBytes = mib * 1024L * 1024 },
        var mib => throw new UsageException($"--max-file-size {mib} must be between 1 and 1024 MiB."),
    };
}
