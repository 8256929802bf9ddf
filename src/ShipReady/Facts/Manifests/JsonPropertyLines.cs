using System.Text;
using System.Text.Json;

namespace ShipReady.Facts.Manifests;

/// <summary>
/// The line of each JSON property name, by its path from the root. JsonDocument keeps no positions,
/// and searching the text for a name finds it wherever it first appears, which in a lockfile is often
/// inside another package's entry.
/// </summary>
internal static class JsonPropertyLines
{
    /// <summary>Joins the names of a path; a control character cannot be part of an unescaped key.</summary>
    public const char Separator = '\u0001';

    public static string PathOf(params string[] names) => string.Join(Separator, names);

    /// <summary>Lines of the properties no deeper than <paramref name="maxDepth"/> (1 is the root object's own properties).</summary>
    /// <exception cref="JsonException">The text is not valid JSON.</exception>
    public static Dictionary<string, int> Read(string text, int maxDepth)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var names = new string[maxDepth];
        var line = 1;
        var counted = 0L;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth > maxDepth)
            {
                continue;
            }
            // Offsets only grow, so the newlines before each name are counted once in all.
            line += bytes.AsSpan((int)counted, (int)(reader.TokenStartIndex - counted)).Count((byte)'\n');
            counted = reader.TokenStartIndex;
            var depth = reader.CurrentDepth;
            names[depth - 1] = reader.GetString() ?? "";
            lines.TryAdd(string.Join(Separator, names, 0, depth), line);
        }
        return lines;
    }
}
