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
/// <param name="Modules">Modules a launch command names: a server's application (<c>wsgi</c> of <c>gunicorn wsgi:app</c>) or <c>python -m</c>'s module.</param>
public sealed record ServerLaunches(ImmutableHashSet<string> Servers, ImmutableHashSet<string> Scripts, ImmutableHashSet<string> Modules)
{
    public static readonly ServerLaunches None = new([], [], []);

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
    /// <c>unlessServedBy</c>); a line that installs a package (<c>pip install gunicorn</c>) starts nothing.
    /// </summary>
    public static ServerLaunches Read(string path, string text, IReadOnlySet<string> servers)
    {
        var local = FileRoles.NameHasWord(Path.GetFileName(path), LocalWords);
        var started = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var scripts = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var modules = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var command in Commands(text))
        {
            var words = Words(command);
            if (words.Any(w => w is "install" or "add"))
            {
                continue;
            }
            for (var i = 0; i < words.Count; i++)
            {
                var program = Program(words[i]);
                if (servers.Contains(program))
                {
                    if (!local)
                    {
                        started.Add(program);
                    }
                    modules.UnionWith(words.Skip(i + 1).Select(ApplicationModule).OfType<string>());
                }
                else if (IsPython(program))
                {
                    Script(words, i + 1, scripts, modules);
                }
            }
        }
        return new ServerLaunches(started.ToImmutable(), scripts.ToImmutable(), modules.ToImmutable());
    }

    /// <summary>All that several launch files start.</summary>
    public static ServerLaunches Combine(IEnumerable<ServerLaunches> launches)
    {
        var all = launches.ToList();
        return all.Count == 0
            ? None
            : new ServerLaunches(
                [.. all.SelectMany(l => l.Servers)],
                [.. all.SelectMany(l => l.Scripts)],
                [.. all.SelectMany(l => l.Modules)]);
    }

    /// <summary>
    /// Whether the Python file at <paramref name="path"/> is left out of how the app is deployed: one of
    /// <paramref name="servers"/> starts the app, no launch command runs the file, and when a server is handed the
    /// file's module, the place is in its <c>if __name__ == "__main__":</c> block, which a server's import skips.
    /// </summary>
    public bool LeavesOut(string path, IEnumerable<string> servers, bool underMainGuard)
    {
        if (!servers.Any(Servers.Contains) || Scripts.Contains(Path.GetFileName(path)))
        {
            return false;
        }
        var module = ModuleOf(path);
        var named = Modules.Any(m => module == m || module.EndsWith("." + m, StringComparison.Ordinal));
        return !named || underMainGuard;
    }

    /// <summary><c>CTFd/wsgi.py</c> is the module <c>CTFd.wsgi</c>; a package's <c>__init__.py</c> is the package.</summary>
    private static string ModuleOf(string path)
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

    /// <summary>What <c>python</c> runs: the first word that is no option, a script's file name, or the module after <c>-m</c>.</summary>
    private static void Script(List<string> words, int from, ImmutableHashSet<string>.Builder scripts, ImmutableHashSet<string>.Builder modules)
    {
        for (var i = from; i < words.Count; i++)
        {
            if (words[i] == "-m" && i + 1 < words.Count)
            {
                modules.Add(words[i + 1]);
                return;
            }
            if (words[i].StartsWith('-'))
            {
                continue;
            }
            if (words[i].EndsWith(".py", StringComparison.Ordinal))
            {
                scripts.Add(Program(words[i]));
            }
            return;
        }
    }

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
