namespace ShipReady.Inventory;

/// <summary>Something the audit could not read fully, and what the user can do about it.</summary>
/// <param name="Path">The file or folder, relative to the root.</param>
/// <param name="Kind">A short stable name: binary, too-large, unreadable, invalid-utf8, broken-link, link-loop, link-outside, special, malformed-manifest, minified, variants; and for --git-history: not-git, git-missing, shallow-clone, git-failed.</param>
/// <param name="Message">One line: what happened and what to do.</param>
public sealed record ScanNote(string Path, string Kind, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
