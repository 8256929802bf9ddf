namespace ShipReady.Inventory;

/// <summary>
/// The one door to the files of a repository. Only the Inventory stage uses it; a disk and an
/// in-memory implementation exist, so every later stage is tested without a disk.
/// </summary>
public interface IFileSource
{
    /// <summary>How to show the root in messages.</summary>
    string DisplayRoot { get; }

    /// <summary>The entries of a folder, given relative to the root with '/' ("" for the root).</summary>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be read.</exception>
    /// <exception cref="IOException">The folder cannot be read.</exception>
    IReadOnlyList<FileEntry> List(string relativeDirectory);

    /// <summary>Reads up to <paramref name="maxBytes"/> bytes of a file.</summary>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    byte[] Read(string relativePath, int maxBytes);

    /// <summary>Reads the start of a file into <paramref name="buffer"/>, up to its length; returns the bytes read.</summary>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    int ReadInto(string relativePath, Span<byte> buffer)
    {
        var bytes = Read(relativePath, buffer.Length);
        bytes.CopyTo(buffer);
        return bytes.Length;
    }
}

/// <summary>What kind of thing a folder entry is; symbolic links are classified, never followed.</summary>
public enum EntryKind
{
    File,
    Directory,
    /// <summary>A link whose target is inside the tree: the target is audited at its own path.</summary>
    LinkInside,
    /// <summary>A link that leads out of the tree.</summary>
    LinkOutside,
    /// <summary>A link whose target does not exist.</summary>
    BrokenLink,
    /// <summary>A link that leads back to itself.</summary>
    LinkLoop,
    /// <summary>A device, socket or pipe.</summary>
    Special,
}

/// <summary>One entry of a folder.</summary>
public sealed record FileEntry(string Name, EntryKind Kind, long Length = 0);
