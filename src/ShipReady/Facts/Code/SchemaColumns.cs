using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// The types a Rails application gives a column, read from <c>db/schema.rb</c> (<c>t.integer "lft"</c>) or, where the
/// schema is not committed, from the migrations (<c>add_column :issues, :lft, :integer</c>, <c>t.integer :lft</c>,
/// <c>t.column :lft, :integer</c>, <c>change_column</c>). Read by name only: the same name in two tables gives both types.
/// </summary>
public static class SchemaColumns
{
    /// <summary>Types whose values are numbers, truths or times: whatever a user typed, they hold no text.</summary>
    private static readonly HashSet<string> NonText = new(StringComparer.Ordinal)
    {
        "integer", "bigint", "smallint", "float", "decimal", "numeric", "boolean", "date", "datetime", "time", "timestamp",
        "timestamptz", "primary_key",
    };

    /// <summary>Whether the file at <paramref name="path"/> says what the columns are: the schema or a migration.</summary>
    public static bool Describes(string path) =>
        path.EndsWith("db/schema.rb", StringComparison.Ordinal) || path.StartsWith("db/migrate/", StringComparison.Ordinal)
        || path.Contains("/db/migrate/", StringComparison.Ordinal);

    /// <summary>Whether a column type holds no text.</summary>
    public static bool IsNonText(string type) => NonText.Contains(type);

    /// <summary>
    /// Every type the text gives a column named <paramref name="name"/>. A file that cannot be read in time gives
    /// <c>text</c>: a column of unknown type may hold anything.
    /// </summary>
    public static IEnumerable<string> TypesOf(ReadOnlySpan<char> text, string name)
    {
        if (!CallMatcher.ContainsWord(text, name))
        {
            return [];
        }
        try
        {
            return Definitions(text, name);
        }
        catch (RegexMatchTimeoutException)
        {
            return ["text"];
        }
    }

    private static List<string> Definitions(ReadOnlySpan<char> text, string name)
    {
        var column = $@"(?::{Regex.Escape(name)}|[""']{Regex.Escape(name)}[""'])";
        var definitions = new Regex(
            $@"\bt\.(?!column\b)(?<type>[a-z_]+)[ \t(]*{column}(?![\w""'])|\bt\.column[ \t(]*{column}[ \t]*,[ \t]*[:""'](?<type>[a-z_]+)|\b(?:add|change)_column[ \t(]*[:""']?\w+[""']?[ \t]*,[ \t]*{column}[ \t]*,[ \t]*[:""'](?<type>[a-z_]+)",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return [.. definitions.Matches(text.ToString()).Select(m => m.Groups["type"].Value).Where(t => t is not ("index" or "remove" or "rename" or "remove_index"))];
    }
}
