using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ShipReady.Facts.Code;
using ShipReady.Facts.Secrets;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>Everything observed in the repository, each with where it was seen. The input of evaluation.</summary>
public sealed record FactSet
{
    public required ImmutableArray<string> Files { get; init; }
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

    /// <summary>The files a glob matches, in the order of <see cref="Files"/>.</summary>
    /// <remarks>
    /// The evaluation asks every file glob of the catalog about every file; a glob that names one file name or
    /// one path (nearly half of them) is answered from an index of the files instead.
    /// </remarks>
    public IEnumerable<string> FilesMatching(Glob glob) =>
        glob.PlainName is { } name ? Index.ByName[name]
        : glob.PlainPath is { } path ? (Index.Paths.Contains(path) ? [path] : [])
        : Files.Where(glob.IsMatch);

    // Built on first use for this instance (a copy made with `with` builds its own), and kept outside the record's
    // fields so that it takes no part in equality.
    private static readonly ConditionalWeakTable<FactSet, FileIndex> Indexes = new();

    private FileIndex Index => Indexes.GetValue(this, facts => new FileIndex(facts.Files));

    private sealed class FileIndex(ImmutableArray<string> files)
    {
        public ILookup<string, string> ByName { get; } = files.ToLookup(f => f[(f.LastIndexOf('/') + 1)..], StringComparer.Ordinal);

        public HashSet<string> Paths { get; } = new(files, StringComparer.Ordinal);
    }
}
