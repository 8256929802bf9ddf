using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// The Python function a decorator line decorates, read by indentation, and the functions of the same file its body
/// calls: what a view does is in its decorators, its body and the helpers it hands the request to.
/// </summary>
/// <remarks>
/// Django's <c>@csrf_exempt</c> matters only on a view that acts for the signed-in user: one that authenticates
/// by an API key header, a secret in its URL or a signed token rides no cookie, and only its body says which.
/// </remarks>
public static partial class PythonFunction
{
    /// <summary>How far below a decorator its <c>def</c> is looked for: a stack of decorators is a few lines.</summary>
    public const int MaxDecoratorLines = 40;

    /// <summary>Longest function read; a longer one is read up to here.</summary>
    public const int MaxBodyLines = 2_000;

    /// <summary>A function's <c>def</c> line, with its name.</summary>
    [GeneratedRegex(@"^\s*(async\s+)?def\s+(?<name>[A-Za-z_]\w*)")]
    internal static partial Regex Def();

    // A name called on its own or on self/cls: "obj.save(" is some other object's method.
    [GeneratedRegex(@"(?:(?<=\bself\.)|(?<=\bcls\.)|(?<![\w.]))(?<name>[A-Za-z_]\w*)\s*\(")]
    private static partial Regex Call();

    /// <summary>The name of the innermost function whose body holds <paramref name="line"/>; null outside functions.</summary>
    public static string? Enclosing(MaskedSource masked, int line) => PythonClass.EnclosingHeader(masked, line, Def());

    /// <summary>
    /// Whether a decorator of the innermost function around <paramref name="line"/> holds one of
    /// <paramref name="texts"/> (in code or strings): <c>@manager.command(name="drop_tables")</c> makes the function
    /// a command an operator runs. False outside functions.
    /// </summary>
    public static bool EnclosingDecoratedWith(MaskedSource masked, int line, IReadOnlyList<string> texts)
    {
        var (def, _) = PythonClass.EnclosingHeaderLine(masked, line, Def());
        if (def == 0)
        {
            return false;
        }
        for (var l = FirstDecorator(masked, def); l < def; l++)
        {
            var decorator = masked.CodeAndStringsLine(l);
            if (texts.Any(t => decorator.Contains(t, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the innermost function around <paramref name="line"/> is a command of a click group the same file
    /// declares: <c>@flaskbb.command()</c> over it, where <c>def flaskbb(</c> carries <c>@click.group(…)</c> (or a
    /// parent group's <c>@cli.group(…)</c>), or <c>flaskbb = click.Group(…)</c>, <c>AppGroup(…)</c> or
    /// <c>FlaskGroup(…)</c>. False outside functions.
    /// </summary>
    public static bool EnclosingClickCommand(MaskedSource masked, int line)
    {
        var (def, _) = PythonClass.EnclosingHeaderLine(masked, line, Def());
        if (def == 0)
        {
            return false;
        }
        for (var l = FirstDecorator(masked, def); l < def; l++)
        {
            if (GroupCommand().Match(masked.CodeLine(l)) is { Success: true } command && DeclaresClickGroup(masked, command.Groups["group"].Value))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^\s*@(?<group>[A-Za-z_]\w*)\.command\b")]
    private static partial Regex GroupCommand();

    /// <summary><c>@click.group(…)</c>, or a parent group's <c>@cli.group(…)</c> (its name in the group).</summary>
    [GeneratedRegex(@"^\s*@(?<parent>click|[A-Za-z_]\w*)\.group\b")]
    private static partial Regex GroupDecorator();

    /// <summary>
    /// <c>cli = click.Group(…)</c>, or Flask's <c>AppGroup(…)</c> and <c>FlaskGroup(…)</c>; a bare <c>Group(…)</c> may be
    /// a chat library's or Django's.
    /// </summary>
    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_]\w*)\s*(:\s*[\w.]+\s*)?=\s*(click\.Group|(flask\.cli\.)?(AppGroup|FlaskGroup))\(")]
    private static partial Regex GroupAssignment();

    /// <summary>How many parent groups are followed up to <c>@click.group</c>.</summary>
    private const int MaxGroupDepth = 4;

    /// <summary>
    /// Whether the file makes <paramref name="group"/> a click group: by assignment, or by a <c>@click.group(…)</c>
    /// decorator on its <c>def</c>, or a parent's <c>@parent.group(…)</c> where the parent is one in turn. A discord.py
    /// <c>@bot.group()</c> or <c>@commands.group()</c> has no click group above it.
    /// </summary>
    private static bool DeclaresClickGroup(MaskedSource masked, string group, int depth = 0)
    {
        if (depth > MaxGroupDepth)
        {
            return false;
        }
        for (var l = 1; l <= masked.LineCount; l++)
        {
            var code = masked.CodeLine(l);
            if (GroupAssignment().Match(code) is { Success: true } assigned && assigned.Groups["name"].Value == group)
            {
                return true;
            }
            if (Def().Match(code) is { Success: true } def && def.Groups["name"].Value == group)
            {
                for (var d = FirstDecorator(masked, l); d < l; d++)
                {
                    if (GroupDecorator().Match(masked.CodeLine(d)) is { Success: true } decorator
                        && decorator.Groups["parent"].Value is var parent
                        && (parent == "click" || (parent != group && DeclaresClickGroup(masked, parent, depth + 1))))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the function that the decorator on <paramref name="line"/> decorates, or a function of the file that
    /// its body calls by name, holds one of <paramref name="texts"/> (in code or strings, not in comments). Null when
    /// the line is no decorator of a function: the caller cannot tell, and keeps what it found.
    /// </summary>
    public static bool? DecoratedHolds(MaskedSource masked, int line, IReadOnlyList<string> texts)
    {
        if (!masked.CodeLine(line).TrimStart().StartsWith('@') || DecoratedDef(masked, line) is not { } def)
        {
            return null;
        }
        var (first, last) = Extent(masked, FirstDecorator(masked, def), def);
        if (Holds(masked, first, last, texts))
        {
            return true;
        }
        var defs = DefsByName(masked);
        var own = Def().Match(masked.CodeLine(def)).Groups["name"].Value;
        var called = new HashSet<string>(StringComparer.Ordinal);
        for (var l = def + 1; l <= last; l++)
        {
            foreach (Match call in Call().Matches(masked.CodeLine(l)))
            {
                called.Add(call.Groups["name"].Value);
            }
        }
        foreach (var name in called)
        {
            if (name == own || !defs.TryGetValue(name, out var lines))
            {
                continue;
            }
            foreach (var helper in lines)
            {
                var (helperFirst, helperLast) = Extent(masked, FirstDecorator(masked, helper), helper);
                if (Holds(masked, helperFirst, helperLast, texts))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The line of the <c>def</c> below a decorator, past the other decorators; null when a class or other code comes first.</summary>
    private static int? DecoratedDef(MaskedSource masked, int line)
    {
        var indent = PythonClass.Indent(masked.CodeLine(line));
        for (var l = line + 1; l <= masked.LineCount && l <= line + MaxDecoratorLines; l++)
        {
            var code = masked.CodeLine(l);
            if (code.Trim().Length == 0)
            {
                continue;
            }
            var at = PythonClass.Indent(code);
            if (at > indent)
            {
                // A decorator's arguments over several lines.
                continue;
            }
            if (at < indent)
            {
                return null;
            }
            if (Def().IsMatch(code))
            {
                return l;
            }
            if (!code.TrimStart().StartsWith('@') && !ClosesBracket(code.TrimStart()))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// From the first decorator to the last line indented under the <c>def</c>. The signature may span lines
    /// (<c>def view(\n    request,\n) -&gt; HttpResponse:</c>), and a line inside brackets still open (a call whose
    /// string reaches the margin) or one that only closes a string (a docstring's quotes) does not end it.
    /// </summary>
    private static (int First, int Last) Extent(MaskedSource masked, int first, int def)
    {
        var indent = PythonClass.Indent(masked.CodeLine(def));
        var last = def;
        var depth = Depth(masked.CodeLine(def));
        for (var l = def + 1; l <= masked.LineCount && l <= def + MaxBodyLines; l++)
        {
            var code = masked.CodeLine(l);
            // A line inside open brackets (the signature's, or a call's whose string reaches the margin) continues.
            var open = depth > 0;
            depth = Math.Max(0, depth + Depth(code));
            if (open)
            {
                last = l;
                continue;
            }
            var trimmed = code.Trim();
            if (trimmed.Length == 0 || trimmed.Trim('"', '\'', ')', ' ').Length == 0)
            {
                continue;
            }
            if (PythonClass.Indent(code) <= indent)
            {
                break;
            }
            last = l;
        }
        return (first, last);
    }

    /// <summary>Brackets a line opens minus those it closes (strings and comments are blank in the code view).</summary>
    private static int Depth(string code)
    {
        var depth = 0;
        foreach (var c in code)
        {
            depth += c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
        }
        return depth;
    }

    /// <summary>
    /// The first line of the decorators stacked right above a <c>def</c>, or the <c>def</c> itself; a decorator's
    /// arguments over several lines (indented deeper, or a closing bracket) belong to it.
    /// </summary>
    private static int FirstDecorator(MaskedSource masked, int def)
    {
        var indent = PythonClass.Indent(masked.CodeLine(def));
        var first = def;
        for (var l = def - 1; l >= 1 && l >= def - MaxDecoratorLines; l--)
        {
            var line = masked.CodeLine(l);
            var code = line.TrimStart();
            if (code.Length == 0)
            {
                continue;
            }
            if (code.StartsWith('@') && PythonClass.Indent(line) == indent)
            {
                first = l;
            }
            else if (PythonClass.Indent(line) <= indent && !ClosesBracket(code))
            {
                break;
            }
        }
        return first;
    }

    /// <summary>A line that starts by closing a bracket ends a decorator's arguments over several lines: <c>)</c>, <c>])</c>.</summary>
    private static bool ClosesBracket(string trimmed) => trimmed.Length > 0 && trimmed[0] is ')' or ']' or '}';

    private static bool Holds(MaskedSource masked, int first, int last, IReadOnlyList<string> texts)
    {
        // A function that sets request.user itself (a chat bot's webhook acting as the bot's owner) reads, in the rest of
        // the block that sets it, the user it chose, not the session's: only what it is set to is read there. Once the
        // block ends (`if token:` set it, the next line at the `if`'s level does not know whether it ran), lines count again.
        var assignedAt = -1;
        var open = 0;
        for (var l = first; l <= last; l++)
        {
            var code = masked.CodeLine(l);
            var text = masked.CodeAndStringsLine(l);
            if (open > 0)
            {
                // The value set, over several lines.
                open += Balance(code);
                if (ContainsAny(text, texts))
                {
                    return true;
                }
                continue;
            }
            if (assignedAt >= 0)
            {
                if (code.Trim().Length == 0 || PythonClass.Indent(code) >= assignedAt)
                {
                    continue;
                }
                assignedAt = -1;
            }
            if (SetsRequestUser().Match(code) is { Success: true } sets)
            {
                var valueAt = sets.Index + sets.Length;
                if (ContainsAny(text[valueAt..], texts))
                {
                    return true;
                }
                open = Math.Max(0, Balance(code[valueAt..]));
                assignedAt = PythonClass.Indent(code);
                continue;
            }
            if (ContainsAny(text, texts))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsAny(string text, IReadOnlyList<string> texts)
    {
        foreach (var t in texts)
        {
            if (text.Contains(t, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many more brackets the code opens than it closes (strings and comments are blank).</summary>
    private static int Balance(string code)
    {
        var balance = 0;
        foreach (var c in code)
        {
            balance += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
        }
        return balance;
    }

    [GeneratedRegex(@"^\s*request\.user\s*=(?!=)")]
    private static partial Regex SetsRequestUser();

    /// <summary>Every function and method of the file by name; a name defined twice (two classes' methods) has both.</summary>
    private static Dictionary<string, List<int>> DefsByName(MaskedSource masked)
    {
        var defs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var l = 1; l <= masked.LineCount; l++)
        {
            if (Def().Match(masked.CodeLine(l)) is { Success: true } def)
            {
                var name = def.Groups["name"].Value;
                if (!defs.TryGetValue(name, out var lines))
                {
                    defs[name] = lines = [];
                }
                lines.Add(l);
            }
        }
        return defs;
    }
}
