using System.Collections.Immutable;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// How a repository starts its app where it is deployed, read from the files that do it: Dockerfiles, Procfiles,
/// compose files, platform manifests and entrypoint scripts. A Python app that a Dockerfile hands to gunicorn never
/// runs the <c>app.run(debug=True)</c> at the bottom of its development runner; one whose Dockerfile says
/// <c>python app.py</c> does.
/// </summary>
/// <param name="Servers">The application servers a launch command starts (<c>gunicorn</c>), from files not named for development or tests.</param>
/// <param name="Scripts">The file names of Python scripts a launch command runs (<c>python serve.py</c>), from any launch file.</param>
/// <param name="Modules">The modules a server is handed as its application (<c>wsgi</c> of <c>gunicorn wsgi:app</c>), with their parent packages, which the import runs too.</param>
/// <param name="RunModules">The modules <c>python -m</c> runs as scripts.</param>
public sealed record ServerLaunches(ImmutableHashSet<string> Servers, ImmutableHashSet<string> Scripts, ImmutableHashSet<string> Modules, ImmutableHashSet<string> RunModules)
{
    public static readonly ServerLaunches None = new([], [], [], []);

    /// <summary>Words in a launch file's name that say it starts the app on a developer's machine or for the tests.</summary>
    private static readonly HashSet<string> LocalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dev", "development", "local", "test", "testing", "tests", "debug",
    };

    /// <summary>Words in a shell script's name that say it starts something.</summary>
    private static readonly HashSet<string> StartWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "entrypoint", "start", "run", "serve", "server", "boot", "launch", "prod", "production", "deploy",
    };

    private static readonly HashSet<string> PlatformFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        "app.yaml", "render.yaml", "fly.toml", "Procfile", "Containerfile", "Dockerfile",
    };

    /// <summary>Whether a file's path is one of the files that start an app where it is deployed.</summary>
    public static bool IsLaunchFile(string path)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name);
        return PlatformFiles.Contains(name)
            || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Procfile.", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".dockerfile", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".service", StringComparison.OrdinalIgnoreCase)
            || (IsYaml(extension) && (name.StartsWith("docker-compose", StringComparison.OrdinalIgnoreCase) || name.StartsWith("compose", StringComparison.OrdinalIgnoreCase)))
            || (extension.Equals(".sh", StringComparison.OrdinalIgnoreCase) && FileRoles.NameHasWord(name, StartWords));
    }

    private static bool IsYaml(string extension) =>
        extension.Equals(".yml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// What one launch file starts. <paramref name="servers"/> are the server names worth knowing (the catalog's
    /// <c>unlessServedBy</c>); a server counts only as the program a command runs, so <c>pip install gunicorn</c> or
    /// <c>mkdir /var/log/gunicorn</c> starts nothing.
    /// </summary>
    public static ServerLaunches Read(string path, string text, IReadOnlySet<string> servers)
    {
        var local = FileRoles.NameHasWord(Path.GetFileName(path), LocalWords);
        var started = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var scripts = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var modules = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var runModules = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var segment in Commands(text).SelectMany(Segments))
        {
            var words = Words(segment);
            // Any Python file a command names may be run by it: `python app.py`, `uv run app.py`, `CMD ["app.py"]`
            // after `ENTRYPOINT ["python"]`. Counting one too many only keeps a finding.
            scripts.UnionWith(words.Where(w => w.EndsWith(".py", StringComparison.Ordinal)).Select(Program));
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i] == "-m" && i + 1 < words.Count)
                {
                    runModules.Add(words[i + 1]);
                }
            }
            if (ProgramAt(words) is var (at, program) && servers.Contains(program))
            {
                if (!local)
                {
                    started.Add(program);
                }
                foreach (var module in words.Skip(at + 1).Select(ApplicationModule).OfType<string>())
                {
                    // Importing `shop.wsgi` runs `shop/__init__.py` first.
                    for (var dot = module.Length; dot > 0; dot = module.LastIndexOf('.', dot - 1))
                    {
                        modules.Add(module[..dot]);
                    }
                }
            }
        }
        return new ServerLaunches(started.ToImmutable(), scripts.ToImmutable(), modules.ToImmutable(), runModules.ToImmutable());
    }

    /// <summary>Words that stand before the program a command runs: a Dockerfile's instruction, a Procfile's or compose file's label, a launcher.</summary>
    private static readonly HashSet<string> Launchers = new(StringComparer.Ordinal)
    {
        "CMD", "ENTRYPOINT", "exec", "nohup", "env", "sudo", "run", "uv", "poetry", "pipenv", "pdm", "hatch", "rye",
    };

    /// <summary>
    /// The program a command segment runs, and where: its first word past instructions, labels (<c>web:</c>),
    /// variables (<c>PORT=8000</c>) and launchers (<c>exec</c>, <c>uv run</c>, <c>python -m</c>). A systemd unit's
    /// <c>ExecStart=/usr/bin/gunicorn</c> names its program after the sign.
    /// </summary>
    private static (int At, string Program)? ProgramAt(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.StartsWith("ExecStart=", StringComparison.Ordinal))
            {
                return (i, Program(word["ExecStart=".Length..]));
            }
            if (word.EndsWith(':') || word.Contains('=') || Launchers.Contains(word))
            {
                continue;
            }
            var program = Program(word);
            if (IsPython(program) && i + 2 < words.Count && words[i + 1] == "-m")
            {
                return (i + 2, words[i + 2]);
            }
            return (i, program);
        }
        return null;
    }

    /// <summary>A command's parts that each run a program: split at <c>&amp;&amp;</c>, <c>||</c>, <c>;</c> and pipes.</summary>
    private static IEnumerable<string> Segments(string command) => command.Split(["&&", "||", ";", "|"], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>All that several launch files start.</summary>
    public static ServerLaunches Combine(IEnumerable<ServerLaunches> launches)
    {
        var all = launches.ToList();
        return all.Count == 0
            ? None
            : new ServerLaunches(
                [.. all.SelectMany(l => l.Servers)],
                [.. all.SelectMany(l => l.Scripts)],
                [.. all.SelectMany(l => l.Modules)],
                [.. all.SelectMany(l => l.RunModules)]);
    }

    /// <summary>
    /// Whether the Python file at <paramref name="path"/> is left out of how the app is deployed: one of
    /// <paramref name="servers"/> starts the app and no launch command runs the file (as a script or with
    /// <c>python -m</c>). A place outside the file's <c>if __name__ == "__main__":</c> block runs whenever the file is
    /// imported, so it is left out only when no server is handed the file's module and no Python file of the
    /// repository imports it (<paramref name="imported"/>, matched by their last parts).
    /// </summary>
    public bool LeavesOut(string path, IEnumerable<string> servers, bool underMainGuard, IReadOnlySet<string> imported)
    {
        if (!servers.Any(Servers.Contains) || Scripts.Contains(Path.GetFileName(path)))
        {
            return false;
        }
        var module = ModuleOf(path);
        if (RunModules.Any(m => Names(module, m) || Names(module, m + ".__main__")))
        {
            return false;
        }
        return underMainGuard || (!Modules.Any(m => Names(module, m)) && !imported.Any(m => Names(module, m)));
    }

    /// <summary>Whether <paramref name="name"/>, as a launch or an import writes it, can be the module at <paramref name="module"/>'s path.</summary>
    internal static bool Names(string module, string name) =>
        name.Length > 0 && (module == name || module.EndsWith("." + name, StringComparison.Ordinal));

    /// <summary><c>CTFd/wsgi.py</c> is the module <c>CTFd.wsgi</c>; a package's <c>__init__.py</c> is the package.</summary>
    internal static string ModuleOf(string path)
    {
        var dotted = path.EndsWith(".py", StringComparison.Ordinal) ? path[..^3] : path;
        if (dotted.EndsWith("/__init__", StringComparison.Ordinal))
        {
            dotted = dotted[..^"/__init__".Length];
        }
        return dotted.Replace('/', '.');
    }

    /// <summary>The commands of a file, a line each, with a shell's or a Dockerfile's continued lines joined and comments dropped.</summary>
    private static IEnumerable<string> Commands(string text)
    {
        var command = new System.Text.StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (line.StartsWith('#'))
            {
                continue;
            }
            if (line.IndexOf(" #", StringComparison.Ordinal) is var comment and >= 0)
            {
                line = line[..comment].TrimEnd();
            }
            if (line.EndsWith('\\'))
            {
                command.Append(line, 0, line.Length - 1).Append(' ');
                continue;
            }
            command.Append(line);
            yield return command.ToString();
            command.Clear();
        }
        if (command.Length > 0)
        {
            yield return command.ToString();
        }
    }

    /// <summary>A command's words, with the quotes, brackets and commas of an exec form (<c>CMD ["python", "app.py"]</c>) read as spaces.</summary>
    private static List<string> Words(string command) =>
        [.. command.Split([' ', '\t', '"', '\'', ',', '[', ']', ';', '&', '|', '(', ')'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The program a word names, without its folder: <c>/opt/venv/bin/gunicorn</c> is <c>gunicorn</c>.</summary>
    private static string Program(string word) => word[(word.LastIndexOf('/') + 1)..];

    /// <summary><c>python</c>, <c>python3</c>, <c>python3.12</c>.</summary>
    private static bool IsPython(string program) =>
        program.StartsWith("python", StringComparison.Ordinal) && program[6..].All(c => char.IsAsciiDigit(c) || c == '.');

    /// <summary>
    /// The module of a word given to a server that could name its application (<c>wsgi:app</c>, <c>pygoat.wsgi</c>,
    /// <c>CTFd:create_app()</c>); options, addresses and variables name none.
    /// </summary>
    private static string? ApplicationModule(string word)
    {
        if (word.StartsWith('-') || word.Contains('$') || word.Contains('=') || word.Contains('/'))
        {
            return null;
        }
        var module = word.Split(':')[0];
        return module.Length > 0 && (char.IsAsciiLetter(module[0]) || module[0] == '_') && module.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.')
            ? module
            : null;
    }
}
