using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Ruby methods read without a parser, from code whose comments and strings are blanked and whose blocks are
/// indented: a method's body is the lines below its <c>def</c> that are indented further, up to the <c>end</c> at
/// the <c>def</c>'s own indentation. ActiveRecord scopes (<c>scope :top, -&gt;(user, length) { … }</c>) are methods
/// too: they are called like them.
/// </summary>
/// <remarks>
/// Names are all there is: <c>send(:name)</c>, <c>method(:name)</c> and <c>&amp;:name</c> are not calls, and two
/// methods of the same name are one. Callers use the answers only to clear a finding, so what is missed must keep it:
/// see <see cref="RubyValueFlow"/>.
/// </remarks>
public static partial class RubyMethods
{
    /// <summary>A method: its name, the lines of its <c>def</c> and of its <c>end</c>, and its positional parameters.</summary>
    /// <param name="EndLine">The line of its <c>end</c>; the <c>def</c>'s own line for a method written on one line.</param>
    /// <param name="Parameters">Positional parameters in order; a keyword parameter is left out, a splat is named <c>*</c>.</param>
    /// <param name="OneLineBody">The body of a method written on one line (<c>def name = expr</c>), as code; else null.</param>
    public sealed record Definition(string Name, int Line, int EndLine, ImmutableArray<string> Parameters, string? OneLineBody);

    /// <summary>A call of a method by name: where it is, and its arguments as offsets into the masked text; null arguments when written without brackets.</summary>
    public sealed record Call(int Line, ImmutableArray<(int Index, int Length)>? Arguments);

    // def name, def self.name, def name(a, b = 1), def name a, b, def name = expr; scope :name, ->(a, b) { … },
    // scope :name, lambda { |a| … }, scope :name, (lambda do |a| … end).
    [GeneratedRegex(@"^(?<indent>[ \t]*)(?:def\s+(?:self\.)?(?<name>[a-z_]\w*[?!]?)(?<rest>.*)|scope\s+:(?<name>[a-z_]\w*)\s*,\s*\(?\s*(?:->\s*(?:\((?<params>[^)]*)\))?|lambda\s*(?:\{|do)\s*(?:\|(?<params>[^|]*)\|)?)(?<rest>.*))$")]
    private static partial Regex Header();

    // A def's parameters in brackets, then an endless body: "(a, b = 1) = expr".
    [GeneratedRegex(@"^\s*(?:\((?<params>[^)]*)\)|(?<params>[a-z_*&][^=;]*?))?\s*(?<endless>=(?![=~>])\s*(?<body>.+))?\s*$")]
    private static partial Regex DefRest();

    /// <summary>The method declared on <paramref name="line"/>, or null when the line declares none.</summary>
    public static Definition? At(MaskedSource masked, int line)
    {
        var code = masked.CodeLine(line);
        if (!code.Contains("def", StringComparison.Ordinal) && !code.Contains("scope", StringComparison.Ordinal))
        {
            return null;
        }
        var header = Header().Match(code);
        if (!header.Success)
        {
            return null;
        }
        var name = header.Groups["name"].Value;
        var rest = header.Groups["rest"].Value;
        string parameters;
        string? oneLine = null;
        if (header.Groups["params"].Success || code.TrimStart().StartsWith("scope", StringComparison.Ordinal))
        {
            parameters = header.Groups["params"].Value;
        }
        else
        {
            var def = DefRest().Match(rest);
            if (!def.Success)
            {
                // "def name; body; end" and the like: the body is on the line, but not as one expression.
                return new Definition(name, line, line, [], null);
            }
            parameters = def.Groups["params"].Value;
            oneLine = def.Groups["endless"].Success ? def.Groups["body"].Value : null;
        }
        var end = oneLine is null ? EndOf(masked, line) : line;
        return new Definition(name, line, end, Positional(parameters), oneLine);
    }

    /// <summary>Every method named <paramref name="name"/> that the file declares.</summary>
    public static IReadOnlyList<Definition> Named(MaskedSource masked, string name)
    {
        var found = new List<Definition>();
        for (var line = 1; line <= masked.LineCount; line++)
        {
            if (masked.CodeLine(line).Contains(name, StringComparison.Ordinal) && At(masked, line) is { } definition && definition.Name == name)
            {
                found.Add(definition);
            }
        }
        return found;
    }

    /// <summary>The method whose body holds <paramref name="line"/>: the nearest declaration above it that is indented less; null at the top level.</summary>
    public static Definition? Enclosing(MaskedSource masked, int line)
    {
        var indent = Indent(masked.CodeLine(line));
        for (var l = line - 1; l >= 1; l--)
        {
            var code = masked.CodeLine(l);
            if (code.Trim().Length == 0 || Indent(code) >= indent)
            {
                continue;
            }
            if (At(masked, l) is { } definition)
            {
                return definition.EndLine >= line ? definition : null;
            }
            indent = Indent(code);
        }
        return null;
    }

    /// <summary>
    /// The line of the <c>end</c> (or <c>}</c>) that closes the method declared on <paramref name="line"/>: the first
    /// line below at the declaration's indentation or less. A method written on one line ends on it.
    /// </summary>
    private static int EndOf(MaskedSource masked, int line)
    {
        var indent = Indent(masked.CodeLine(line));
        for (var l = line + 1; l <= masked.LineCount; l++)
        {
            var code = masked.CodeLine(l);
            var trimmed = code.Trim();
            if (trimmed.Length == 0 || Indent(code) > indent)
            {
                continue;
            }
            return trimmed.StartsWith("end", StringComparison.Ordinal) || trimmed.StartsWith('}') ? l : line;
        }
        return line;
    }

    /// <summary>
    /// The calls of <paramref name="name"/> in the file, on a receiver (<c>Story.top(…)</c>) or not, with their
    /// arguments; a declaration, a symbol (<c>:top</c>) and a hash key (<c>top: true</c>) are not calls.
    /// </summary>
    public static IReadOnlyList<Call> Calls(MaskedSource masked, string name)
    {
        var code = masked.Code;
        var calls = new List<Call>();
        for (var at = code.IndexOf(name, StringComparison.Ordinal); at >= 0; at = Next(code, name, at))
        {
            var end = at + name.Length;
            if ((at > 0 && (IsNameChar(code[at - 1]) || code[at - 1] is ':' or '@' or '$')) || (end < code.Length && IsNameChar(code[end])))
            {
                continue;
            }
            var (line, _) = masked.Position(at);
            if (At(masked, line) is { } declared && declared.Name == name && declared.Line == line)
            {
                continue;
            }
            var after = end;
            while (after < code.Length && code[after] is ' ' or '\t')
            {
                after++;
            }
            if (after < code.Length && code[after] == '(' && after == end)
            {
                calls.Add(new Call(line, Arguments(code, after)));
            }
            else if (after < code.Length && code[after] == ':' && (after + 1 >= code.Length || code[after + 1] != ':'))
            {
                // A hash key: top: true.
            }
            else if (after > end && after < code.Length && StartsArgument(code[after..]))
            {
                calls.Add(new Call(line, null));
            }
            else if (at > 0 && code[at - 1] == '.')
            {
                // Story.top with no arguments, or .top { … }.
                calls.Add(new Call(line, []));
            }
        }
        return calls;
    }

    private static int Next(ReadOnlySpan<char> code, string name, int at)
    {
        var next = code[(at + 1)..].IndexOf(name, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>Whether the text after a name and a space starts an argument written without brackets, rather than an operator or a keyword.</summary>
    private static bool StartsArgument(ReadOnlySpan<char> rest)
    {
        var c = rest[0];
        if (c is '@' or '"' or '\'' or ':' or '[' or '{' or '%' || char.IsDigit(c) || char.IsUpper(c))
        {
            return !(c == ':' && rest.Length > 1 && rest[1] == ':') && !(c == '{');
        }
        if (!(char.IsLower(c) || c == '_'))
        {
            return false;
        }
        var word = 0;
        while (word < rest.Length && IsNameChar(rest[word]))
        {
            word++;
        }
        return rest[..word] is not ("if" or "unless" or "and" or "or" or "then" or "do" or "end" or "rescue" or "while" or "until" or "in");
    }

    /// <summary>The arguments of the call whose bracket opens at <paramref name="open"/>, as offsets into the code.</summary>
    private static ImmutableArray<(int Index, int Length)> Arguments(ReadOnlySpan<char> code, int open) =>
        [.. CallMatcher.Split(CallMatcher.Arguments(code, open)).Select(a => (open + 1 + a.Start, a.Length))];

    /// <summary>The positional parameters of a list: names before any default, a splat as <c>*</c>, keyword parameters and the block left out.</summary>
    private static ImmutableArray<string> Positional(string parameters)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in parameters.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.StartsWith('&') || raw.StartsWith("**", StringComparison.Ordinal))
            {
                continue;
            }
            if (raw.StartsWith('*'))
            {
                names.Add("*");
                continue;
            }
            var end = 0;
            while (end < raw.Length && IsNameChar(raw[end]))
            {
                end++;
            }
            if (end < raw.Length && raw[end..].TrimStart().StartsWith(':'))
            {
                continue;
            }
            names.Add(raw[..end]);
        }
        return names.ToImmutable();
    }

    /// <summary>A line's indentation: Ruby's blocks are read by it, as Python's are.</summary>
    internal static int Indent(string line) => PythonClass.Indent(line);

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '?' || c == '!';
}
