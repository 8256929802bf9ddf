using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether a Go name holds a table name read from the database's own list of its tables (<c>sqlite_master</c>,
/// <c>pg_tables</c>, <c>information_schema.tables</c>): a name the schema gave, not one a user typed.
/// </summary>
/// <remarks>
/// A reset that drops every table the database lists pastes each name into <c>DROP TABLE</c>, as no bind parameter
/// can stand for a name. The name is the schema's only when the rows it is scanned from are that one catalog query's,
/// so every link is read strictly: one <c>Scan</c> of that name alone, from rows assigned once, by a query whose SQL is a
/// single literal selecting only the table-name column of one catalog table. Any other mention of the name (a
/// parameter, a second assignment, a second scan) or of the rows leaves the value unknown.
/// </remarks>
public static partial class GoCatalogNames
{
    /// <summary>How long one of the regexes built from a name may run; a timeout leaves the value unknown.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    [GeneratedRegex(@"^[A-Za-z_]\w*$")]
    private static partial Regex Identifier();

    /// <summary>
    /// One table name column of one catalog, and nothing after it that reads another table: a filter on the catalog's
    /// own columns (<c>WHERE type = 'table' AND name NOT LIKE 'sqlite_%'</c>) may follow.
    /// </summary>
    [GeneratedRegex("""
        ^\s*SELECT\s+(DISTINCT\s+)?
        ( "?(name|tbl_name)"?\s+FROM\s+((main|temp)\.)?(sqlite_master|sqlite_schema|sqlite_temp_master)
        | "?tablename"?\s+FROM\s+(pg_catalog\.)?pg_tables
        | "?table_name"?\s+FROM\s+information_schema\.tables )
        (?![\w."])
        (?<rest>[^;]*);?\s*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.Singleline)]
    private static partial Regex CatalogQuery();

    /// <summary>Words that bring another table, or another query's rows, into the SQL.</summary>
    [GeneratedRegex(@"\b(FROM|JOIN|UNION|INTERSECT|EXCEPT|SELECT)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherTable();

    [GeneratedRegex(@"^(""[^""\n]*""|`[^`]*`)$")]
    private static partial Regex StringLiteral();

    private static readonly string[] QueryMethods = [".Query(", ".QueryContext("];

    /// <summary>
    /// Whether <paramref name="name"/> holds a table name of the database's own catalog wherever the function's
    /// <paramref name="body"/> (its code up to a place, strings blanked) appends it: the body declares it without a
    /// value (<c>var name string</c>), scans it alone from one row (<c>rows.Scan(&amp;name)</c>) and mentions it
    /// otherwise only in <c>append</c>s; and those rows are assigned once, from a catalog query.
    /// <paramref name="written"/> gives the same body with its strings as written, to read that query's SQL.
    /// </summary>
    public static bool ScannedFromCatalog(string body, ReadOnlySpan<char> name, Func<string> written)
    {
        if (!Identifier().IsMatch(name))
        {
            return false;
        }
        try
        {
            return Scanner(body, name.ToString()) is { } rows && AssignedOnceFromCatalog(body, rows, written);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// The rows <paramref name="name"/> is scanned from, when its only mentions are one declaration without a value,
    /// one <c>rows.Scan(&amp;name)</c> of it alone and appends; null otherwise.
    /// </summary>
    private static string? Scanner(string body, string name)
    {
        var escaped = Regex.Escape(name);
        string? rows = null;
        var declared = 0;
        var appended = 0;
        foreach (Match mention in Regex.Matches(body, $@"(?<![\w.]){escaped}\b", RegexOptions.None, Timeout))
        {
            var before = body.AsSpan(0, mention.Index);
            var after = body.AsSpan(mention.Index + mention.Length);
            var lineEnd = after.IndexOf('\n');
            var restOfLine = lineEnd >= 0 ? after[..lineEnd] : after;
            if (Regex.Match(before.ToString(), @"(?<![\w.])var\s+$", RegexOptions.None, Timeout).Success
                && restOfLine.Trim() is "string")
            {
                declared++;
            }
            else if (Regex.Match(before.ToString(), @"(?<![\w.])(?<rows>[A-Za-z_]\w*)\.Scan\(\s*&$", RegexOptions.None, Timeout) is { Success: true } scan
                && after.TrimStart(' ').StartsWith(')'))
            {
                if (rows is not null)
                {
                    return null;
                }
                rows = scan.Groups["rows"].Value;
            }
            else if (Regex.IsMatch(before.ToString(), @"(?<![\w.])append\(\s*[A-Za-z_]\w*\s*,\s*$", RegexOptions.None, Timeout)
                && after.TrimStart(' ').StartsWith(')'))
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
    /// Whether <paramref name="rows"/> is given a value once in the body, by a <c>Query</c> or <c>QueryContext</c> call
    /// whose SQL is a single literal that lists a catalog's table names; a <c>var rows *sql.Rows</c> may declare it first.
    /// </summary>
    private static bool AssignedOnceFromCatalog(string body, string rows, Func<string> written)
    {
        var escaped = Regex.Escape(rows);
        // A line that gives the rows a value: `rows, err := db.QueryContext(…)`, `rows, err = …`.
        var assignments = Regex.Matches(body, $@"(?m)^[ \t]*([A-Za-z_]\w*\s*,\s*)*{escaped}\s*(,\s*[A-Za-z_]\w*\s*)*(:=|=(?!=))[ \t]*", RegexOptions.None, Timeout);
        if (assignments.Count != 1 || Regex.IsMatch(body, $@"&{escaped}\b|\bvar\s+{escaped}\b[^\n]*=", RegexOptions.None, Timeout))
        {
            return false;
        }
        var valueStart = assignments[0].Index + assignments[0].Length;
        var value = body.AsSpan(valueStart);
        foreach (var method in QueryMethods)
        {
            var call = value.IndexOf(method, StringComparison.Ordinal);
            var lineEnd = value.IndexOf('\n');
            // The call opens the value, after its receiver (`db`, `s.db`, `conn`): nothing else stands before it.
            if (call < 0 || (lineEnd >= 0 && call > lineEnd) || !Regex.IsMatch(value[..call].ToString(), @"^[A-Za-z_][\w.]*$", RegexOptions.None, Timeout))
            {
                continue;
            }
            var open = valueStart + call + method.Length - 1;
            var arguments = CallMatcher.Arguments(body, open);
            var parts = CallMatcher.Split(arguments);
            // The SQL follows the context in QueryContext and opens Query's arguments; pgx's Query takes a context too.
            var sqlIndex = method == ".QueryContext(" || (parts.Count > 1 && IsContext(arguments.Slice(parts[0].Start, parts[0].Length))) ? 1 : 0;
            if (parts.Count <= sqlIndex)
            {
                return false;
            }
            var sql = parts[sqlIndex];
            var at = open + 1 + sql.Start;
            var code = body.AsSpan(at, sql.Length).Trim();
            if (!StringLiteral().IsMatch(code))
            {
                return false;
            }
            var trimmed = body.AsSpan(at, sql.Length).Length - body.AsSpan(at, sql.Length).TrimStart().Length;
            var text = written().AsSpan(at + trimmed + 1, code.Length - 2).ToString();
            return CatalogQuery().Match(text) is { Success: true } query && !AnotherTable().IsMatch(query.Groups["rest"].Value);
        }
        return false;
    }

    private static bool IsContext(ReadOnlySpan<char> argument) =>
        Regex.IsMatch(argument.ToString(), @"^(\w*[cC]tx\w*|context\.(Background|TODO)\(\)|\w+\.Context\(\))$", RegexOptions.None, Timeout);
}
