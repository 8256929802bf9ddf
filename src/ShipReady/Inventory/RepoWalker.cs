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
        var files = new List<SourceFile>();
        var notes = new List<ScanNote>();
        var pending = new Stack<(string Path, IReadOnlyList<GitIgnore> Ignores)>();
        pending.Push(("", []));
        while (pending.Count > 0)
        {
            var (directory, inherited) = pending.Pop();
            IReadOnlyList<FileEntry> entries;
            try
            {
                entries = source.List(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notes.Add(new ScanNote(Display(directory), "unreadable", $"folder cannot be read ({Reason(e)}); check its permissions. Skipped."));
                continue;
            }
            if (directory.Length > 0 && entries.Any(e => e.Name == SkipList.VirtualEnvMarker))
            {
                continue;
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
            // Push folders in reverse so that the walk visits them in name order.
            for (var i = entries.Count - 1; i >= 0; i--)
            {
                var entry = entries[i];
                var path = Join(directory, entry.Name);
                switch (entry.Kind)
                {
                    case EntryKind.Directory:
                        if (!SkipList.IsSkipped(entry.Name) && !IsIgnored(ignores, path, true))
                        {
                            pending.Push((path, ignores));
                        }
                        break;
                    case EntryKind.File:
                        if (!IsIgnored(ignores, path, false))
                        {
                            files.Add(new SourceFile(path, entry.Length, Languages.FromPath(path)));
                        }
                        break;
                    case EntryKind.BrokenLink when !IsIgnored(ignores, path, false):
                        notes.Add(new ScanNote(path, "broken-link", "symbolic link points to nothing; skipped. Remove it or fix its target."));
                        break;
                    case EntryKind.LinkLoop when !IsIgnored(ignores, path, false):
                        notes.Add(new ScanNote(path, "link-loop", "symbolic link loops back on itself; skipped. Remove it or point it at a real file."));
                        break;
                    case EntryKind.LinkOutside when !IsIgnored(ignores, path, false):
                        notes.Add(new ScanNote(path, "link-outside", "symbolic link leads out of the repository; not followed."));
                        break;
                    case EntryKind.Special when !IsIgnored(ignores, path, false):
                        notes.Add(new ScanNote(path, "special", "is a device, socket or pipe; skipped."));
                        break;
                }
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new RepoInventory(source, [.. files], [.. notes], _options);
    }

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
