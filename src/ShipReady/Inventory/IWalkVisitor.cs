namespace ShipReady.Inventory;

/// <summary>
/// Receives what a walk finds while it walks, on the walk's threads, so that nothing has to hold the whole
/// tree's file list: a repository of a million files is read with the memory of its largest folder.
/// </summary>
public interface IWalkVisitor
{
    /// <summary>
    /// The files of one folder that belong to the product, in the order the folder listed them; called once per
    /// folder, from any thread. Returns the work those files make (reading them, say), which the walk runs on its
    /// threads; the work of the folder just listed is taken first, so with one worker it is done before more folders
    /// are listed, and with several mostly so, while other workers list.
    /// </summary>
    /// <param name="folder">Relative to the root with '/', "" for the root.</param>
    IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files);

    /// <summary>Something the walk could not list or read, or chose not to; called from any thread.</summary>
    void Note(ScanNote note);
}
