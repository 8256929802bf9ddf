using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ShipReady.Facts.GitHistory;

namespace ShipReady.Cli;

/// <summary>
/// Reads the output of <c>git log -p -U0 --format=%x01%h</c> into the runs of lines each commit
/// added. Hunk lines are counted from their header rather than recognised by their first character,
/// so an added line that reads "+++ b/x" or "diff --git" is text, never a header.
/// </summary>
internal sealed partial class GitLogParser(int maxChunkChars)
{
    /// <summary>The byte that starts each commit's header line; git never writes it in a diff's header lines.</summary>
    public const char CommitMarker = '\u0001';

    [GeneratedRegex(@"^@@ -\d+(?:,(?<removed>\d+))? \+(?<start>\d+)(?:,(?<added>\d+))? @@")]
    private static partial Regex HunkHeader();

    /// <summary>How many commits the log held.</summary>
    public int Commits { get; private set; }

    public IEnumerable<AddedText> Parse(IEnumerable<string> lines)
    {
        string? commit = null;
        string? path = null;
        using var reader = lines.GetEnumerator();
        while (reader.MoveNext())
        {
            var line = reader.Current;
            if (line.Length > 0 && line[0] == CommitMarker)
            {
                commit = line[1..].Trim();
                path = null;
                Commits++;
            }
            else if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                path = null;
            }
            else if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                path = NewPath(line[4..]);
            }
            else if (HunkHeader().Match(line) is { Success: true } hunk)
            {
                foreach (var text in Hunk(reader, hunk, commit, path))
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>Consumes one hunk's lines and returns its added ones, in pieces of at most about <c>maxChunkChars</c>.</summary>
    private IEnumerable<AddedText> Hunk(IEnumerator<string> reader, Match header, string? commit, string? path)
    {
        var removed = Count(header.Groups["removed"]);
        var added = Count(header.Groups["added"]);
        var next = int.Parse(header.Groups["start"].Value, CultureInfo.InvariantCulture);
        var first = next;
        var text = new StringBuilder();
        var keep = commit is not null && path is not null;
        while ((removed > 0 || added > 0) && reader.MoveNext())
        {
            var line = reader.Current;
            switch (line.Length == 0 ? ' ' : line[0])
            {
                case '+':
                    added--;
                    if (keep)
                    {
                        if (text.Length > 0)
                        {
                            text.Append('\n');
                        }
                        text.Append(line, 1, line.Length - 1);
                    }
                    next++;
                    break;
                case '-':
                    removed--;
                    break;
                case '\\':
                    // "\ No newline at end of file" belongs to the line before it.
                    break;
                default:
                    // Context lines only appear without -U0; they end a run of added lines.
                    added--;
                    removed--;
                    next++;
                    if (text.Length > 0)
                    {
                        yield return new AddedText(commit!, path!, first, text.ToString());
                        text.Clear();
                    }
                    first = next;
                    break;
            }
            if (text.Length >= maxChunkChars)
            {
                yield return new AddedText(commit!, path!, first, text.ToString());
                text.Clear();
                first = next;
            }
        }
        if (text.Length > 0)
        {
            yield return new AddedText(commit!, path!, first, text.ToString());
        }
    }

    private static int Count(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 1;

    /// <summary>The file a diff writes to, without the "b/" prefix; null for a deletion.</summary>
    internal static string? NewPath(string field)
    {
        // git ends a name holding a space with a tab, so that patch tools can tell where it stops.
        field = field.TrimEnd('\t');
        var path = field.StartsWith('"') ? Unquote(field) : field;
        return path.StartsWith("b/", StringComparison.Ordinal) ? path[2..] : null;
    }

    /// <summary>Undoes git's C-style quoting of a path with a quote, backslash or control character in it.</summary>
    private static string Unquote(string quoted)
    {
        var bytes = new List<byte>();
        var end = quoted.Length - 1;
        for (var i = 1; i < end; i++)
        {
            if (quoted[i] != '\\' || i + 1 >= end)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(quoted[i].ToString()));
                continue;
            }
            var c = quoted[++i];
            if (c is >= '0' and <= '7' && i + 2 < end)
            {
                bytes.Add(Convert.ToByte(quoted.Substring(i, 3), 8));
                i += 2;
                continue;
            }
            bytes.Add((byte)(c switch { 'a' => '\a', 'b' => '\b', 't' => '\t', 'n' => '\n', 'v' => '\v', 'f' => '\f', 'r' => '\r', _ => c }));
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }
}
