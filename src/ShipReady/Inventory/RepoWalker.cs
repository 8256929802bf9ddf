using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;
using ShipReady.Facts.Code;

namespace ShipReady.Inventory;

/// <summary>
/// Lists the files of a repository that belong to the product: honours nested .gitignore files and
/// the skip list, never follows a symbolic link, and keeps going past anything it cannot read,
/// noting it.
/// </summary>
public sealed class RepoWalker(IFileSource source, WalkOptions? options = null)
{
    private readonly WalkOptions _options = options ?? WalkOptions.Default;

    /// <summary>Lists the whole tree, sorted by path: for the callers that need every file at once.</summary>
    public RepoInventory Walk()
    {
        var collector = new Collector();
        Walk(collector);
        var sortedFiles = collector.Files.ToArray();
        Array.Sort(sortedFiles, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        var sortedNotes = collector.Notes.ToArray();
        Array.Sort(sortedNotes, (a, b) => string.CompareOrdinal(a.Path, b.Path) is var byPath and not 0 ? byPath : string.CompareOrdinal(a.Kind, b.Kind));
        return new RepoInventory(source, [.. sortedFiles], [.. sortedNotes], _options);
    }

    /// <summary>
    /// Walks the tree on every core, handing each folder's files to the visitor as it is listed and running the
    /// work the visitor makes of them. The order of the calls depends on the threads; whatever the visitor
    /// builds must be sorted at the end.
    /// </summary>
    public void Walk(IWalkVisitor visitor, CancellationToken cancellation = default)
    {
        // A stack, not a queue: the work of the folder just listed runs before the folders found beside it are
        // listed, so the tree is walked depth first and what waits is one branch's folders, never a level of the
        // whole tree; the files a folder holds are read before the walk moves on.
        using var pending = new BlockingCollection<Work>(new ConcurrentStack<Work>());
        var outstanding = 1;
        ExceptionDispatchInfo? failure = null;
        pending.Add(new Folder("", []));
        try
        {
            Parallel.ForEach(
                Partitioner.Create(pending.GetConsumingEnumerable(cancellation), EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation },
                work =>
                {
                    try
                    {
                        if (work is Folder folder)
                        {
                            foreach (var next in Visit(folder, visitor))
                            {
                                Interlocked.Increment(ref outstanding);
                                if (!TryAdd(pending, next))
                                {
                                    // Another worker failed and ended the walk: its error is the one to report.
                                    return;
                                }
                            }
                        }
                        else
                        {
                            ((Job)work).Run();
                        }
                    }
                    catch (Exception e)
                    {
                        // The first failure is kept and reported alone once the workers stop; ending the additions
                        // releases the workers that wait for work, which would otherwise wait for ever.
                        Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                        pending.CompleteAdding();
                        return;
                    }
                    if (Interlocked.Decrement(ref outstanding) == 0)
                    {
                        pending.CompleteAdding();
                    }
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // A failure the walk does not expect reaches the caller as itself, as it did from a single thread.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        failure?.Throw();
    }

    /// <summary>Adds work unless the walk has been ended by a failure, in which case nothing more is to be done.</summary>
    private static bool TryAdd(BlockingCollection<Work> pending, Work next)
    {
        try
        {
            pending.Add(next);
            return true;
        }
        catch (InvalidOperationException) when (pending.IsAddingCompleted)
        {
            return false;
        }
    }

    /// <summary>What the walk's threads do: list a folder, or run work a visitor made of a folder's files.</summary>
    private abstract record Work;

    /// <summary>A folder to list, with the .gitignore files that apply to it, outermost first.</summary>
    private sealed record Folder(string Path, IReadOnlyList<GitIgnore> Ignores) : Work;

    private sealed record Job(Action Run) : Work;

    /// <summary>Lists one folder for the visitor; returns the folders to list next and, last, the work its files make.</summary>
    private List<Work> Visit(Folder folder, IWalkVisitor visitor)
    {
        var (directory, inherited) = folder;
        var next = new List<Work>();
        IReadOnlyList<FileEntry> entries;
        try
        {
            entries = source.List(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            visitor.Note(new ScanNote(Display(directory), "unreadable", $"folder cannot be read ({Reason(e)}); check its permissions. Skipped."));
            return next;
        }
        if (directory.Length > 0 && entries.Any(e => e.Name == SkipList.VirtualEnvMarker))
        {
            return next;
        }
        var ignores = inherited;
        if (entries.Any(e => e.Name == ".gitignore" && e.Kind == EntryKind.File))
        {
            var ignorePath = Join(directory, ".gitignore");
            try
            {
                var text = Encoding.UTF8.GetString(source.Read(ignorePath, 1024 * 1024));
                ignores = [.. inherited, GitIgnore.Parse(directory, text)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                visitor.Note(new ScanNote(ignorePath, "unreadable", $"cannot be read ({Reason(e)}); its rules are not applied."));
            }
        }
        var files = new List<SourceFile>();
        var fileNames = entries.Where(e => e.Kind == EntryKind.File).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var path = Join(directory, entry.Name);
            switch (entry.Kind)
            {
                case EntryKind.Directory:
                    if (!SkipList.IsSkipped(entry.Name) && !SkipList.IsIconFontDemo(entry.Name, fileNames) && !IsIgnored(ignores, path, true))
                    {
                        next.Add(new Folder(path, ignores));
                    }
                    break;
                case EntryKind.File:
                    if (!IsIgnored(ignores, path, false))
                    {
                        files.Add(new SourceFile(path, entry.Length, Languages.FromPath(path)));
                    }
                    break;
                case var kind when Skipped.TryGetValue(kind, out var skipped) && !IsIgnored(ignores, path, false):
                    visitor.Note(new ScanNote(path, skipped.Kind, skipped.Message));
                    break;
            }
        }
        if (files.Count > 0)
        {
            foreach (var work in visitor.Listed(directory, files))
            {
                next.Add(new Job(work));
            }
        }
        return next;
    }

    /// <summary>Keeps everything, for <see cref="Walk()"/>.</summary>
    private sealed class Collector : IWalkVisitor
    {
        public ConcurrentBag<SourceFile> Files { get; } = [];

        public ConcurrentBag<ScanNote> Notes { get; } = [];

        public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files)
        {
            foreach (var file in files)
            {
                Files.Add(file);
            }
            return [];
        }

        public void Note(ScanNote note) => Notes.Add(note);
    }

    /// <summary>The note for each kind of entry that is neither read nor walked into; a link inside the tree is neither, silently.</summary>
    private static readonly Dictionary<EntryKind, (string Kind, string Message)> Skipped = new()
    {
        [EntryKind.BrokenLink] = ("broken-link", "symbolic link points to nothing; skipped. Remove it or fix its target."),
        [EntryKind.LinkLoop] = ("link-loop", "symbolic link loops back on itself; skipped. Remove it or point it at a real file."),
        [EntryKind.LinkOutside] = ("link-outside", "symbolic link leads out of the repository; not followed."),
        [EntryKind.Special] = ("special", "is a device, socket or pipe; skipped."),
    };

    private bool IsIgnored(IReadOnlyList<GitIgnore> ignores, string path, bool isDirectory)
    {
        foreach (var glob in _options.Ignore)
        {
            if (glob.IsMatch(path))
            {
                return true;
            }
        }
        // The deepest .gitignore that has an opinion decides, as in git.
        for (var i = ignores.Count - 1; i >= 0; i--)
        {
            var decision = ignores[i].Decide(path, isDirectory);
            if (decision is not null)
            {
                return decision.Value;
            }
        }
        return false;
    }

    private static string Join(string directory, string name) => directory.Length == 0 ? name : directory + "/" + name;

    private static string Display(string directory) => directory.Length == 0 ? "." : directory;

    internal static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException => "no longer exists",
        _ => e.Message.Split('\n')[0],
    };
}
