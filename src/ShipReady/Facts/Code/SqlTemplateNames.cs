using System.Collections.Frozen;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether the values a JavaScript or TypeScript template literal of SQL interpolates all stand where SQL puts a
/// name: a table after <c>FROM</c>, <c>INTO</c>, <c>UPDATE</c>, <c>JOIN</c> or <c>TABLE</c>; a column, an index, a schema
/// in a statement that changes the schema.
/// </summary>
/// <remarks>
/// A driver binds values, never names, so a table the code names at run time (a working table with a date in its
/// name, each table of a list in a migration) can only be pasted in. Whether that name can come from a request is
/// decided where it is made, which the audit does not follow: such SQL is a place to review, while one value pasted
/// where a value goes (<c>WHERE id = ${id}</c>, <c>LIMIT ${n}</c>, <c>WHERE ${clause}</c>) keeps it a finding.
/// </remarks>
public static class SqlTemplateNames
{
    /// <summary>Words after which SQL expects a name in any statement.</summary>
    private static readonly FrozenSet<string> BeforeNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "FROM", "INTO", "UPDATE", "JOIN", "TABLE", "TRUNCATE", "REFERENCES", "ANALYZE", "VACUUM");

    /// <summary>
    /// Words after which schema statements expect a name (ADD COLUMN, DROP INDEX, RENAME TO); in a query they are as
    /// likely a column (<c>ORDER BY type ${dir}</c>).
    /// </summary>
    private static readonly FrozenSet<string> BeforeSchemaNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "INDEX", "COLUMN", "CONSTRAINT", "SCHEMA", "DATABASE", "VIEW", "SEQUENCE", "TRIGGER", "TYPE", "TO");

    /// <summary>Words that open a query, in which the schema words above are not names.</summary>
    private static readonly FrozenSet<string> QueryVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "MERGE", "VALUES", "UPSERT", "REPLACE");

    /// <summary>Functions whose argument list has a FROM before a value (<c>EXTRACT(YEAR FROM ${date})</c>).</summary>
    private static readonly FrozenSet<string> FunctionsWithFrom = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "EXTRACT", "SUBSTRING", "SUBSTR", "TRIM", "OVERLAY", "POSITION");

    /// <summary>
    /// True when every interpolation of the first template literal the match at <paramref name="index"/> opens is a
    /// name, false when one is not, null when the match opens no template literal or it interpolates nothing.
    /// </summary>
    /// <param name="text">The file with its strings kept and comments blanked.</param>
    public static bool? OnlyNames(ReadOnlySpan<char> text, int index, int length)
    {
        var tick = text.Slice(index, length).IndexOf('`');
        if (tick < 0)
        {
            return null;
        }
        var start = index + tick + 1;
        var interpolates = false;
        for (var i = start; i < text.Length;)
        {
            switch (text[i])
            {
                case '\\':
                    i += 2;
                    continue;
                case '`':
                    return interpolates ? true : null;
                case '$' when i + 1 < text.Length && text[i + 1] == '{':
                    var close = ClosingBrace(text, i + 2);
                    if (close < 0)
                    {
                        return null;
                    }
                    if (!StandsForName(text[start..i]) || !EndsName(text, close + 1))
                    {
                        return false;
                    }
                    interpolates = true;
                    i = close + 1;
                    continue;
            }
            i++;
        }
        return null;
    }

    /// <summary>Whether SQL written up to an interpolation expects a name there.</summary>
    private static bool StandsForName(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        // A quoted name ("${table}") or the part after a schema ("${schema}".${table}, public.${table}).
        if (before.EndsWith("\"") || before.EndsWith("."))
        {
            if (before.EndsWith(".") || before.EndsWith(".\""))
            {
                return true;
            }
            before = before[..^1].TrimEnd();
        }
        var statement = before[(before.LastIndexOf(';') + 1)..];
        var verb = FirstWord(statement);
        var word = LastWord(before, out var rest);
        if (word.Equals("FROM", StringComparison.OrdinalIgnoreCase))
        {
            // IS DISTINCT FROM ${value}, EXTRACT(YEAR FROM ${value}): a value, not a table.
            return !LastWord(rest, out _).Equals("DISTINCT", StringComparison.OrdinalIgnoreCase)
                && !FunctionsWithFrom.Contains(OpenCallName(rest).ToString());
        }
        if (word.Equals("ON", StringComparison.OrdinalIgnoreCase))
        {
            // CREATE INDEX [name] ON ${table}, DROP TRIGGER name ON ${table}, GRANT ... ON ${table};
            // a join's ON is followed by a condition.
            return verb.Equals("GRANT", StringComparison.OrdinalIgnoreCase) || verb.Equals("REVOKE", StringComparison.OrdinalIgnoreCase)
                || (IsSchemaVerb(verb)
                    && (CallMatcher.ContainsWord(statement, StringComparison.OrdinalIgnoreCase, "INDEX")
                        || CallMatcher.ContainsWord(statement, StringComparison.OrdinalIgnoreCase, "TRIGGER")
                        || CallMatcher.ContainsWord(statement, StringComparison.OrdinalIgnoreCase, "POLICY")));
        }
        if (word.Equals("EXISTS", StringComparison.OrdinalIgnoreCase))
        {
            // IF [NOT] EXISTS ${table}; [NOT] EXISTS in a condition is followed by a query.
            var previous = LastWord(rest, out var beforePrevious);
            return previous.Equals("IF", StringComparison.OrdinalIgnoreCase)
                || (previous.Equals("NOT", StringComparison.OrdinalIgnoreCase) && LastWord(beforePrevious, out _).Equals("IF", StringComparison.OrdinalIgnoreCase));
        }
        if (word.Equals("CONSTRAINT", StringComparison.OrdinalIgnoreCase) && LastWord(rest, out _).Equals("ON", StringComparison.OrdinalIgnoreCase))
        {
            // INSERT … ON CONFLICT ON CONSTRAINT ${name}: a name inside a query.
            return true;
        }
        return BeforeNames.Contains(word.ToString())
            || (BeforeSchemaNames.Contains(word.ToString()) && !QueryVerbs.Contains(verb.ToString()));
    }

    /// <summary>CREATE, ALTER, DROP and the other words that open a statement about the schema.</summary>
    private static bool IsSchemaVerb(ReadOnlySpan<char> verb) =>
        verb.Equals("CREATE", StringComparison.OrdinalIgnoreCase) || verb.Equals("ALTER", StringComparison.OrdinalIgnoreCase)
        || verb.Equals("DROP", StringComparison.OrdinalIgnoreCase) || verb.Equals("COMMENT", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first word of a statement (letters and underscores), or empty.</summary>
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> statement)
    {
        statement = statement.TrimStart();
        var end = 0;
        while (end < statement.Length && (char.IsAsciiLetter(statement[end]) || statement[end] == '_'))
        {
            end++;
        }
        return statement[..end];
    }

    /// <summary>The name of the call whose parenthesis is still open at the end of <paramref name="text"/>, or empty.</summary>
    private static ReadOnlySpan<char> OpenCallName(ReadOnlySpan<char> text)
    {
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == ')')
            {
                depth++;
            }
            else if (text[i] == '(' && depth-- == 0)
            {
                return LastWord(text[..i], out _);
            }
        }
        return [];
    }

    /// <summary>The last word of <paramref name="text"/> (letters and underscores), and the text before it.</summary>
    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        text = text.TrimEnd();
        var end = text.Length;
        var begin = end;
        while (begin > 0 && (char.IsAsciiLetter(text[begin - 1]) || text[begin - 1] == '_'))
        {
            begin--;
        }
        rest = text[..begin];
        return text[begin..end];
    }

    /// <summary>Whether the text after an interpolation ends a name: space, a quote, a bracket, a separator or the literal's end.</summary>
    private static bool EndsName(ReadOnlySpan<char> text, int after) =>
        after >= text.Length || char.IsWhiteSpace(text[after]) || text[after] is '"' or '(' or ')' or ',' or ';' or '.' or '`';

    /// <summary>The <c>}</c> that closes an interpolation whose expression starts at <paramref name="from"/>, or -1.</summary>
    private static int ClosingBrace(ReadOnlySpan<char> text, int from)
    {
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{':
                    depth++;
                    break;
                case '}' when depth == 0:
                    return i;
                case '}':
                    depth--;
                    break;
            }
        }
        return -1;
    }
}
