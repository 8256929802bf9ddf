using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>A folder's files as the work a walk runs: runs of a few files, each read by one thread.</summary>
internal static class FileRuns
{
    /// <summary>Files read by one piece of work: enough to make handing it to a thread cheap, few enough to share a folder between cores.</summary>
    public const int FilesPerJob = 16;

    /// <summary>The files in runs of <see cref="FilesPerJob"/>, each file given to <paramref name="read"/> inside the work.</summary>
    /// <param name="reading">What the reading looks for, as a failure's note says it.</param>
    /// <param name="note">Told of a file <paramref name="read"/> failed on; the run goes on to the next file.</param>
    public static IEnumerable<Action> Of(IReadOnlyList<SourceFile> files, string reading, Action<SourceFile> read, Action<ScanNote> note)
    {
        for (var start = 0; start < files.Count; start += FilesPerJob)
        {
            var first = start;
            var end = Math.Min(first + FilesPerJob, files.Count);
            yield return () =>
            {
                for (var i = first; i < end; i++)
                {
                    ReadFailure.Guard(files[i].Path, reading, read, files[i], note);
                }
            };
        }
    }
}
