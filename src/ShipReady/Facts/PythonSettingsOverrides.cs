using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ShipReady.Facts;

/// <summary>
/// Python settings split into modules (Django's <c>settings/base.py</c> read by <c>settings/prod.py</c>): which settings
/// of a module another module in its folder imports whole (<c>from .base import *</c>) and then gives a value that is not
/// written in the code (<c>SECRET_KEY = os.environ["SECRET_KEY"]</c>, read from a file, generated). The literal in the
/// imported module is then the default the deployed settings replace.
/// </summary>
/// <remarks>
/// A module named for a developer's machine or the tests (<c>dev.py</c>, <c>local.py</c>, <c>test_settings.py</c>) replaces
/// nothing a deployment runs. A replacement written as a literal replaces one secret in the code with another.
/// </remarks>
public sealed partial class PythonSettingsOverrides
{
    private readonly ImmutableHashSet<(string Module, string Name)> _replaced;

    private PythonSettingsOverrides(ImmutableHashSet<(string Module, string Name)> replaced) => _replaced = replaced;

    /// <summary>Whether the text may import a module whole: the one test run on every Python file.</summary>
    public static bool MayImportWhole(ReadOnlySpan<char> text) => text.Contains("import *", StringComparison.Ordinal);

    /// <summary>The settings the module at <paramref name="path"/> replaces, as (imported module's path, name) pairs.</summary>
    public static IEnumerable<(string Module, string Name)> Read(string path, string text)
    {
        var folder = Path.GetDirectoryName(path.Replace('\\', '/'))?.Replace('\\', '/') ?? "";
        if (NotDeployed().IsMatch(Path.GetFileNameWithoutExtension(path)))
        {
            yield break;
        }
        var imported = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (WholeImport().Match(line) is { Success: true } import)
            {
                // `from .base import *` and `from app.settings.base import *` both name the module by its last part.
                var module = import.Groups["module"].Value;
                imported.Add(Join(folder, module[(module.LastIndexOf('.') + 1)..] + ".py"));
                continue;
            }
            if (imported.Count > 0 && Setting().Match(line) is { Success: true } setting && !Literal().IsMatch(setting.Groups["value"].Value))
            {
                foreach (var module in imported)
                {
                    yield return (module, setting.Groups["name"].Value);
                }
            }
        }
    }

    public static PythonSettingsOverrides From(IEnumerable<(string Module, string Name)> replaced) => new([.. replaced]);

    /// <summary>Whether the setting the hit's line assigns is replaced by a module that imports the hit's file whole.</summary>
    public bool Replaces(string file, string snippet) =>
        Setting().Match(snippet) is { Success: true } setting && _replaced.Contains((file, setting.Groups["name"].Value));

    private static string Join(string folder, string file) => folder.Length == 0 ? file : folder + "/" + file;

    [GeneratedRegex(@"^\s*from\s+\.?(?<module>[\w.]*\w)\s+import\s+\*\s*(#.*)?\r?$")]
    private static partial Regex WholeImport();

    /// <summary>A setting given a value, at any depth (inside a <c>try</c> or an <c>if</c>): <c>SECRET_KEY = …</c>.</summary>
    [GeneratedRegex(@"^\s*(?<name>[A-Z][A-Z0-9_]*)\s*=(?!=)\s*(?<value>\S.*)$")]
    private static partial Regex Setting();

    /// <summary>A value written in the code: a string (with a prefix), a number, True, False or None.</summary>
    [GeneratedRegex(@"^(?:[bfrBFRuU]{0,2}['""]|-?\d|True\b|False\b|None\b)")]
    private static partial Regex Literal();

    [GeneratedRegex(@"(?i)^(?:dev|development|local|test|tests|testing|ci)$|(?i)^(?:test_|dev_|local_)|(?i)_(?:test|tests|testing|dev|local)$")]
    private static partial Regex NotDeployed();
}
