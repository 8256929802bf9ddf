using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ShipReady.Catalog;

namespace ShipReady.Facts.Code;

/// <summary>
/// Python, for a pattern with <see cref="CodePattern.FollowCalls"/>: what the text a call marks as safe markup is built
/// from, part by part. An f-string is judged by each of its holes, <c>"…".format(…)</c> and <c>"…" % (…)</c> by what
/// they format in, a <c>+</c> join by each of its parts; a name by the statement above, in the same function, that last
/// assigned it; a call of a function the same file defines by what each of its <c>return</c>s gives.
/// </summary>
/// <remarks>
/// Made by the code: a literal, a number, <c>str</c> of such a value, a call the pattern names in
/// <see cref="CodePattern.EscapedBy"/> (an escaper, <c>url_for</c>, a translation of a literal key). Anything else
/// stands: a parameter, an attribute, a value assigned in a branch or a loop the hit is not in, or added to. A call of a
/// function the file does not define (<c>helpers.render_escaped(x)</c>) is asked of the repository's other Python files
/// after the walk (<see cref="PythonHelperScan"/>).
/// </remarks>
public static partial class PythonMarkupValue
{
    /// <summary>How many assignments or helpers deep a value is followed; deeper, it stands.</summary>
    public const int MaxDepth = 4;

    /// <summary>How many lines above a use its assignment is looked for.</summary>
    public const int MaxLinesBack = 300;

    /// <summary>How a value was judged: standing, made by the code, or made by the code if the named helpers of other files return only such values.</summary>
    public sealed record Judgement(bool Stands, ImmutableArray<string> Helpers)
    {
        public static Judgement Standing { get; } = new(true, []);

        public static Judgement Fixed { get; } = new(false, []);

        public bool IsFixed => !Stands && Helpers.IsEmpty;

        public Judgement And(Judgement other) =>
            Stands || other.Stands ? Standing : Helpers.IsEmpty ? other : other.Helpers.IsEmpty ? this : new(false, [.. Helpers.Union(other.Helpers)]);
    }

    /// <summary>
    /// Judges the first argument of the call the match at <paramref name="index"/> opens; standing when the match opens
    /// no call.
    /// </summary>
    public static Judgement JudgeCall(MaskedSource masked, CodePattern pattern, int index, int length)
    {
        var open = CallMatcher.FirstOpened(masked.Code, index, length);
        if (open < 0)
        {
            return Judgement.Standing;
        }
        var arguments = CallMatcher.Arguments(masked.Code, open);
        var parts = CallMatcher.Split(arguments);
        if (parts.Count == 0)
        {
            return Judgement.Standing;
        }
        var (start, partLength) = parts[0];
        var text = masked.CodeAndStrings.Slice(open + 1 + start, partLength).ToString();
        try
        {
            return Judge(new Reading(masked, pattern, helperFile: false), text, masked.Position(index).Line, 0);
        }
        catch (RegexMatchTimeoutException)
        {
            return Judgement.Standing;
        }
    }

    /// <summary>
    /// Whether every function of that name the file defines returns only values made by the code, read in that file
    /// alone; null when the file defines none.
    /// </summary>
    public static bool? HelperReturnsFixed(MaskedSource masked, CodePattern pattern, string name)
    {
        var reading = new Reading(masked, pattern, helperFile: true);
        try
        {
            return reading.Definitions(name) is { Count: > 0 } definitions ? definitions.All(d => Returns(reading, d, 0).IsFixed) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The file, the pattern, and the functions already being followed (a helper that calls itself stands).</summary>
    private sealed class Reading(MaskedSource masked, CodePattern pattern, bool helperFile)
    {
        public MaskedSource Masked { get; } = masked;

        public CodePattern Pattern { get; } = pattern;

        public SafeCalls Safe { get; } = SafeCalls.For(pattern);

        /// <summary>Whether this file is read for a helper another file calls: its own calls of other files' helpers stand.</summary>
        public bool HelperFile { get; } = helperFile;

        public HashSet<string> Following { get; } = new(StringComparer.Ordinal);

        private Dictionary<string, List<int>>? _definitions;

        /// <summary>Whether an import statement of the file names <paramref name="name"/>: a module, an alias or a function it brings in.</summary>
        public bool Imports(string name)
        {
            for (var l = 1; l <= Masked.LineCount; l++)
            {
                var code = Masked.CodeLine(l);
                if (ImportLine().IsMatch(code) && CallMatcher.ContainsWord(code, name))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>The lines of the module's and classes' <c>def</c>s of that name.</summary>
        public List<int> Definitions(string name)
        {
            if (_definitions is null)
            {
                _definitions = new(StringComparer.Ordinal);
                for (var l = 1; l <= Masked.LineCount; l++)
                {
                    if (DefLine().Match(Masked.CodeLine(l)) is { Success: true } def)
                    {
                        var found = def.Groups["name"].Value;
                        if (!_definitions.TryGetValue(found, out var lines))
                        {
                            _definitions[found] = lines = [];
                        }
                        lines.Add(l);
                    }
                }
            }
            return _definitions.TryGetValue(name, out var at) ? at : [];
        }
    }

    private static Judgement Judge(Reading reading, string expression, int line, int depth)
    {
        var text = Unwrapped(expression.Trim());
        if (text.Length == 0 || depth > MaxDepth)
        {
            return Judgement.Standing;
        }
        if (Joined(text, '+') is { } parts)
        {
            return All(reading, parts, line, depth);
        }
        if (Joined(text, '%') is [var format, var values] && PythonStrings.Read(format) is { } formatLiterals && !formatLiterals.Formatted)
        {
            // "…%s…" % (a, b), % {"k": v} or % value: what is formatted in.
            return Formatted(reading, Unwrapped(values.Trim()), line, depth);
        }
        if (PythonStrings.Read(text) is { } literals)
        {
            var judgement = All(reading, literals.Holes, line, depth);
            if (literals.FormatArguments is { } arguments && !judgement.Stands)
            {
                judgement = judgement.And(Arguments(reading, arguments, line, depth));
            }
            return judgement;
        }
        if (Number().IsMatch(text) || text is "None" or "True" or "False")
        {
            return Judgement.Fixed;
        }
        if (reading.Safe.IsSafeCall(text))
        {
            return Judgement.Fixed;
        }
        if (Call().Match(text) is { Success: true } call && call.Length + CallMatcher.Arguments(Blanked(text), call.Length - 1).Length + 1 == text.Length)
        {
            return Called(reading, call.Groups["callee"].Value, text[call.Length..^1], line, depth);
        }
        return Name().IsMatch(text) ? Assigned(reading, text, line, depth) : Judgement.Standing;
    }

    private static Judgement All(Reading reading, IEnumerable<string> parts, int line, int depth)
    {
        var judgement = Judgement.Fixed;
        foreach (var part in parts)
        {
            judgement = judgement.And(Judge(reading, part, line, depth));
            if (judgement.Stands)
            {
                break;
            }
        }
        return judgement;
    }

    /// <summary>The right side of <c>%</c>: a tuple's items, a dict's values, or one value.</summary>
    private static Judgement Formatted(Reading reading, string values, int line, int depth)
    {
        if ((values.StartsWith('(') || values.StartsWith('{')) && CallMatcher.Arguments(Blanked(values), 0).Length == values.Length - 2)
        {
            var inner = values[1..^1];
            var items = CallMatcher.Split(Blanked(inner)).Select(p => inner.Substring(p.Start, p.Length)).ToList();
            if (values[0] == '{')
            {
                var found = new List<string>();
                foreach (var item in items)
                {
                    var colon = Blanked(item).IndexOf(':');
                    if (colon < 0)
                    {
                        return Judgement.Standing;
                    }
                    found.Add(item[(colon + 1)..]);
                }
                items = found;
            }
            return All(reading, items, line, depth);
        }
        return Judge(reading, values, line, depth);
    }

    /// <summary>Arguments of <c>.format(…)</c> or of a call: positional ones and keyword values; a spread stands.</summary>
    private static Judgement Arguments(Reading reading, string arguments, int line, int depth)
    {
        var blanked = Blanked(arguments);
        var values = new List<string>();
        foreach (var (start, length) in CallMatcher.Split(blanked))
        {
            var argument = arguments.Substring(start, length);
            if (argument.TrimStart().StartsWith('*'))
            {
                return Judgement.Standing;
            }
            values.Add(Keyword().Match(argument) is { Success: true } keyword ? argument[keyword.Length..] : argument);
        }
        return All(reading, values, line, depth);
    }

    /// <summary>
    /// A call: <c>str(x)</c> is what <c>x</c> is, <c>int(…)</c>, <c>float(…)</c> and <c>len(…)</c> are numbers, and a function the
    /// file defines (<c>escaped(x)</c>, <c>self.escaped(x)</c>) is what its returns give; a function of another module is
    /// asked of the repository.
    /// </summary>
    private static Judgement Called(Reading reading, string callee, string arguments, int line, int depth)
    {
        switch (callee)
        {
            case "str" when CallMatcher.Split(Blanked(arguments)).Count == 1:
                return Judge(reading, arguments, line, depth);
            case "int" or "float" or "len" or "round":
                return Judgement.Fixed;
        }
        var dot = callee.LastIndexOf('.');
        var name = callee[(dot + 1)..];
        var owner = dot < 0 ? null : callee[..dot];
        if (owner is null or "self" or "cls")
        {
            var definitions = reading.Definitions(name);
            if (definitions.Count > 0)
            {
                return Defined(reading, name, definitions, depth);
            }
        }
        // A function another module defines, imported by its name or through its module (`helpers.escaped(x)`): every
        // function of that name in the repository is read after the walk. A method of an object is not followed.
        return !reading.HelperFile && HelperName().IsMatch(name) && (owner is null ? reading.Imports(name) : Name().IsMatch(owner) && owner is not ("self" or "cls") && reading.Imports(owner))
            ? new Judgement(false, [name])
            : Judgement.Standing;
    }

    /// <summary>A function of the file, by what each of its definitions returns; one that calls itself stands.</summary>
    private static Judgement Defined(Reading reading, string name, List<int> definitions, int depth)
    {
        if (!reading.Following.Add(name))
        {
            return Judgement.Standing;
        }
        var judgement = Judgement.Fixed;
        foreach (var definition in definitions)
        {
            judgement = judgement.And(Returns(reading, definition, depth + 1));
        }
        reading.Following.Remove(name);
        return judgement;
    }

    /// <summary>What every <c>return</c> of the function defined at <paramref name="defLine"/> gives; a function with none stands.</summary>
    private static Judgement Returns(Reading reading, int defLine, int depth)
    {
        var masked = reading.Masked;
        var indent = Indent(masked.CodeLine(defLine));
        var judgement = Judgement.Fixed;
        var any = false;
        for (var l = defLine + 1; l <= masked.LineCount && l <= defLine + PythonFunction.MaxBodyLines; l++)
        {
            var code = masked.CodeLine(l);
            if (code.Trim().Length == 0)
            {
                continue;
            }
            if (Indent(code) <= indent)
            {
                break;
            }
            if (ReturnLine().Match(code) is not { Success: true } returned)
            {
                continue;
            }
            any = true;
            var value = Statement(masked, l, returned.Groups["value"].Index);
            judgement = judgement.And(Judge(reading, value, l, depth));
            if (judgement.Stands)
            {
                return judgement;
            }
        }
        return any ? judgement : Judgement.Standing;
    }

    /// <summary>
    /// A name, by the statement above that last assigned it in the blocks around <paramref name="line"/>, in the same
    /// function. An assignment in a block closed before the line (another branch, a loop's body), a loop's or a
    /// <c>with</c>'s target, an addition, a tuple, or reaching the function's header (a parameter) stands.
    /// </summary>
    private static Judgement Assigned(Reading reading, string name, int line, int depth)
    {
        var masked = reading.Masked;
        var statements = StatementLines(masked, line);
        if (statements.Count == 0)
        {
            return Judgement.Standing;
        }
        var reach = Indent(masked.CodeLine(statements[^1]));
        for (var s = statements.Count - 2; s >= 0; s--)
        {
            var l = statements[s];
            var code = masked.CodeLine(l);
            var indent = Indent(code);
            var trimmed = code.Trim();
            if (indent < reach)
            {
                reach = indent;
                if (DefLine().IsMatch(code) || trimmed.StartsWith("class ", StringComparison.Ordinal))
                {
                    return Judgement.Standing;
                }
                if (Rebinds(code, name))
                {
                    // `for name in …:`, `with … as name:`, `except … as name:`, `if (name := …):`: the block binds it.
                    return Judgement.Standing;
                }
                continue;
            }
            if (!CallMatcher.ContainsWord(code, name))
            {
                continue;
            }
            var assignment = Assignment().Match(code);
            var binds = assignment.Success && assignment.Groups["name"].Value == name;
            if (indent > reach)
            {
                // Inside a block that closed before the line: a branch that may not have run, or a loop's body.
                if (binds || Rebinds(code, name))
                {
                    return Judgement.Standing;
                }
                continue;
            }
            if (binds)
            {
                if (OpensBlock().IsMatch(trimmed))
                {
                    return Judgement.Standing;
                }
                return Judge(reading, Statement(masked, l, assignment.Groups["value"].Index), l, depth + 1);
            }
            if (Rebinds(code, name))
            {
                return Judgement.Standing;
            }
        }
        return Judgement.Standing;
    }

    /// <summary>Whether the line gives the name a value otherwise than by a plain assignment: an addition, a tuple, a walrus, a loop's target.</summary>
    private static bool Rebinds(string code, string name) =>
        new Regex($@"(^|[\s,(])\*?{Regex.Escape(name)}\s*(,[^=]*)?([-+*/%|&^@]|//|\*\*|>>|<<)?=[^=]|(^|[\s,(]){Regex.Escape(name)}\s*:=|\b(for|as)\s+([\w\s,(]*[\s,(])?{Regex.Escape(name)}\b|,\s*{Regex.Escape(name)}\s*(,[^=]*)?=[^=]",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).IsMatch(code);

    /// <summary>
    /// The lines that start a statement, from the function around <paramref name="line"/> (or the module, at most
    /// <see cref="MaxLinesBack"/> lines up) to the statement <paramref name="line"/> is in, which comes last: a line
    /// inside an open bracket continues the statement above.
    /// </summary>
    private static List<int> StatementLines(MaskedSource masked, int line)
    {
        var start = Math.Max(1, line - MaxLinesBack);
        var useIndent = int.MaxValue;
        for (var l = line; l >= start; l--)
        {
            var code = masked.CodeLine(l);
            if (code.Trim().Length == 0)
            {
                continue;
            }
            var indent = Indent(code);
            if (DefLine().IsMatch(code) && indent < useIndent && l < line)
            {
                start = l;
                break;
            }
            useIndent = Math.Min(useIndent, indent);
        }
        var statements = new List<int>();
        var depth = 0;
        var continued = false;
        for (var l = start; l <= line; l++)
        {
            var code = masked.CodeLine(l);
            if (depth == 0 && !continued && code.Trim().Length > 0)
            {
                statements.Add(l);
            }
            foreach (var c in code)
            {
                depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            }
            depth = Math.Max(0, depth);
            continued = code.TrimEnd().EndsWith('\\');
        }
        return statements;
    }

    /// <summary>The text of the statement that starts at <paramref name="line"/>, from <paramref name="column"/> to where its brackets close.</summary>
    private static string Statement(MaskedSource masked, int line, int column)
    {
        var text = new System.Text.StringBuilder(masked.CodeAndStringsLine(line)[column..]);
        var depth = Depth(masked.CodeLine(line)[column..]);
        var continued = masked.CodeLine(line).TrimEnd().EndsWith('\\');
        for (var l = line + 1; l <= masked.LineCount && (depth > 0 || continued); l++)
        {
            var code = masked.CodeLine(l);
            text.Append('\n').Append(masked.CodeAndStringsLine(l));
            depth += Depth(code);
            continued = code.TrimEnd().EndsWith('\\');
        }
        return text.ToString().Replace("\\\n", "\n", StringComparison.Ordinal);
    }

    private static int Depth(string code)
    {
        var depth = 0;
        foreach (var c in code)
        {
            depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
        }
        return depth;
    }

    private static int Indent(string code) => code.Length - code.TrimStart().Length;

    /// <summary>The text with what its string literals hold blanked, quotes kept, at the same offsets.</summary>
    private static string Blanked(string text) => PythonStrings.Blank(text);

    /// <summary>The parts of <paramref name="text"/> joined at its outermost level by <paramref name="op"/>; null when there is no such join.</summary>
    private static List<string>? Joined(string text, char op)
    {
        var blanked = Blanked(text);
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < blanked.Length; i++)
        {
            var c = blanked[i];
            depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            if (depth == 0 && c == op && !(i + 1 < blanked.Length && blanked[i + 1] == '='))
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }
        if (parts.Count == 0)
        {
            return null;
        }
        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>The expression without brackets around it all: <c>("a" + b)</c> is <c>"a" + b</c>; a tuple keeps them.</summary>
    private static string Unwrapped(string text)
    {
        while (text.Length >= 2 && text[0] == '(' && text[^1] == ')')
        {
            var blanked = Blanked(text);
            if (CallMatcher.Arguments(blanked, 0).Length != text.Length - 2 || CallMatcher.Split(blanked.AsSpan(1, blanked.Length - 2)).Count != 1)
            {
                break;
            }
            text = text[1..^1].Trim();
        }
        return text;
    }

    [GeneratedRegex(@"^-?\d[\d_]*(\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[A-Za-z_]\w*$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^[a-z_]\w*$")]
    private static partial Regex HelperName();

    /// <summary>A call of a name or a dotted name, up to its opening bracket.</summary>
    [GeneratedRegex(@"^(?<callee>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*\(")]
    private static partial Regex Call();

    [GeneratedRegex(@"^\s*(?:async\s+)?def\s+(?<name>[A-Za-z_]\w*)\s*\(")]
    private static partial Regex DefLine();

    [GeneratedRegex(@"^\s*(?:from\s+\S+\s+)?import\s")]
    private static partial Regex ImportLine();

    [GeneratedRegex(@"^\s*return\s+(?<value>\S.*)$")]
    private static partial Regex ReturnLine();

    /// <summary>A plain assignment of one name, with an optional annotation: <c>name = …</c>, <c>name: str = …</c>.</summary>
    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_]\w*)\s*(?::[^=]*)?=(?<value>[^=].*)$")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^(?:if|elif|else|while|for|with|try|except|finally)\b")]
    private static partial Regex OpensBlock();

    [GeneratedRegex(@"^\s*[A-Za-z_]\w*\s*=(?!=)")]
    private static partial Regex Keyword();
}
