namespace ShipReady.Inventory;

/// <summary>Something the audit could not read fully, and what the user can do about it.</summary>
/// <param name="Path">The file or folder, relative to the root.</param>
/// <param name="Kind">A short stable name: binary, too-large, unreadable, invalid-utf8, broken-link, link-loop, link-outside, special, malformed-manifest, minified, variants, read-failed (a fault of the tool on that file); and for --git-history: not-git, git-missing, shallow-clone, git-failed.</param>
/// <param name="Message">One line: what happened and what to do.</param>
public sealed record ScanNote(string Path, string Kind, string Message)
{
    /// <summary>A reading the tool itself failed on: the file's findings there are missing, not absent.</summary>
    public bool IsReadFailure => Kind == Facts.ReadFailure.Kind;

    public override string ToString() => $"{Path}: {Message}";
}
