using ShipReady.Inventory;

namespace ShipReady.Facts.GitHistory;

/// <summary>
/// The git history of the audited folder, as the audit reads it: the text every commit reachable
/// from any ref added, oldest commit first. The engine never runs git; the command line reads it and
/// hands it over through this, and tests give it from memory.
/// </summary>
public interface IGitHistory
{
    /// <summary>
    /// What every commit added, oldest commit first, so that the first text holding a secret names the
    /// commit that brought it in. Read once, as the scan goes: a long history is never held in memory.
    /// </summary>
    IEnumerable<AddedText> AddedTexts(CancellationToken cancellation);

    /// <summary>What kept the history from being read fully (no repository, no git, a shallow clone); complete once <see cref="AddedTexts"/> has been read to its end.</summary>
    IReadOnlyList<ScanNote> Notes { get; }
}
