using System.Text;
using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether what a Ruby method returns is made by the code, whatever it is given: an integer parsed from its argument,
/// a value looked up in a constant table, a literal, a value checked against a list (<c>%w[asc desc].include?(dir) ? dir :
/// "asc"</c>). Helpers of this kind are how Rails code turns request input into something safe to put in SQL.
/// </summary>
/// <remarks>
/// Read without a parser and without order: a local variable is from the code when every assignment to it is; the
/// method's parameters, instance variables (which other methods and files may set; see <see cref="IvarFromCode"/>),
/// and any method called without a receiver are not, unless the asking pattern
/// names it safe (<see cref="SafeCalls"/>); a returned call of a helper is handed back to be judged in turn. What is returned is what
/// follows each <c>return</c> and the last expression of the body, into the branches of a closing
/// <c>if</c>/<c>case</c>. Anything else (a loop, a block, a chain on a model) is not from the code.
/// </remarks>
public static partial class RubyReturnValue
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "if", "else", "elsif", "end", "unless", "case", "when", "then", "and", "or", "not", "nil", "true", "false", "begin",
        "in", "do", "return", "self", "__method__",
    };

    /// <summary>Whether every value <paramref name="method"/> can return is made by the code, read at <paramref name="key"/> when one is given.</summary>
    /// <param name="calls">Methods whose result is made by the code whatever they are given (the asking pattern's).</param>
    public static bool IsFromCode(MaskedSource masked, RubyMethods.Definition method, string? key, SafeCalls? calls = null) =>
        HelpersReturned(masked, method, key, calls) is { Count: 0 };

    /// <summary>
    /// What <paramref name="method"/> returns, judged: null when a value it can return is not made by the code; else
    /// the helpers of which it returns a call's result (<c>anonymous_avatar(options)</c>), to be judged in turn, and
    /// empty when every value is made by the code. A helper is only read for the whole value, not at a key.
    /// </summary>
    public static IReadOnlyList<string>? HelpersReturned(MaskedSource masked, RubyMethods.Definition method, string? key, SafeCalls? calls = null)
    {
        calls ??= SafeCalls.None;
        if (method.OneLineBody is { } body)
        {
            return Judged([WithInterpolations(masked, method.Line, body)], key, FromCode(masked, method, calls), calls, method.Name);
        }
        if (method.EndLine <= method.Line)
        {
            return null;
        }
        var safe = FromCode(masked, method, calls);
        var returned = new List<string>();
        if (!Tails(masked, method.Line + 1, method.EndLine - 1, returned))
        {
            return null;
        }
        for (var l = method.Line + 1; l < method.EndLine; l++)
        {
            if (ReturnStatement().Match(masked.CodeLine(l)) is { Success: true } statement)
            {
                returned.Add(WithoutModifier(Expression(masked, l, statement.Groups["value"].Index)));
            }
        }
        return Judged(returned, key, safe, calls, method.Name);
    }

    private static List<string>? Judged(IEnumerable<string> returned, string? key, HashSet<string> safe, SafeCalls calls, string self)
    {
        var helpers = new List<string>();
        foreach (var value in returned)
        {
            if (ValueAt(value, key, safe, calls))
            {
                continue;
            }
            var text = value.Trim();
            if (key is not null || text.Length == 0 || !(char.IsLower(text[0]) || text[0] == '_')
                || RubyValueFlow.HelperCalled(text) is not { } helper || helper == self || !text.StartsWith(helper, StringComparison.Ordinal))
            {
                return null;
            }
            helpers.Add(helper);
        }
        return helpers;
    }

    /// <summary>
    /// Whether the assignment on <paramref name="line"/> makes its value from the code alone, whatever its condition
    /// reads: <c>compare = (flag ? "not" : "")</c>, <c>unit = UNITS[params[:u]]</c>, <c>n = params[:n].to_i</c>.
    /// </summary>
    public static bool BindsFromCode(MaskedSource masked, int line, SafeCalls? calls = null) =>
        Assignment().Match(masked.CodeLine(line)) is { Success: true } assignment
        && assignment.Groups["operator"].Value.Length == 0
        && IsFromCode(WithoutModifier(Expression(masked, line, assignment.Groups["value"].Index)), new HashSet<string>(), calls ?? SafeCalls.None);

    /// <summary>
    /// Whether every assignment to <paramref name="name"/> gives it a value the code makes: in the method for a local
    /// variable (<c>tag = check_box_tag 'id', user.id</c>), unless a block of the method takes a parameter of that name;
    /// anywhere in the file for an instance variable (<c>@label ||= l(:field_project)</c>), which other files may set
    /// too (see <see cref="IvarFromCode"/>). False when nothing assigns it.
    /// </summary>
    public static bool AssignedFromCode(MaskedSource masked, RubyMethods.Definition method, string name, SafeCalls calls)
    {
        if (name[0] == '@')
        {
            return IvarFromCode(masked, name, calls) == true;
        }
        for (var l = method.Line; l < method.EndLine; l++)
        {
            if (ValueOrigin.BlockParameter(masked.CodeLine(l), name))
            {
                return false;
            }
        }
        return FromCode(masked, method, calls).Contains(name);
    }

    /// <summary>
    /// Whether every assignment to the instance variable in the file gives it a value the code makes; null when the
    /// file does not assign it. A writer the file declares (<c>attr_accessor :label</c>) lets any caller set it: false.
    /// </summary>
    public static bool? IvarFromCode(MaskedSource masked, string name, SafeCalls calls)
    {
        var bare = name.TrimStart('@');
        var assigned = false;
        var self = new HashSet<string>(StringComparer.Ordinal) { name };
        for (var l = 1; l <= masked.LineCount; l++)
        {
            var code = masked.CodeLine(l);
            if (code.Contains(name, StringComparison.Ordinal) && Assignment().Match(code) is { Success: true } assignment
                && assignment.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries).Contains(name))
            {
                assigned = true;
                if (!IsFromCode(WithoutModifier(Expression(masked, l, assignment.Groups["value"].Index)), self, calls))
                {
                    return false;
                }
            }
            else if (code.Contains(bare, StringComparison.Ordinal) && Writer().Match(code) is { Success: true } writer
                && writer.Value.Contains(":" + bare, StringComparison.Ordinal) && CallMatcher.ContainsWord(writer.Value, bare))
            {
                return false;
            }
        }
        return assigned ? true : null;
    }

    /// <summary>
    /// When the line assigns <paramref name="name"/> alone: the operator it is assigned with (empty for <c>=</c>, <c>+</c>
    /// for <c>+=</c>, <c>&lt;&lt;</c> for an append, <c>||</c> …) and the column where the assigned value starts.
    /// </summary>
    internal static (string Operator, int Column)? AssignmentOf(string code, string name) =>
        Assignment().Match(code) is { Success: true } assignment && assignment.Groups["names"].Value == name
            ? (assignment.Groups["operator"].Value, assignment.Groups["value"].Index)
            : null;

    /// <summary>Whether the line of code assigns <paramref name="name"/> (alone or among others).</summary>
    internal static bool Assigns(string code, string name) =>
        Assignment().Match(code) is { Success: true } assignment && assignment.Groups["operator"].Value != "<<"
        && assignment.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries).Contains(name);

    /// <summary>The last method <see cref="FromCode"/> read on this thread, and its answer, which nobody changes.</summary>
    /// <remarks>
    /// The sinks of one file are judged one after another on one thread, and a long method holds many: reading the
    /// whole method again for each made a method of thousands of lines quadratic. Holding the masked file keeps it
    /// from being collected, so no other file can take its place and be mistaken for it.
    /// </remarks>
    [ThreadStatic]
    private static (MaskedSource Masked, int Line, int EndLine, SafeCalls Calls, HashSet<string> Safe)? _lastFromCode;

    /// <summary>The local variables of the method that hold values from the code: assigned, and only from such values.</summary>
    private static HashSet<string> FromCode(MaskedSource masked, RubyMethods.Definition method, SafeCalls calls)
    {
        if (_lastFromCode is { } last && ReferenceEquals(last.Masked, masked) && last.Line == method.Line
            && last.EndLine == method.EndLine && ReferenceEquals(last.Calls, calls))
        {
            return last.Safe;
        }
        var safe = ReadFromCode(masked, method, calls);
        _lastFromCode = (masked, method.Line, method.EndLine, calls, safe);
        return safe;
    }

    private static HashSet<string> ReadFromCode(MaskedSource masked, RubyMethods.Definition method, SafeCalls calls)
    {
        var assignments = new List<(string[] Names, string Value)>();
        for (var l = method.Line + 1; l < method.EndLine; l++)
        {
            var code = masked.CodeLine(l);
            if (Assignment().Match(code) is { Success: true } assignment)
            {
                var names = assignment.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries);
                var value = WithoutModifier(Expression(masked, l, assignment.Groups["value"].Index));
                assignments.Add((names, assignment.Groups["operator"].Value.Length > 0 ? value + " " + names[0] : value));
            }
        }
        // Every assigned name starts as from the code; one fed by anything else is struck out, until nothing changes.
        // An instance variable is left out: another method may set it (see AssignedFromCode).
        var safe = assignments.SelectMany(a => a.Names).Where(n => n[0] != '@' && !method.Parameters.Contains(n)).ToHashSet(StringComparer.Ordinal);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (names, value) in assignments)
            {
                if (names.Any(safe.Contains) && !IsFromCode(value, safe, calls))
                {
                    safe.ExceptWith(names);
                    changed = true;
                }
            }
        }
        return safe;
    }

    /// <summary>The returned value read at the key: a hash literal's entry for it, or the whole value when that is from the code.</summary>
    private static bool ValueAt(string value, string? key, HashSet<string> safe, SafeCalls calls)
    {
        var text = value.Trim();
        if (key is not null && text.StartsWith('{') && text.EndsWith('}'))
        {
            var entries = Entries(text[1..^1]);
            if (entries.TryGetValue(key, out var entry))
            {
                return IsFromCode(entry, safe, calls);
            }
            // A key the literal does not hold reads nil, unless another hash is spread into it.
            return !text.Contains("**", StringComparison.Ordinal);
        }
        return IsFromCode(text, safe, calls);
    }

    /// <summary>A hash literal's entries (<c>dur: x</c>, <c>:dur =&gt; x</c>, <c>"dur" =&gt; x</c>) by key, split at the commas outside brackets.</summary>
    private static Dictionary<string, string> Entries(string body)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (start, length) in CallMatcher.Split(body))
        {
            if (Entry().Match(body, start, length) is { Success: true } entry)
            {
                entries[entry.Groups["key"].Value] = entry.Groups["value"].Value;
            }
        }
        return entries;
    }

    /// <summary>
    /// Whether an expression is made by the code, given the local variables that are: every name in it must be one of
    /// them, a keyword or a constant; a value converted to a number, a lookup in a constant table and a value checked
    /// against a list are from the code whatever they read.
    /// </summary>
    internal static bool IsFromCode(string expression, IReadOnlySet<string> safe, SafeCalls? calls = null)
    {
        calls ??= SafeCalls.None;
        var text = calls.Blank(expression).Trim();
        if (text.Length == 0 || Sanitized().IsMatch(text) || ConstantLookup(text))
        {
            return true;
        }
        if (Allowlisted().Match(text) is { Success: true } ternary
            && Normalize(ternary.Groups["checked"].Value) == Normalize(ternary.Groups["then"].Value))
        {
            return IsFromCode(ternary.Groups["else"].Value, safe, calls);
        }
        // Whatever a condition reads, it only chooses: flag ? "not" : "" is one of the two literals.
        if (Ternary().Match(Unwrapped(text)) is { Success: true } choice
            && IsFromCode(choice.Groups["then"].Value, safe, calls) && IsFromCode(choice.Groups["else"].Value, safe, calls))
        {
            return true;
        }
        // %w[asc desc] is a list of words the code wrote.
        text = PercentLiteral().Replace(text, " ");
        foreach (Match token in Token().Matches(text))
        {
            var word = token.Value;
            if (word[0] is '@' or '$')
            {
                if (safe.Contains(word))
                {
                    continue;
                }
                return false;
            }
            if (char.IsUpper(word[0]))
            {
                // A class asked for something (User.first.name) hands out data; a constant or a table lookup does not.
                if (token.Index + word.Length < text.Length && text[token.Index + word.Length] == '.')
                {
                    return false;
                }
                continue;
            }
            if (!Keywords.Contains(word) && !safe.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary><c>TIME_INTERVALS[m[2]]</c>, then at most calls with no arguments: a value from a table the code holds.</summary>
    private static bool ConstantLookup(string text)
    {
        var lookup = ConstantTable().Match(text);
        if (!lookup.Success)
        {
            return false;
        }
        var open = lookup.Length - 1;
        var close = open + CallMatcher.Arguments(text, open).Length + 1;
        return close < text.Length && CallsWithoutArguments().IsMatch(text[(close + 1)..]);
    }

    /// <summary>
    /// The last expressions of the lines <paramref name="from"/> to <paramref name="to"/>, added to <paramref name="tails"/>:
    /// into each branch of an <c>if</c>, <c>unless</c> or <c>case</c> that closes them. False when the last expression is
    /// of a kind not read (a loop, a block).
    /// </summary>
    private static bool Tails(MaskedSource masked, int from, int to, List<string> tails)
    {
        var last = to;
        while (last >= from && masked.CodeLine(last).Trim().Length == 0)
        {
            last--;
        }
        if (last < from)
        {
            tails.Add("nil");
            return true;
        }
        var code = masked.CodeLine(last);
        var trimmed = code.Trim();
        if (trimmed == "end")
        {
            return Branches(masked, from, last, RubyMethods.Indent(code), tails);
        }
        var start = last;
        if (trimmed[0] is '}' or ']' or ')')
        {
            start = OpeningLine(masked, from, last);
            if (start < 0)
            {
                return false;
            }
        }
        while (start > from && ContinuesOnNextLine(masked.CodeLine(start - 1)))
        {
            start--;
        }
        var text = Expression(masked, start, RubyMethods.Indent(masked.CodeLine(start)), last);
        if (Assignment().Match(masked.CodeLine(start)) is { Success: true } assignment && assignment.Groups["operator"].Value != "<<")
        {
            text = Expression(masked, start, assignment.Groups["value"].Index, last);
        }
        tails.Add(WithoutModifier(text));
        return true;
    }

    /// <summary>The branches of the <c>if</c>/<c>unless</c>/<c>case</c> that the <c>end</c> on <paramref name="endLine"/> closes, each read for its tail.</summary>
    private static bool Branches(MaskedSource masked, int from, int endLine, int indent, List<string> tails)
    {
        var opener = -1;
        for (var l = endLine - 1; l >= from; l--)
        {
            var code = masked.CodeLine(l);
            if (code.Trim().Length > 0 && RubyMethods.Indent(code) <= indent
                && !(RubyMethods.Indent(code) == indent && BranchStart().IsMatch(code.Trim())))
            {
                opener = l;
                break;
            }
        }
        if (opener < 0 || RubyMethods.Indent(masked.CodeLine(opener)) != indent
            || BlockOpener().Match(masked.CodeLine(opener).Trim()) is not { Success: true } header)
        {
            return false;
        }
        var bounds = new List<int> { opener };
        for (var l = opener + 1; l < endLine; l++)
        {
            var code = masked.CodeLine(l);
            if (RubyMethods.Indent(code) == indent && BranchStart().IsMatch(code.Trim()))
            {
                bounds.Add(l);
            }
        }
        bounds.Add(endLine);
        var isCase = header.Groups["keyword"].Value == "case";
        var hasElse = false;
        for (var i = 0; i < bounds.Count - 1; i++)
        {
            var separator = masked.CodeLine(bounds[i]);
            hasElse |= separator.Trim() == "else";
            if (isCase && i == 0)
            {
                // Between "case x" and its first "when" there is nothing to return.
                continue;
            }
            var then = separator.IndexOf(" then ", StringComparison.Ordinal);
            if (then >= 0)
            {
                tails.Add(Line(masked, bounds[i])[(then + " then ".Length)..]);
                if (bounds[i + 1] == bounds[i] + 1)
                {
                    continue;
                }
            }
            if (!Tails(masked, bounds[i] + 1, bounds[i + 1] - 1, tails))
            {
                return false;
            }
        }
        if (!hasElse)
        {
            tails.Add("nil");
        }
        return true;
    }

    /// <summary>The line on which the bracket closed at the start of <paramref name="closing"/> was opened; -1 when not within the lines.</summary>
    private static int OpeningLine(MaskedSource masked, int from, int closing)
    {
        var depth = 0;
        for (var l = closing; l >= from; l--)
        {
            var code = masked.CodeLine(l);
            for (var i = code.Length - 1; i >= 0; i--)
            {
                depth += code[i] switch { '}' or ']' or ')' => 1, '{' or '[' or '(' => -1, _ => 0 };
            }
            if (depth <= 0)
            {
                return l;
            }
        }
        return -1;
    }

    /// <summary>The expression from <paramref name="column"/> of <paramref name="line"/>: on to the lines below while brackets are open, an operator ends a line, or it opens an <c>if</c>/<c>case</c> (to its <c>end</c>).</summary>
    private static string Expression(MaskedSource masked, int line, int column)
    {
        var first = masked.CodeLine(line);
        var rest = first[Math.Min(column, first.Length)..].Trim();
        var last = line;
        var depth = Depth(rest);
        var block = BlockOpener().IsMatch(rest) ? RubyMethods.Indent(first) : -1;
        if (rest.Length == 0 && line < masked.LineCount && BlockOpener().IsMatch(masked.CodeLine(line + 1).Trim()))
        {
            block = RubyMethods.Indent(masked.CodeLine(line + 1));
        }
        while (last < masked.LineCount && (depth > 0 || block >= 0 || rest.Length == 0 || ContinuesOnNextLine(masked.CodeLine(last))))
        {
            last++;
            var next = masked.CodeLine(last);
            depth += Depth(next);
            if (block >= 0 && next.Trim() == "end" && RubyMethods.Indent(next) <= block)
            {
                break;
            }
            if (rest.Length == 0 && next.Trim().Length > 0)
            {
                rest = next.Trim();
            }
        }
        return Expression(masked, line, column, last);
    }

    /// <summary>The code from <paramref name="column"/> of <paramref name="line"/> to the end of <paramref name="last"/>, joined by spaces.</summary>
    private static string Expression(MaskedSource masked, int line, int column, int last)
    {
        var text = new StringBuilder();
        for (var l = line; l <= last; l++)
        {
            var code = Line(masked, l);
            var start = l == line ? Math.Min(column, code.Length) : 0;
            text.Append(code, start, code.Length - start).Append(' ');
        }
        return text.ToString();
    }

    /// <summary>
    /// The body of a method written on one line (<c>def self.cond(name) = "… '#{name}'"</c>), which ends its line, with
    /// what its strings interpolate put back: read as masked code, the string would hide the name it takes.
    /// </summary>
    private static string WithInterpolations(MaskedSource masked, int line, string body)
    {
        var text = body.TrimEnd();
        var end = masked.CodeLine(line).TrimEnd().Length;
        var start = end - text.Length;
        var code = Line(masked, line);
        return start >= 0 && end <= code.Length ? code[start..end] : body;
    }

    /// <summary>
    /// A line's code with what its strings interpolate put back where it is written (<c>"#{dur}"</c> reads <c>" (dur)"</c>):
    /// the strings themselves are blank, the values they take are not.
    /// </summary>
    private static string Line(MaskedSource masked, int line)
    {
        var code = masked.CodeLine(line);
        var strings = masked.CodeAndStringsLine(line);
        if (!strings.Contains("#{", StringComparison.Ordinal) || strings.Length != code.Length)
        {
            return code;
        }
        var chars = code.ToCharArray();
        foreach (var (at, length) in RubyValueFlow.Interpolations(strings))
        {
            strings.CopyTo(at, chars, at, length);
            // Each value in its own brackets, where #{ and } stood: "#{h a}: #{b}" reads (h a) (b), not h a b.
            chars[at - 1] = '(';
            if (at + length < chars.Length)
            {
                chars[at + length] = ')';
            }
        }
        return new string(chars);
    }

    private static bool ContinuesOnNextLine(string code)
    {
        var trimmed = code.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is ',' or '(' or '[' or '{' or '\\' or '+' or '-' or '*' or '/' or '&' or '=';
    }

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
    /// The value of a statement without its trailing <c>if</c>/<c>unless</c> modifier: the condition is not returned. Only
    /// a modifier outside brackets and strings ends the value (<c>"#{n unless n == 1}"</c> does not).
    /// </summary>
    internal static string WithoutModifier(string statement)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = 0; i < statement.Length; i++)
        {
            var c = statement[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }
            depth += c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (depth == 0 && char.IsWhiteSpace(c) && Modifier().Match(statement, i) is { Success: true } modifier && modifier.Index == i)
            {
                return statement[..i];
            }
        }
        return statement;
    }

    /// <summary>The text without the brackets that enclose all of it: <c>(a ? b : c)</c> reads <c>a ? b : c</c>.</summary>
    private static string Unwrapped(string text)
    {
        while (text.Length > 1 && text[0] == '(' && CallMatcher.Arguments(text, 0).Length == text.Length - 2)
        {
            text = text[1..^1].Trim();
        }
        return text;
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", "", RegexOptions.None, TimeSpan.FromSeconds(1));

    // x = …, a, b = …, x ||= …, and if (m = …): the names and where the value starts. An append (html << x, not a
    // heredoc's <<~) adds to the value as += does.
    [GeneratedRegex(@"^\s*(?:(?:if|unless|while|elsif)\s*\(?\s*)?(?<names>@?[a-z_]\w*(?:\s*,\s*@?[a-z_]\w*)*)\s*(?:(?<operator>\|\||&&|[-+*/])?=(?![=~>])|(?<operator><<)(?![~=-]))\s*(?<value>)")]
    private static partial Regex Assignment();

    // attr_accessor :a, :b and attr_writer :a: methods that set instance variables from outside.
    [GeneratedRegex(@"\battr_(?:accessor|writer)\b[^\n]*")]
    private static partial Regex Writer();

    [GeneratedRegex(@"^\s*return\b\s*(?<value>)")]
    private static partial Regex ReturnStatement();

    // `x if cond` and `x unless cond` return x or nothing, and `x rescue nil` returns x or nil.
    [GeneratedRegex(@"\G\s(?:(?:if|unless)\s|rescue\s+(?:nil|false|""""|'')\s*$)")]
    private static partial Regex Modifier();

    [GeneratedRegex(@"^(?<keyword>if|unless|case)\b")]
    private static partial Regex BlockOpener();

    [GeneratedRegex(@"^(else|elsif|when|in)\b")]
    private static partial Regex BranchStart();

    [GeneratedRegex(@"^\s*(?::(?<key>\w+)\s*=>|[""'](?<key>\w+)[""']\s*=>|(?<key>\w+):(?!:))\s*(?<value>.*)$", RegexOptions.Singleline)]
    private static partial Regex Entry();

    // A value turned into a number or a truth, or a count: whatever it read, it carries no text.
    [GeneratedRegex(@"(\.(to_i|to_f|to_r|count|size|length|[a-z_]\w*\?)|^(Integer|Float)\(.*\))\s*$")]
    private static partial Regex Sanitized();

    [GeneratedRegex(@"^(?:::)?[A-Z]\w*(?:::[A-Z]\w*)*\[")]
    private static partial Regex ConstantTable();

    [GeneratedRegex(@"^(\s*&?\.[a-z_]\w*[?!]?)*\s*$")]
    private static partial Regex CallsWithoutArguments();

    // LIST.include?(x) ? x : default, and x.in?(LIST) ? x : default.
    [GeneratedRegex(@"^(?:.+?\.include\?\s*\(?\s*(?<checked>[^()?]+?)\s*\)?|(?<checked>[a-z_][\w\[\]:""' ]*?)\.in\?\s*\(?[^?]*?\)?)\s*\?\s*(?<then>.+?)\s+:\s+(?<else>.+)$")]
    private static partial Regex Allowlisted();

    [GeneratedRegex(@"%[wiWI]?(\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|<[^>]*>)")]
    private static partial Regex PercentLiteral();

    // cond ? a : b, the branches without a ? or a : of their own (literals and names; strings are blank here).
    [GeneratedRegex(@"^[^?]+\?\s*(?<then>[^?:]+?)\s+:\s+(?<else>[^?:]+)$")]
    private static partial Regex Ternary();

    // Names outside a call on a receiver, a symbol or a hash key: the words the value is read from.
    [GeneratedRegex(@"(?<![\w.:@$?!%])(?:@@?|\$)?[A-Za-z_]\w*[?!]?(?!\w|:(?!:))")]
    private static partial Regex Token();
}
