using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether a Go name holds a table name read from the database's own list of its tables (<c>sqlite_master</c>,
/// <c>pg_tables</c>, <c>information_schema.tables</c>): a name the schema gave, not one a user typed.
/// </summary>
/// <remarks>
/// A reset that drops every table the database lists pastes each name into <c>DROP TABLE</c>, as no bind parameter
/// can stand for a name. The name is the schema's only when the rows it is scanned from are that one catalog query's,
/// so every link is read strictly, over the whole function: one <c>Scan</c> of that name alone, from rows assigned
/// once and otherwise only read through their own methods, by a query whose SQL is a single literal selecting only the
/// table-name column of one catalog table, on the same handle the SQL then runs on, in a function that opens no
/// database itself (the catalog of a file a user uploaded lists the user's names). Any other mention of the name or
/// the rows leaves the value unknown.
/// </remarks>
public static partial class GoCatalogNames
{
    /// <summary>How long one regex may run; a timeout leaves the value unknown.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    [GeneratedRegex(@"^[A-Za-z_]\w*$")]
    private static partial Regex Identifier();

    /// <summary>
    /// One table-name column of one catalog table, then nothing or a filter (<c>WHERE type = 'table' AND name NOT
    /// LIKE 'sqlite_%'</c>) or an order: no alias, no second table.
    /// </summary>
    [GeneratedRegex("""
        ^\s*SELECT\s+(DISTINCT\s+)?
        ( "?(name|tbl_name)"?\s+FROM\s+((main|temp)\.)?(sqlite_master|sqlite_schema|sqlite_temp_master)
        | "?tablename"?\s+FROM\s+(pg_catalog\.)?pg_tables
        | "?table_name"?\s+FROM\s+information_schema\.tables )
        (?<rest>(\s+(WHERE|ORDER\s+BY)\s[^;]*)?)\s*;?\s*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.Singleline)]
    private static partial Regex CatalogQuery();

    /// <summary>Words that bring another table, or another query's rows, into the filter.</summary>
    [GeneratedRegex(@"\b(FROM|JOIN|UNION|INTERSECT|EXCEPT|SELECT)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherTable();

    [GeneratedRegex(@"^(""[^""\n]*""|`[^`]*`)$")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"^\s*var\s+$")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"(?<![\w.])(?<rows>[A-Za-z_]\w*)\.Scan\(\s*&$")]
    private static partial Regex ScanOf();

    [GeneratedRegex(@"(?<![\w.])append\(\s*[A-Za-z_]\w*\s*,\s*$")]
    private static partial Regex AppendOf();

    /// <summary>The rows' own methods, which read them and give them no other value.</summary>
    [GeneratedRegex(@"^\.(Next|Scan|Close|Err|Columns|ColumnTypes|NextResultSet)\(")]
    private static partial Regex RowsMethod();

    private static readonly string[] QueryMethods = [".QueryContext(", ".Query("];

    /// <summary>
    /// Whether <paramref name="name"/> holds a table name of the database's own catalog wherever the function appends
    /// it. <paramref name="function"/> is the whole function's code (strings blanked), <paramref name="written"/> the
    /// same text with strings as written, and <paramref name="receiver"/> the handle the SQL that pastes the name in
    /// runs on (<c>conn</c> in <c>conn.ExecContext</c>).
    /// </summary>
    public static bool ScannedFromCatalog(string function, string written, string receiver, string name)
    {
        if (!Identifier().IsMatch(name) || receiver.Length == 0 || function.Contains("Open(", StringComparison.Ordinal))
        {
            return false;
        }
        try
        {
            return Scanner(function, name) is { } rows && AssignedOnceFromCatalog(function, written, rows, receiver);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The text of the line that holds <paramref name="at"/>, before it and after it.</summary>
    private static (string Before, string After) Line(string text, int at, int length)
    {
        var start = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var end = text.IndexOf('\n', at + length) is var newline and >= 0 ? newline : text.Length;
        return (text[start..at], text[(at + length)..end]);
    }

    /// <summary>
    /// The rows <paramref name="name"/> is scanned from, when its only mentions are one declaration without a value
    /// (<c>var name string</c>), one <c>rows.Scan(&amp;name)</c> of it alone and appends; null otherwise.
    /// </summary>
    private static string? Scanner(string function, string name)
    {
        string? rows = null;
        var declared = 0;
        var appended = 0;
        foreach (Match mention in GoNameMentions.Of(function, name))
        {
            var (before, after) = Line(function, mention.Index, mention.Length);
            var next = after.TrimStart(' ');
            if (Declaration().IsMatch(before) && after.Trim() == "string")
            {
                declared++;
            }
            else if (ScanOf().Match(before) is { Success: true } scan && next.StartsWith(')'))
            {
                if (rows is not null)
                {
                    return null;
                }
                rows = scan.Groups["rows"].Value;
            }
            else if (AppendOf().IsMatch(before) && next.StartsWith(')'))
            {
                appended++;
            }
            else
            {
                return null;
            }
        }
        return declared == 1 && appended > 0 ? rows : null;
    }

    /// <summary>
    /// Whether the function gives <paramref name="rows"/> a value once, on a line of its own (<c>rows, err :=
    /// conn.QueryContext(…)</c>), from a catalog query on <paramref name="receiver"/>, and otherwise only declares
    /// them without a value or calls their own methods.
    /// </summary>
    private static bool AssignedOnceFromCatalog(string function, string written, string rows, string receiver)
    {
        int? valueStart = null;
        foreach (Match mention in Regex.Matches(function, $@"(?<![\w.]){Regex.Escape(rows)}\b", RegexOptions.None, Timeout))
        {
            var (before, after) = Line(function, mention.Index, mention.Length);
            if (RowsMethod().IsMatch(after))
            {
                continue;
            }
            if (Declaration().IsMatch(before) && !after.Contains('='))
            {
                continue;
            }
            var assignment = Regex.Match(after, @"^\s*(,\s*[A-Za-z_]\w*\s*)?(:=|=(?!=))[ \t]*", RegexOptions.None, Timeout);
            if (before.Trim().Length > 0 || !assignment.Success || valueStart is not null)
            {
                return false;
            }
            valueStart = mention.Index + mention.Length + assignment.Length;
        }
        return valueStart is { } start && IsCatalogQuery(function, written, start, receiver);
    }

    /// <summary>Whether the value at <paramref name="start"/> is <c>receiver.Query(…)</c> or <c>QueryContext</c> of one catalog literal.</summary>
    private static bool IsCatalogQuery(string function, string written, int start, string receiver)
    {
        var value = function.AsSpan(start);
        foreach (var method in QueryMethods)
        {
            if (!value.StartsWith(receiver + method, StringComparison.Ordinal))
            {
                continue;
            }
            var open = start + receiver.Length + method.Length - 1;
            var arguments = CallMatcher.Arguments(function, open);
            var parts = CallMatcher.Split(arguments);
            // The SQL follows the context in QueryContext, and in pgx's Query, which takes a context first too.
            var sqlIndex = method == ".QueryContext(" || parts.Count > 1 ? 1 : 0;
            if (parts.Count <= sqlIndex)
            {
                return false;
            }
            var at = open + 1 + parts[sqlIndex].Start;
            var code = function.AsSpan(at, parts[sqlIndex].Length);
            var lead = code.Length - code.TrimStart().Length;
            code = code.Trim();
            if (!StringLiteral().IsMatch(code))
            {
                return false;
            }
            var text = written.AsSpan(at + lead + 1, code.Length - 2);
            // An escape in an interpreted string ("\x55NION") spells a word the check would not see.
            return !text.Contains('\\')
                && CatalogQuery().Match(text.ToString()) is { Success: true } query
                && !AnotherTable().IsMatch(query.Groups["rest"].Value);
        }
        return false;
    }
}
