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

    public RepoInventory Walk()
    {
        var files = new ConcurrentBag<SourceFile>();
        var notes = new ConcurrentBag<ScanNote>();
        // Folders are listed in parallel as they are found: listing is system calls and little else, and a
        // large tree has thousands of folders. Both lists are sorted at the end, so the inventory does not
        // depend on which thread listed what.
        using var queue = new BlockingCollection<Folder>(new ConcurrentQueue<Folder>());
        var outstanding = 1;
        queue.Add(new Folder("", []));
        try
        {
            Parallel.ForEach(
                Partitioner.Create(queue.GetConsumingEnumerable(), EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                folder =>
                {
                    try
                    {
                        foreach (var next in Visit(folder, files, notes))
                        {
                            Interlocked.Increment(ref outstanding);
                            queue.Add(next);
                        }
                    }
                    catch
                    {
                        // The other workers wait for folders; without this they would wait for ever.
                        queue.CompleteAdding();
                        throw;
                    }
                    if (Interlocked.Decrement(ref outstanding) == 0)
                    {
                        queue.CompleteAdding();
                    }
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // A failure the walk does not expect reaches the caller as itself, as it did from a single thread.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        var sortedFiles = files.ToArray();
        Array.Sort(sortedFiles, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        var sortedNotes = notes.ToArray();
        Array.Sort(sortedNotes, (a, b) => string.CompareOrdinal(a.Path, b.Path) is var byPath and not 0 ? byPath : string.CompareOrdinal(a.Kind, b.Kind));
        return new RepoInventory(source, [.. sortedFiles], [.. sortedNotes], _options);
    }

    /// <summary>A folder to list, with the .gitignore files that apply to it, outermost first.</summary>
    private sealed record Folder(string Path, IReadOnlyList<GitIgnore> Ignores);

    /// <summary>Lists one folder into the walk's files and notes; returns the folders to list next.</summary>
    private List<Folder> Visit(Folder folder, ConcurrentBag<SourceFile> files, ConcurrentBag<ScanNote> notes)
    {
        var (directory, inherited) = folder;
        var folders = new List<Folder>();
        IReadOnlyList<FileEntry> entries;
        try
        {
            entries = source.List(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add(new ScanNote(Display(directory), "unreadable", $"folder cannot be read ({Reason(e)}); check its permissions. Skipped."));
            return folders;
        }
        if (directory.Length > 0 && entries.Any(e => e.Name == SkipList.VirtualEnvMarker))
        {
            return folders;
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
                notes.Add(new ScanNote(ignorePath, "unreadable", $"cannot be read ({Reason(e)}); its rules are not applied."));
            }
        }
        foreach (var entry in entries)
        {
            var path = Join(directory, entry.Name);
            switch (entry.Kind)
            {
                case EntryKind.Directory:
                    if (!SkipList.IsSkipped(entry.Name) && !IsIgnored(ignores, path, true))
                    {
                        folders.Add(new Folder(path, ignores));
                    }
                    break;
                case EntryKind.File:
                    if (!IsIgnored(ignores, path, false))
                    {
                        files.Add(new SourceFile(path, entry.Length, Languages.FromPath(path)));
                    }
                    break;
                case var kind when Skipped.TryGetValue(kind, out var skipped) && !IsIgnored(ignores, path, false):
                    notes.Add(new ScanNote(path, skipped.Kind, skipped.Message));
                    break;
            }
        }
        return folders;
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
