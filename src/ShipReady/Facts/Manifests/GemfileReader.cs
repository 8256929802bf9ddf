using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>Reads a Bundler Gemfile (or gems.rb): <c>gem</c> lines, with groups from <c>group ... do</c> blocks and from inline options.</summary>
/// <remarks>
/// A Gemfile is Ruby, which only Ruby can run; this reads the declarative subset nearly every Gemfile
/// keeps to. It scans character by character rather than with regexes, because a hostile Gemfile can
/// be a single line of megabytes.
/// </remarks>
public sealed class GemfileReader : IManifestReader
{
    private static readonly HashSet<string> DevelopmentGroups = new(StringComparer.Ordinal) { "development", "test", "dev", "ci", "lint" };

    private static readonly HashSet<string> BlockKeywords = new(StringComparer.Ordinal) { "if", "unless", "case", "begin", "while", "until", "for", "def" };

    public bool Reads(string path) => Path.GetFileName(path) is "Gemfile" or "gems.rb";

    public ManifestResult Read(string path, string text)
    {
        var dependencies = new List<Dependency>();
        // Bundler adds the groups of every enclosing block to a gem, so each open block carries the groups in force inside it.
        var blocks = new Stack<string[]>();
        var number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = WithoutComment(raw).Trim();
            if (line.IsEmpty)
            {
                continue;
            }
            var groups = blocks.Count > 0 ? blocks.Peek() : [];
            var word = FirstWord(line);
            if (word is "end")
            {
                blocks.TryPop(out _);
            }
            else if (word is "gem")
            {
                if (ParseGem(line[3..], groups) is { } gem)
                {
                    var development = gem.Groups.Count > 0 && gem.Groups.All(DevelopmentGroups.Contains);
                    dependencies.Add(new Dependency("gem", gem.Name, gem.Version, new Location(path, number), development));
                }
            }
            else if (OpensBlock(line, out var head))
            {
                blocks.Push(word is "group" ? [.. groups, .. Symbols(head["group".Length..])] : groups);
            }
            else if (BlockKeywords.Contains(word))
            {
                blocks.Push(groups);
            }
        }
        return new ManifestResult(dependencies, []);
    }

    private static (string Name, string? Version, HashSet<string> Groups)? ParseGem(ReadOnlySpan<char> rest, string[] blockGroups)
    {
        rest = rest.TrimStart().TrimStart('(').TrimStart();
        if (rest.IsEmpty || rest[0] is not ('\'' or '"'))
        {
            return null;
        }
        var close = rest[1..].IndexOf(rest[0]);
        if (close <= 0 || !IsGemName(rest.Slice(1, close)))
        {
            return null;
        }
        var name = rest.Slice(1, close).ToString();
        var versions = new List<string>();
        var groups = new HashSet<string>(blockGroups, StringComparer.Ordinal);
        var options = false;
        foreach (var argument in TopLevelArguments(rest[(close + 2)..]))
        {
            if (!options && argument.Length >= 2 && argument[0] is '\'' or '"' && argument[^1] == argument[0])
            {
                versions.Add(argument[1..^1]);
                continue;
            }
            options = true;
            var key = argument.TrimStart(':');
            var separator = key.IndexOfAny([':', '=', ' ']);
            if (separator > 0 && key[..separator].Trim('\'', '"') is "group" or "groups")
            {
                groups.UnionWith(Symbols(key.AsSpan(separator)));
            }
        }
        return (name, versions.Count == 0 ? null : string.Join(", ", versions), groups);
    }

    /// <summary>The arguments after the gem name, split at commas outside strings and brackets.</summary>
    private static List<string> TopLevelArguments(ReadOnlySpan<char> text)
    {
        var arguments = new List<string>();
        var depth = 0;
        var start = 0;
        char quote = default;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ',';
            if (quote != default)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = default;
                }
                continue;
            }
            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    break;
                case '[' or '(' or '{':
                    depth++;
                    break;
                case ']' or ')' or '}':
                    depth--;
                    break;
                case ',' when depth <= 0:
                    var argument = text[start..Math.Min(i, text.Length)].Trim().TrimEnd(')').Trim();
                    if (!argument.IsEmpty)
                    {
                        arguments.Add(argument.ToString());
                    }
                    start = i + 1;
                    break;
            }
        }
        return arguments;
    }

    /// <summary>Names in a group list: <c>:development, :test</c>, <c>[:test]</c>, <c>%i[development test]</c>, <c>"test"</c>.</summary>
    private static List<string> Symbols(ReadOnlySpan<char> text)
    {
        var symbols = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
            // The i in %i[...] is the literal's kind, not a group.
            if (start == 0 || text[start - 1] != '%')
            {
                symbols.Add(text[start..i].ToString());
            }
        }
        return symbols;
    }

    /// <summary>Whether the line ends in a block opener (<c>do</c> or <c>do |x|</c>); <paramref name="head"/> is what comes before it.</summary>
    private static bool OpensBlock(ReadOnlySpan<char> line, out ReadOnlySpan<char> head)
    {
        if (line.EndsWith('|'))
        {
            var open = line[..^1].LastIndexOf('|');
            line = open < 0 ? line : line[..open].TrimEnd();
        }
        var opens = line.EndsWith("do", StringComparison.Ordinal) && (line.Length == 2 || !IsWordChar(line[^3]));
        head = opens ? line[..^2] : default;
        return opens;
    }

    private static ReadOnlySpan<char> WithoutComment(ReadOnlySpan<char> line)
    {
        char quote = default;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != default)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = default;
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '#')
            {
                return line[..i];
            }
        }
        return line;
    }

    private static string FirstWord(ReadOnlySpan<char> line)
    {
        var length = 0;
        while (length < line.Length && IsWordChar(line[length]))
        {
            length++;
        }
        return line[..length].ToString();
    }

    private static bool IsGemName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!IsWordChar(c) && c is not ('-' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
