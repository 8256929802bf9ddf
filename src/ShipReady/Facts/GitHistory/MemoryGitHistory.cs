using ShipReady.Inventory;

namespace ShipReady.Facts.GitHistory;

/// <summary>A git history held in memory, for tests of the history scan without git.</summary>
public sealed class MemoryGitHistory : IGitHistory
{
    private readonly List<AddedText> _texts = [];
    private readonly List<ScanNote> _notes = [];

    public IReadOnlyList<ScanNote> Notes => _notes;

    /// <summary>Adds what a commit added to a file, as if the file had it from <paramref name="firstLine"/>; call in commit order, oldest first.</summary>
    public MemoryGitHistory Add(string commit, string path, string text, int firstLine = 1)
    {
        _texts.Add(new AddedText(commit, path, firstLine, text));
        return this;
    }

    /// <summary>Adds a note, as a reader adds one when the history cannot be read fully.</summary>
    public MemoryGitHistory Note(ScanNote note)
    {
        _notes.Add(note);
        return this;
    }

    public IEnumerable<AddedText> AddedTexts(CancellationToken cancellation) => _texts;
}
