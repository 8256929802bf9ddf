using System.Text;

namespace ShipReady.Inventory;

/// <summary>A repository held in memory, for tests of every stage after the disk.</summary>
public sealed class MemoryFileSource : IFileSource
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntryKind> _special = new(StringComparer.Ordinal);

    public string DisplayRoot { get; init; } = "memory";

    public MemoryFileSource Add(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    public MemoryFileSource Add(string path, byte[] bytes)
    {
        _files[path] = bytes;
        return this;
    }

    /// <summary>Adds an entry of a kind that only a disk has: a link or a device.</summary>
    public MemoryFileSource AddSpecial(string path, EntryKind kind)
    {
        _special[path] = kind;
        return this;
    }

    public IReadOnlyList<FileEntry> List(string relativeDirectory)
    {
        var prefix = relativeDirectory.Length == 0 ? "" : relativeDirectory + "/";
        var entries = new SortedDictionary<string, FileEntry>(StringComparer.Ordinal);
        foreach (var (path, bytes) in _files)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = path[prefix.Length..];
            var slash = rest.IndexOf('/');
            if (slash < 0)
            {
                entries[rest] = new FileEntry(rest, EntryKind.File, bytes.Length);
            }
            else
            {
                entries.TryAdd(rest[..slash], new FileEntry(rest[..slash], EntryKind.Directory));
            }
        }
        foreach (var (path, kind) in _special)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) && !path[prefix.Length..].Contains('/'))
            {
                entries[path[prefix.Length..]] = new FileEntry(path[prefix.Length..], kind);
            }
        }
        return [.. entries.Values];
    }

    public byte[] Read(string relativePath, int maxBytes)
    {
        if (!_files.TryGetValue(relativePath, out var bytes))
        {
            throw new FileNotFoundException($"{relativePath}: no such file", relativePath);
        }
        return bytes.Length <= maxBytes ? bytes : bytes[..maxBytes];
    }
}
