using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// A file one of the audit's readings failed on for a reason nobody foresaw: a fault of the reader, not of the file.
/// The failure is noted against the file and the audit goes on, so one odd file costs its own findings, not the audit.
/// </summary>
internal static class ReadFailure
{
    public const string Kind = "read-failed";

    /// <summary>Runs one reading of one file; a failure becomes a note naming the file and the reading.</summary>
    /// <remarks>Cancellation is not a failure of the file: it ends the audit as asked.</remarks>
    public static void Guard<T>(string path, string reading, Action<T> read, T value, Action<ScanNote> note)
    {
        try
        {
            read(value);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            note(Of(path, reading, e));
        }
    }

    public static ScanNote Of(string path, string reading, Exception e) =>
        new(path, Kind,
            $"could not be read for {reading} ({e.GetType().Name}: {FirstLine(e.Message)}); its findings there are missing and the rest of the audit went on. Report it with this file, or ignore the file in shipready.yml.");

    private static string FirstLine(string message)
    {
        var end = message.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? message : message[..end];
    }
}
