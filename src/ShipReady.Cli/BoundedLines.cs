using System.Text;

namespace ShipReady.Cli;

/// <summary>
/// Splits a stream into lines without ever holding more than a bounded piece of one: a commit that
/// added a minified bundle or a data dump as one line of megabytes costs no more memory than the cap.
/// </summary>
internal static class BoundedLines
{
    /// <summary>The lines of <paramref name="reader"/>, each cut to <paramref name="maxChars"/>; the rest of a longer line is skipped.</summary>
    public static IEnumerable<string> Read(TextReader reader, int maxChars)
    {
        var buffer = new char[64 * 1024];
        var line = new StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var end = Array.IndexOf(buffer, '\n', start, read - start);
                var stop = end < 0 ? read : end;
                var room = maxChars - line.Length;
                if (room > 0)
                {
                    line.Append(buffer, start, Math.Min(room, stop - start));
                }
                if (end < 0)
                {
                    break;
                }
                yield return line.ToString();
                line.Clear();
                start = end + 1;
            }
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
