namespace ShipReady.Inventory;

/// <summary>
/// The rules of one .gitignore file, relative to the folder that holds it. Follows git's rules:
/// the last matching line wins, <c>!</c> re-includes, a trailing <c>/</c> matches folders only, a
/// pattern with a <c>/</c> before its end is anchored to the file's folder, <c>**</c> crosses folders.
/// </summary>
public sealed class GitIgnore
{
    private readonly List<Rule> _rules;

    private GitIgnore(string baseDirectory, List<Rule> rules)
    {
        BaseDirectory = baseDirectory;
        _rules = rules;
    }

    /// <summary>The folder holding the file, relative to the repository root ("" for the root).</summary>
    public string BaseDirectory { get; }

    public static GitIgnore Parse(string baseDirectory, string text)
    {
        var rules = new List<Rule>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            line = TrimTrailingSpaces(line);
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var negate = false;
            if (line[0] == '!')
            {
                negate = true;
                line = line[1..];
            }
            else if (line.StartsWith(@"\!", StringComparison.Ordinal) || line.StartsWith(@"\#", StringComparison.Ordinal))
            {
                line = line[1..];
            }
            var directoryOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0)
            {
                continue;
            }
            try
            {
                // git's anchoring is the glob's: a '/' before the end anchors the line to this file's folder.
                rules.Add(new Rule(Glob.Parse(line), negate, directoryOnly));
            }
            catch (ArgumentException)
            {
                // git ignores a line it cannot read as a pattern; so do we, rather than stop the walk.
            }
        }
        return new GitIgnore(baseDirectory, rules);
    }

    /// <summary>Whether the file says the path is ignored (true), re-included (false), or says nothing (null).</summary>
    /// <param name="relativePath">The path relative to the repository root.</param>
    public bool? Decide(string relativePath, bool isDirectory)
    {
        var local = BaseDirectory.Length == 0 ? relativePath : relativePath[(BaseDirectory.Length + 1)..];
        for (var i = _rules.Count - 1; i >= 0; i--)
        {
            var rule = _rules[i];
            if (rule.DirectoryOnly && !isDirectory)
            {
                continue;
            }
            if (rule.Glob.IsMatch(local))
            {
                return !rule.Negate;
            }
        }
        return null;
    }

    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }
        return line[..end].Replace(@"\ ", " ");
    }

    private sealed record Rule(Glob Glob, bool Negate, bool DirectoryOnly);
}
