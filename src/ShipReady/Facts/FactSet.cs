using System.Collections.Immutable;
using ShipReady.Facts.Code;
using ShipReady.Facts.Secrets;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>Everything observed in the repository, each with where it was seen. The input of evaluation.</summary>
public sealed record FactSet
{
    /// <summary>How many files the audit took into account.</summary>
    public required int FileCount { get; init; }
    /// <summary>The files at the root of the repository, by path.</summary>
    public ImmutableArray<string> RootFiles { get; init; } = [];
    /// <summary>Every package manager's lockfile in the tree, by path (<see cref="Facts.Lockfiles"/>).</summary>
    public ImmutableArray<string> Lockfiles { get; init; } = [];
    /// <summary>
    /// For each file glob of the catalog, the first files it matches by path (at most <see cref="MaxFileMatches"/>):
    /// the tree's whole file list is never kept, so globs are matched as it is walked.
    /// </summary>
    public ImmutableDictionary<Glob, ImmutableArray<string>> FileMatches { get; init; } = ImmutableDictionary<Glob, ImmutableArray<string>>.Empty;
    public required ImmutableArray<Dependency> Dependencies { get; init; }
    /// <summary>Web frameworks detected (express, django, aspnetcore, ...).</summary>
    public required ImmutableSortedSet<string> Frameworks { get; init; }
    /// <summary>Languages with at least one file, by file count.</summary>
    public required ImmutableArray<(Language Language, int Files)> Languages { get; init; }
    /// <summary>Languages whose code was read by the pattern matcher.</summary>
    public required ImmutableSortedSet<Language> ScannedLanguages { get; init; }
    public required ImmutableArray<CodeHit> Hits { get; init; }
    public required ImmutableArray<SecretFinding> Secrets { get; init; }
    /// <summary>Secrets gone from the working tree but still reachable in git history, each at the first commit that added it.</summary>
    public ImmutableArray<SecretFinding> HistorySecrets { get; init; } = [];
    /// <summary>Whether git history was read for secrets (it is only on request).</summary>
    public bool GitHistoryRead { get; init; }
    /// <summary>Data kinds the dependencies reveal, each with the dependency that shows it.</summary>
    public required ImmutableSortedDictionary<string, Dependency> DetectedHandles { get; init; }
    public required ImmutableArray<ScanNote> Notes { get; init; }
    /// <summary>The <c>shipready-ignore</c> markers found in the code.</summary>
    public ImmutableArray<Evaluation.Suppression> InlineSuppressions { get; init; } = [];

    public bool IsWeb => !Frameworks.IsEmpty;

    public IEnumerable<Dependency> Matching(DependencyGlob glob) => Dependencies.Where(glob.IsMatch);

    /// <summary>Evidence names this many files for a glob at most.</summary>
    public const int MaxFileMatches = 5;

    /// <summary>The first files, by path, that a glob of the catalog the facts were built with matches; none for any other glob.</summary>
    public ImmutableArray<string> FilesMatching(Glob glob) => FileMatches.TryGetValue(glob, out var files) ? files : [];
}
