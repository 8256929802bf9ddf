using System.IO.Enumeration;

namespace ShipReady.Inventory;

/// <summary>Reads a repository from the disk. Symbolic links are classified and never followed, so the walk cannot leave the tree or loop.</summary>
public sealed class DiskFileSource : IFileSource
{
    private readonly string _root;
    private readonly string _realRoot;

    public DiskFileSource(string root)
    {
        _root = Path.GetFullPath(root);
        _realRoot = RealPath(_root);
        DisplayRoot = root;
    }

    public string DisplayRoot { get; }

    private static readonly EnumerationOptions ListOptions = new()
    {
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    public IReadOnlyList<FileEntry> List(string relativeDirectory)
    {
        // Entries are classified from what the directory read already gave; only a symbolic link is turned
        // into a FileSystemInfo and resolved. Asking every entry for its link target cost a system call each,
        // most of the walk's time on a large tree.
        var entries = new List<FileEntry>(new FileSystemEnumerable<FileEntry>(
            Combine(relativeDirectory),
            (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0
                ? Classify(entry.ToFileSystemInfo())
                : entry.IsDirectory
                    ? new FileEntry(entry.FileName.ToString(), EntryKind.Directory)
                    : (entry.Attributes & FileAttributes.Device) == 0
                        ? new FileEntry(entry.FileName.ToString(), EntryKind.File, entry.Length)
                        : new FileEntry(entry.FileName.ToString(), EntryKind.Special),
            ListOptions));
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    public byte[] Read(string relativePath, int maxBytes)
    {
        // A named pipe, socket or device lists with length 0, and opening one to read would wait for a
        // writer forever; an empty file has nothing to read either, so neither is opened.
        if (new FileInfo(Combine(relativePath)) is { Exists: true, Length: 0 })
        {
            return [];
        }
        using var stream = new FileStream(Combine(relativePath), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var length = (int)Math.Min(stream.Length, maxBytes);
        var buffer = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = stream.Read(buffer, read, length - read);
            if (n == 0)
            {
                break;
            }
            read += n;
        }
        return read == length ? buffer : buffer[..read];
    }

    public int ReadInto(string relativePath, Span<byte> buffer)
    {
        // The caller sizes the buffer from the listed length: zero for an empty file, a named pipe, a
        // socket or a device, none of which is opened (a pipe would block the audit until a writer came).
        if (buffer.IsEmpty)
        {
            return 0;
        }
        // A handle and positional reads: no stream object or internal buffer per file. No read-ahead advice:
        // most files fit one read, and the advice is a system call per file.
        using var handle = File.OpenHandle(Combine(relativePath), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.None);
        var read = 0;
        while (read < buffer.Length)
        {
            var n = RandomAccess.Read(handle, buffer[read..], read);
            if (n == 0)
            {
                break;
            }
            read += n;
        }
        return read;
    }

    private FileEntry Classify(FileSystemInfo info)
    {
        if (info.LinkTarget is not null)
        {
            FileSystemInfo? target;
            try
            {
                target = info.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException)
            {
                // Resolving fails with "too many levels of symbolic links" on a loop.
                return new FileEntry(info.Name, EntryKind.LinkLoop);
            }
            if (target is null || !target.Exists)
            {
                return new FileEntry(info.Name, EntryKind.BrokenLink);
            }
            var real = RealPath(target.FullName);
            var inside = real == _realRoot || real.StartsWith(_realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            return new FileEntry(info.Name, inside ? EntryKind.LinkInside : EntryKind.LinkOutside);
        }
        return info switch
        {
            DirectoryInfo => new FileEntry(info.Name, EntryKind.Directory),
            FileInfo file when (file.Attributes & FileAttributes.Device) == 0
                => new FileEntry(info.Name, EntryKind.File, file.Length),
            _ => new FileEntry(info.Name, EntryKind.Special),
        };
    }

    private string Combine(string relative) =>
        relative.Length == 0 ? _root : Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string RealPath(string path)
    {
        // Resolve every link on the way, so that "inside the tree" is decided on real locations.
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.GetPathRoot(full) ?? "/";
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is not null)
                {
                    current = target.FullName;
                }
            }
        }
        return current.TrimEnd(Path.DirectorySeparatorChar);
    }
}
