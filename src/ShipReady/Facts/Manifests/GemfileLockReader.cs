using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>
/// Reads Gemfile.lock (or gems.locked): every resolved spec of the GEM, GIT and PATH sections, and any gem of the
/// DEPENDENCIES section that no spec resolved. A lockfile does not record Bundler groups, so nothing
/// read here is marked as development; the Gemfile says which gems are.
/// </summary>
public sealed class GemfileLockReader : IManifestReader
{
    private static readonly HashSet<string> SpecSections = new(StringComparer.Ordinal) { "GEM", "GIT", "PATH" };

    public bool Reads(string path) => Path.GetFileName(path) is "Gemfile.lock" or "gems.locked";

    public ManifestResult Read(string path, string text)
    {
        var dependencies = new List<Dependency>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var section = "";
        var sections = 0;
        var number = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            number++;
            if (line.StartsWith("<<<<<<<") || line.StartsWith(">>>>>>>"))
            {
                return ManifestResult.Malformed(path, $"has an unresolved merge conflict (line {number}); its gems are not counted. Resolve it and run bundle install.");
            }
            if (line.IsEmpty || line.IsWhiteSpace())
            {
                continue;
            }
            if (line[0] != ' ')
            {
                section = line.TrimEnd().ToString();
                sections += SpecSections.Contains(section) || section == "DEPENDENCIES" ? 1 : 0;
                continue;
            }
            // Specs sit four spaces in; the six-space lines under a spec are what it needs, and are specs of their own.
            var isSpec = SpecSections.Contains(section) && Indent(line) == 4;
            var isDeclared = section == "DEPENDENCIES" && Indent(line) == 2;
            if ((isSpec || isDeclared) && Entry(line.Trim()) is { } entry && seen.Add(entry.Name))
            {
                dependencies.Add(new Dependency("gem", entry.Name, entry.Version, new Location(path, number)));
            }
        }
        if (sections == 0 && !text.AsSpan().IsWhiteSpace())
        {
            return ManifestResult.Malformed(path, "has no GEM or DEPENDENCIES section, so it is not a Bundler lockfile; its gems are not counted. Regenerate it with bundle install.");
        }
        // The lock holds every gem Bundler resolved, and no groups: the Gemfile says which the product asked
        // for and which are for tests only, so nothing here counts as the product's own.
        return new ManifestResult([.. dependencies.Select(d => d with { Transitive = true })], []);
    }

    /// <summary>A lock entry: <c>rails (7.1.3)</c>, <c>nokogiri (1.16.2-x86_64-linux)</c>, <c>rails (~> 7.1)</c> or <c>my_gem!</c>.</summary>
    private static (string Name, string? Version)? Entry(ReadOnlySpan<char> entry)
    {
        var end = entry.IndexOfAny(' ', '(', '!');
        var name = end < 0 ? entry : entry[..end];
        if (name.IsEmpty || name.Contains(':'))
        {
            return null;
        }
        var open = entry.IndexOf('(');
        var close = entry.LastIndexOf(')');
        var version = open >= 0 && close > open ? entry[(open + 1)..close].Trim().ToString() : null;
        return (name.ToString(), string.IsNullOrEmpty(version) ? null : version);
    }

    private static int Indent(ReadOnlySpan<char> line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }
        return indent;
    }
}
