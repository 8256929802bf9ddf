using ShipReady.Model;

namespace ShipReady.Facts.Manifests;

/// <summary>
/// Reads go.mod: the modules of <c>require</c> lines and <c>require ( ... )</c> blocks. Entries marked
/// <c>// indirect</c> count too: the build links them all, and Go has no development-only modules.
/// </summary>
public sealed class GoModReader : IManifestReader
{
    public bool Reads(string path) => Path.GetFileName(path) == "go.mod";

    public ManifestResult Read(string path, string text)
    {
        var dependencies = new List<Dependency>();
        // The directive of the open block (require, replace, exclude, retract, tool, godebug) and where it opened.
        string? block = null;
        var opened = 0;
        var number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var comment = raw.IndexOf("//");
            var line = (comment < 0 ? raw : raw[..comment]).Trim();
            // "// indirect" marks a module only the product's dependencies need.
            var indirect = comment >= 0 && raw[comment..].Contains("indirect", StringComparison.Ordinal);
            if (line.IsEmpty)
            {
                continue;
            }
            if (block is not null)
            {
                if (line.SequenceEqual(")"))
                {
                    block = null;
                }
                else if (block == "require")
                {
                    Add(line, number, indirect);
                }
                continue;
            }
            var space = line.IndexOfAny(' ', '\t', '(');
            if (space < 0)
            {
                continue;
            }
            var directive = line[..space];
            var rest = line[space..].Trim();
            if (rest.SequenceEqual("("))
            {
                block = directive.ToString();
                opened = number;
            }
            else if (directive.SequenceEqual("require"))
            {
                Add(rest, number, indirect);
            }
        }
        if (block is not null)
        {
            return ManifestResult.Malformed(path, $"has a {block} block opened on line {opened} that is never closed; its modules are not counted. Add the closing parenthesis.");
        }
        return new ManifestResult(dependencies, []);

        void Add(ReadOnlySpan<char> requirement, int line, bool indirect)
        {
            // "module/path v1.2.3"; the path may be quoted, as go.mod allows.
            var split = requirement.IndexOfAny(' ', '\t');
            if (split <= 0)
            {
                return;
            }
            var module = requirement[..split].Trim('"').Trim('`');
            var version = requirement[split..].Trim();
            if (!module.IsEmpty && !version.IsEmpty)
            {
                dependencies.Add(new Dependency("go", module.ToString(), version.ToString(), new Location(path, line), Transitive: indirect));
            }
        }
    }
}
