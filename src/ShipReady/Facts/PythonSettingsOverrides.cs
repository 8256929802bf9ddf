using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ShipReady.Facts;

/// <summary>
/// Python settings split into modules (Django's <c>settings/base.py</c> read by <c>settings/prod.py</c>): which settings
/// of a module another module imports whole (<c>from .base import *</c>, <c>from ..base import *</c>,
/// <c>from app.settings.base import *</c>) and then gives a value that is not
/// written in the code (<c>SECRET_KEY = os.environ["SECRET_KEY"]</c>, read from a file, generated). The literal in the
/// imported module is then the default the deployed settings replace.
/// </summary>
/// <remarks>
/// A module named for a developer's machine or the tests (<c>dev.py</c>, <c>local.py</c>, <c>test_settings.py</c>) replaces
/// nothing a deployment runs. A replacement written as a literal replaces one secret in the code with another.
/// </remarks>
public sealed partial class PythonSettingsOverrides
{
    /// <summary>Words of a module's name that say no deployment runs it.</summary>
    private static readonly FrozenSet<string> NotDeployed = FrozenSet.ToFrozenSet(
        ["dev", "development", "local", "test", "tests", "testing", "ci", "example", "examples", "sample", "old", "template"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>By the setting's name: a hit asks for its own name, then reads the few modules that replace it.</summary>
    private readonly ILookup<string, Replaced> _replaced;

    private PythonSettingsOverrides(ILookup<string, Replaced> replaced) => _replaced = replaced;

    /// <summary>A setting replaced in the module at <paramref name="Module"/>: its path, or for an absolute import the end of it.</summary>
    public readonly record struct Replaced(string Module, bool PathEnd, string Name);

    /// <summary>Whether the text may import a module whole: the one test run on every Python file.</summary>
    public static bool MayImportWhole(ReadOnlySpan<char> text) => text.Contains("import *", StringComparison.Ordinal);

    /// <summary>
    /// The settings the module at <paramref name="path"/> replaces. An assignment counts at the module's level, in a
    /// <c>with</c>, or when both a <c>try</c> and its <c>except</c> make one: under an <c>if</c> or in a function it may
    /// not run. A value that falls back to a literal (a default, <c>or "…"</c>, the imported value itself) or is only
    /// another name replaces nothing.
    /// </summary>
    public static IEnumerable<Replaced> Read(string path, string text)
    {
        var file = path.Replace('\\', '/');
        var folder = file.Contains('/') ? file[..file.LastIndexOf('/')] : "";
        if (Path.GetFileNameWithoutExtension(file).Split('_', '-').Any(NotDeployed.Contains))
        {
            return [];
        }
        var imported = new List<(string Module, bool PathEnd)>();
        var openers = new List<(int Indent, string Keyword)>();
        var inTry = new HashSet<string>(StringComparer.Ordinal);
        var inExcept = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }
            var indent = line.Length - trimmed.Length;
            openers.RemoveAll(o => o.Indent >= indent);
            if (indent == 0 && WholeImport().Match(line) is { Success: true } import)
            {
                imported.Add(Resolve(folder, import.Groups["dots"].Length, import.Groups["module"].Value));
                continue;
            }
            if (BlockOpener().Match(trimmed) is { Success: true } opener)
            {
                openers.Add((indent, opener.Groups["keyword"].Value));
                continue;
            }
            if (imported.Count == 0 || Setting().Match(line) is not { Success: true } setting || !Replacement(setting.Groups["value"].Value, setting.Groups["name"].Value))
            {
                continue;
            }
            var name = setting.Groups["name"].Value;
            var blocks = openers.Select(o => o.Keyword).Where(k => k != "with").ToList();
            if (blocks.Count == 0)
            {
                names.Add(name);
            }
            else if (blocks is ["try"])
            {
                inTry.Add(name);
            }
            else if (blocks is ["except"])
            {
                inExcept.Add(name);
            }
        }
        names.UnionWith(inTry.Intersect(inExcept));
        return [.. imported.SelectMany(m => names.Select(n => new Replaced(m.Module, m.PathEnd, n)))];
    }

    public static PythonSettingsOverrides From(IEnumerable<Replaced> replaced) => new(replaced.Distinct().ToLookup(r => r.Name, StringComparer.Ordinal));

    /// <summary>
    /// Whether the setting a hit at the start of its line assigns (not one in a class, nor the second of a line) is
    /// replaced by a module that imports the hit's file whole.
    /// </summary>
    public bool Replaces(string file, int column, string snippet) =>
        column == 1 && Setting().Match(snippet) is { Success: true } setting
        && _replaced[setting.Groups["name"].Value].Any(r => file == r.Module || (r.PathEnd && file.EndsWith("/" + r.Module, StringComparison.Ordinal)));

    /// <summary>
    /// The module an import names: beside the importer for one dot, a folder up for each more; an absolute import
    /// (<c>app.settings.base</c>) by the end of its path, wherever the repository keeps the package.
    /// </summary>
    private static (string Module, bool PathEnd) Resolve(string folder, int dots, string module)
    {
        var relative = module.Replace('.', '/') + ".py";
        if (dots == 0)
        {
            return (relative, true);
        }
        var parts = folder.Length == 0 ? new List<string>() : [.. folder.Split('/')];
        parts.RemoveRange(Math.Max(0, parts.Count - (dots - 1)), Math.Min(parts.Count, dots - 1));
        return (string.Join('/', parts.Append(relative)), false);
    }

    /// <summary>A value read from outside the code with no literal to fall back on, and not the imported value itself.</summary>
    private static bool Replacement(string value, string name) =>
        !Literal().IsMatch(value) && !Fallback().IsMatch(value) && !OnlyName().IsMatch(value)
        && !value.TrimEnd().EndsWith('(') && !value.TrimEnd().EndsWith('\\')
        // The environment's variable is often named as the setting: only a mention outside the strings reads the import.
        && !Regex.IsMatch(Quoted().Replace(value, "''"), $@"(?<![\w.]){Regex.Escape(name)}(?!\w)", RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"'[^'\n]*'|""[^""\n]*""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^from\s+(?<dots>\.*)(?<module>\w+(?:\.\w+)*)\s+import\s+\*\s*(#.*)?\r?$")]
    private static partial Regex WholeImport();

    /// <summary>A compound statement's header: <c>if x:</c>, <c>try:</c>, <c>def f():</c>, <c>with open(p) as f:</c>.</summary>
    [GeneratedRegex(@"^(?<keyword>if|elif|else|for|while|try|except|finally|with|def|async|class|match|case)\b.*:\s*(#.*)?$")]
    private static partial Regex BlockOpener();

    /// <summary>A setting given a value, at any depth: <c>SECRET_KEY = …</c>.</summary>
    [GeneratedRegex(@"^\s*(?<name>[A-Z][A-Z0-9_]*)\s*=(?!=)\s*(?<value>\S.*)$")]
    private static partial Regex Setting();

    /// <summary>A value written in the code: a string (with a prefix), a number, True, False or None.</summary>
    [GeneratedRegex(@"^(?:[bfrBFRuU]{0,2}['""]|-?\d|True\b|False\b|None\b)")]
    private static partial Regex Literal();

    /// <summary>A literal to fall back on: a second argument (<c>environ.get("K", "…")</c>), a <c>default=</c>, an <c>or</c>.</summary>
    [GeneratedRegex(@",\s*[bfrBFRuU]{0,2}['""]|\bdefault\s*=|\bor\b")]
    private static partial Regex Fallback();

    /// <summary>Another name alone (<c>SECRET_KEY = DEFAULT_KEY</c>), which may hold a literal.</summary>
    [GeneratedRegex(@"^[A-Za-z_][\w.]*\s*(#.*)?$")]
    private static partial Regex OnlyName();
}
