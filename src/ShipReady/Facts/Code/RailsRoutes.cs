using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Which Rails controllers the application's routes reach only by GET: a controller that skips the CSRF check then
/// has nothing a forged request could change, since Rails checks the token only on other verbs (GET and HEAD are
/// never verified) and answers a verb no route names with 404.
/// </summary>
/// <remarks>
/// The routes are <c>config/routes.rb</c> and the files it draws from <c>config/routes/</c>, beside the <c>app/</c>
/// folder that holds the controller (an engine's own). A controller counts as reached only by GET when some
/// <c>get</c> or <c>root</c> line names it as a route's target (<c>"pwa#service_worker"</c>, <c>to: "pwa#…"</c>,
/// <c>controller: :pwa</c>) and no other line names it in any form: not <c>resources</c>, <c>resource</c> (whose
/// singular name routes to the plural controller), <c>post</c>, <c>match</c>, <c>namespace</c>, <c>scope</c>, a
/// <c>controller</c> block, nor a line a route continues on. Routes with a <c>:controller</c> segment reach every
/// controller; a controller another class inherits from serves that one's routes too. Either keeps the hit.
/// </remarks>
public static partial class RailsRoutes
{
    /// <summary>The code lines of one routes file (comments blanked, strings kept), by the folder the app is in.</summary>
    public sealed record File(string Path, string Root, ImmutableArray<string> Lines);

    /// <summary>Whether a path is a routes file: <c>config/routes.rb</c>, or one under <c>config/routes/</c>.</summary>
    public static bool IsRoutesFile(string path) => RootOf(path) is not null;

    /// <summary>The folder that holds <c>config/</c> (with its trailing slash; empty at the repository's root), or null.</summary>
    public static string? RootOf(string path)
    {
        if (!path.EndsWith(".rb", StringComparison.Ordinal))
        {
            return null;
        }
        if (path == "config/routes.rb" || path.StartsWith("config/routes/", StringComparison.Ordinal))
        {
            return "";
        }
        var at = path.EndsWith("/config/routes.rb", StringComparison.Ordinal) ? path.Length - "config/routes.rb".Length
            : path.LastIndexOf("/config/routes/", StringComparison.Ordinal) is var i and >= 0 ? i + 1 : -1;
        return at < 0 ? null : path[..at];
    }

    public static File Read(string path, MaskedSource masked) =>
        new(path, RootOf(path)!, [.. masked.CodeAndStringsText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)]);

    [GeneratedRegex(@"^[ \t]*class[ \t]+[\w:]+[ \t]*<[ \t]*(?:\w+::)*(?<parent>\w+)", RegexOptions.Multiline)]
    private static partial Regex ClassParent();

    /// <summary>
    /// The classes a Ruby file's classes inherit from, by their last name in lower case without underscores
    /// (<c>pwacontroller</c>), as a controller's file name gives it whatever acronyms the inflections know.
    /// </summary>
    public static IEnumerable<string> Parents(MaskedSource masked)
    {
        foreach (Match m in ClassParent().Matches(masked.CodeText))
        {
            yield return Folded(m.Groups["parent"].Value);
        }
    }

    private static string Folded(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    [GeneratedRegex(@"^(?<root>(?:.*/)?)app/controllers/(?:.+/)?(?<name>[a-z0-9_]+)_controller\.rb$")]
    private static partial Regex ControllerPath();

    [GeneratedRegex(@"^(get|root)\b")]
    private static partial Regex GetLine();

    /// <summary>Code that reads routes from elsewhere: <c>instance_eval(File.read(…))</c>, <c>load</c>, <c>require</c>.</summary>
    [GeneratedRegex(@"\b(instance_eval|class_eval|eval|load|require|require_relative)\b|\bFile\.read\b")]
    private static partial Regex LoadsCode();

    /// <summary>A route's default segment (<c>':controller(/:action(/:id))'</c>): any controller may be reached.</summary>
    [GeneratedRegex(@"['""/(]:controller\b")]
    private static partial Regex AnyController();

    /// <summary>
    /// Whether the controller in the file at <paramref name="path"/> is reached only by GET routes, as the routes
    /// files of its application show; false when the path is no controller, or when there are no routes to read.
    /// </summary>
    /// <param name="routes">Every routes file read.</param>
    /// <param name="unread">Routes files listed but not read: their application's routes are not known.</param>
    /// <param name="parents">The classes some Ruby class inherits from.</param>
    public static bool OnlyGet(string path, IReadOnlyList<File> routes, IReadOnlySet<string> unread, IReadOnlySet<string> parents)
    {
        if (ControllerPath().Match(path) is not { Success: true } m)
        {
            return false;
        }
        var root = m.Groups["root"].Value;
        var name = m.Groups["name"].Value;
        if (parents.Contains(Folded(name) + "controller") || unread.Any(u => RootOf(u) == root))
        {
            return false;
        }
        var mine = routes.Where(r => r.Root == root).ToList();
        if (!mine.Any(r => r.Path == root + "config/routes.rb"))
        {
            return false;
        }
        var forms = Forms(name);
        var className = Folded(name) + "controller";
        var targeted = false;
        // Two routes may share a line (`get …; post …`): each statement is judged on its own.
        foreach (var line in mine.SelectMany(r => r.Lines).SelectMany(l => l.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            // Routes read from another file, or a route to the class itself (`to: PwaController.action(:sync)`), are
            // not seen by name: what reaches the controller is not known.
            if (AnyController().IsMatch(line) || LoadsCode().IsMatch(line) || Folded(line).Contains(className, StringComparison.Ordinal))
            {
                return false;
            }
            if (!forms.Any(f => CallMatcher.ContainsWord(line, f)))
            {
                continue;
            }
            if (!GetLine().IsMatch(line))
            {
                return false;
            }
            targeted |= Targets(line, name);
        }
        return targeted;
    }

    /// <summary>Whether a line names the controller as a route's target: <c>"pwa#show"</c>, <c>"admin/pwa#show"</c>, <c>controller: :pwa</c>.</summary>
    private static bool Targets(string line, string name)
    {
        for (var at = line.IndexOf(name + "#", StringComparison.Ordinal); at >= 0; at = line.IndexOf(name + "#", at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && line[at - 1] is '"' or '\'' or '/')
            {
                return true;
            }
        }
        for (var at = line.IndexOf("controller:", StringComparison.Ordinal); at >= 0; at = line.IndexOf("controller:", at + 1, StringComparison.Ordinal))
        {
            var value = line.AsSpan(at + "controller:".Length).TrimStart();
            if (value.Length > name.Length && value[0] is ':' or '"' or '\'' && value[1..].StartsWith(name, StringComparison.Ordinal)
                && (value.Length == name.Length + 1 || !CallMatcher.IsWordChar(value[name.Length + 1])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The controller's name and the singular forms a <c>resource</c> line may give it (<c>profile</c> for <c>profiles</c>).</summary>
    private static string[] Forms(string name)
    {
        var forms = new List<string> { name };
        if (name.EndsWith("ies", StringComparison.Ordinal))
        {
            forms.Add(name[..^3] + "y");
        }
        if (name.EndsWith("es", StringComparison.Ordinal))
        {
            forms.Add(name[..^2]);
        }
        if (name.EndsWith('s'))
        {
            forms.Add(name[..^1]);
        }
        return [.. forms.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal)];
    }
}
