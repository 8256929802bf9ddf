using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// The parts of a Ruby local that its method builds as a string before a hit interpolates it: what the string it is
/// assigned interpolates (<c>cond = "name = '#{params[:q]}'"</c>), what each string added to it interpolates
/// (<c>base += " AND #{k} IS NOT NULL"</c>, <c>base &lt;&lt; "…"</c>) or the value added itself (<c>base &lt;&lt; params[:q]</c>),
/// and, when it started as something other than a string (<c>base = visibility_condition(user)</c>), the local as it
/// was before the first addition. Each part is judged where it is written, as the hit's own values are.
/// </summary>
/// <remarks>
/// Masked code blanks a string with what it interpolates, so a local assigned a string read as a literal, and one
/// added to was judged on its first value alone: both carried request input past the check.
/// </remarks>
internal static partial class RubyBuiltString
{
    /// <summary>
    /// The parts (offsets and lengths in the masked text) of the local at <paramref name="index"/>; null when the value
    /// is not a bare local built that way within reach, and is judged as it is.
    /// </summary>
    public static List<(int Index, int Length)>? Parts(MaskedSource masked, int index, int length)
    {
        var name = masked.CodeAndStrings.Slice(index, length).Trim().ToString();
        if (!Local().IsMatch(name))
        {
            return null;
        }
        var (line, _) = masked.Position(index);
        var parts = new List<(int, int)>();
        var firstAddition = -1;
        // A value assigned under a condition (in a branch, or with a modifier) is one the local may hold; what it held
        // before is read on, unless every branch of an `if`/`else` or a `case` assigned it.
        var branches = false;
        var firstBranch = 0;
        for (var l = line - 1; l >= 1 && l >= line - ValueOrigin.MaxLinesBack; l--)
        {
            var code = masked.CodeLine(l);
            if (code.TrimStart().StartsWith("def ", StringComparison.Ordinal))
            {
                // The method's first line: a parameter, or a name it never assigns. Stopping here keeps what is read in
                // the method, without reading its extent by indentation, which a heredoc's closer at the margin breaks.
                // Every branch having assigned it (`if` … `else` …), the local holds one of their values.
                return branches && !TakesParameter(code, name) ? parts : null;
            }
            if (!code.Contains(name, StringComparison.Ordinal))
            {
                continue;
            }
            if (ValueOrigin.BlockParameter(code, name))
            {
                return null;
            }
            // `else sort = "id"`, `when "a" then sort = "…"`: a branch's assignment written on its keyword's line.
            var prefix = BranchKeywordPrefix().Match(code);
            var onKeywordLine = prefix.Success ? RubyReturnValue.AssignmentOf(new string(' ', prefix.Length) + code[prefix.Length..], name) : null;
            var onBranchLine = onKeywordLine is not null;
            if ((onKeywordLine ?? RubyReturnValue.AssignmentOf(code, name)) is not var (op, column))
            {
                continue;
            }
            if (branches && op == "" && Branches.InOtherScope(masked, l, line))
            {
                // A block's own local (`[1].each do |i|` / `sql = …`), not what the sink reads.
                continue;
            }
            switch (op)
            {
                case "+" or "<<":
                    if (!Terms(masked, l, column, parts, needsString: false))
                    {
                        return null;
                    }
                    firstAddition = l;
                    continue;
                case "||":
                case "" when onBranchLine || Branches.InBranch(masked, l, line) || Branches.HasModifier(code):
                    // `sql ||= "…"`, or one branch's value.
                    if ((BranchValues(masked, l, column, parts) ?? Terms(masked, l, column, parts, needsString: false)) is false)
                    {
                        return null;
                    }
                    if (Branches.AllowsFromList(masked, l, name) || (firstBranch > 0 && Branches.BranchOf(masked, l) == firstBranch))
                    {
                        // `order = "created_at" unless LIST.include?(order)`, or the first branch of a chain whose every
                        // branch assigns the local: no path keeps an earlier value that is not allowed.
                        return parts;
                    }
                    firstBranch = firstBranch > 0 ? firstBranch : Branches.FirstBranchOfFullChain(masked, l, name);
                    branches = true;
                    continue;
                case "" when BoundValues(masked, l, column) is var (sql, array):
                    // An array of the SQL and its bound values, a hash of bound values, or SQL Rails sanitised: only the
                    // array's first element is SQL, and what `<<` added to the array is one more bound value. What is
                    // added to sanitised SQL is SQL.
                    if (array && firstAddition >= 0)
                    {
                        if (branches)
                        {
                            return null;
                        }
                        parts.Clear();
                    }
                    parts.AddRange(sql);
                    return parts;
                case "" when firstAddition < 0 && Expression(masked, l, column) is var (start, text)
                    && text != name && Local().IsMatch(text):
                    // A copy (`query = sql`): the parts of the local it copies, read from the copy's line, and what is added
                    // to that in place below the copy (`sql << "…"`), which the copy shares.
                    if (Parts(masked, start, text.Length) is not { } copied || !AddedInPlace(masked, text, l, line, parts))
                    {
                        return null;
                    }
                    parts.AddRange(copied);
                    return parts;
                case "" when BranchValues(masked, l, column, parts) is { } read:
                    return read ? parts : null;
                case "" when Terms(masked, l, column, parts, needsString: true):
                    return parts;
                case "" when branches:
                    // What it held unless a branch below gave it another value.
                    return Terms(masked, l, column, parts, needsString: false) ? parts : null;
                case "" when firstAddition >= 0:
                    // Started as something else: judged as the local read where it is first added to.
                    parts.Add((masked.LineStart(firstAddition) + masked.CodeLine(firstAddition).IndexOf(name, StringComparison.Ordinal), name.Length));
                    return parts;
                default:
                    return null;
            }
        }
        return null;
    }

    /// <summary>
    /// Adds the value of each branch of an <c>if</c>, <c>unless</c> or <c>case</c> a local is assigned
    /// (<c>sql = if admin</c> / <c>"…"</c> / <c>else</c> / <c>"…"</c> / <c>end</c>, <c>when "a" then "…"</c>): the last line of each
    /// branch. Null when the value is no such expression; false when a branch cannot be read (a nested condition or
    /// block, a heredoc, an unusual layout).
    /// </summary>
    private static bool? BranchValues(MaskedSource masked, int line, int column, List<(int, int)> parts)
    {
        if (Expression(masked, line, column) is not var (start, text) || !Branches.OpensConditionalValue(text))
        {
            return null;
        }
        var first = masked.Position(start).Line;
        var level = start - masked.LineStart(first);
        var found = new List<(int, int)>();
        var last = -1;
        for (var l = first + 1; l <= masked.LineCount && l < first + MaxStringLines; l++)
        {
            var code = masked.CodeLine(l);
            var trimmed = code.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }
            var keyword = Branches.Indent(code) <= level ? BranchKeyword().Match(trimmed) : null;
            if (keyword is not { Success: true })
            {
                if (Branches.Indent(code) <= level || NestedOpener().IsMatch(trimmed))
                {
                    return false;
                }
                last = l;
                continue;
            }
            // A branch ends: its value is its last line, or what follows `then` on the keyword's line.
            if (last > 0 && !BranchValue(masked, last, found))
            {
                return false;
            }
            last = -1;
            if (keyword.Groups["value"].Success)
            {
                if (!Terms(masked, l, Branches.Indent(code) + keyword.Groups["value"].Index, found, needsString: false))
                {
                    return false;
                }
            }
            if (keyword.Groups["end"].Success)
            {
                // Without `else`, an `if` gives nil when its condition fails, and nil carries no SQL.
                parts.AddRange(found);
                return true;
            }
        }
        return false;
    }

    /// <summary>Adds the value that ends on <paramref name="last"/>, read from the line its statement starts on.</summary>
    private static bool BranchValue(MaskedSource masked, int last, List<(int, int)> found)
    {
        var start = last;
        while (start > 1 && masked.CodeLine(start - 1).TrimEnd() is var above && (above.EndsWith('\\') || above.EndsWith('+')))
        {
            start--;
        }
        var code = masked.CodeLine(start);
        return !code.Contains("<<", StringComparison.Ordinal) && Terms(masked, start, Branches.Indent(code), found, needsString: false);
    }

    /// <summary>
    /// When the value from the column is one ActiveRecord binds, the parts that are SQL: for an array
    /// (<c>["name LIKE ?", "%#{params[:q]}%"]</c>), what its first element interpolates, or the element itself when it is
    /// not a string (<c>[sql, id]</c>); for a hash (<c>{ name: params[:q] }</c>) or a call of <c>sanitize_sql</c> and its kin,
    /// none. Null for any other value, and for an array or a hash not closed on its line.
    /// </summary>
    private static (List<(int, int)> Sql, bool Array)? BoundValues(MaskedSource masked, int line, int column)
    {
        if (Expression(masked, line, column) is not var (start, text))
        {
            return null;
        }
        if (Sanitized().Match(text) is { Success: true } sanitized
            && CallMatcher.Arguments(text, sanitized.Length - 1).Length == text.Length - sanitized.Length - 1)
        {
            return ([], false);
        }
        if (text[0] is not ('[' or '{') || CallMatcher.Arguments(text, 0).Length != text.Length - 2)
        {
            return null;
        }
        if (text[0] == '{')
        {
            return ([], false);
        }
        var inner = text[1..^1];
        if (CallMatcher.Split(inner) is not [var (at, length), ..] || inner.Substring(at, length).Trim() is not { Length: > 0 } first)
        {
            return ([], true);
        }
        var offset = start + 1 + at + inner.Substring(at, length).IndexOf(first, StringComparison.Ordinal);
        if (Strings().IsMatch(first))
        {
            return ([.. RubyValueFlow.Interpolations(masked.CodeAndStrings.Slice(offset, first.Length)).Select(i => (offset + i.Start, i.Length))], true);
        }
        return ([(offset, first.Length)], true);
    }

    /// <summary>
    /// Adds what is added in place (<c>sql &lt;&lt; "…"</c>) to <paramref name="name"/> on the lines after <paramref name="from"/> and
    /// before <paramref name="to"/>; false when an addition cannot be read.
    /// </summary>
    private static bool AddedInPlace(MaskedSource masked, string name, int from, int to, List<(int, int)> parts)
    {
        for (var l = from + 1; l < to; l++)
        {
            switch (RubyReturnValue.AssignmentOf(masked.CodeLine(l), name))
            {
                case ("<<", var column):
                    if (!Terms(masked, l, column, parts, needsString: false))
                    {
                        return false;
                    }
                    break;
                case not null:
                    // Given a new string, which the copy does not share.
                    return true;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="name"/> is among the parameters of the method whose first line this is.</summary>
    private static bool TakesParameter(string code, string name) => ValueOrigin.BindingIn(code, name) is not null
        || code.Split(['(', ')', ',', ' ', '*', '&', ':'], StringSplitOptions.RemoveEmptyEntries).Skip(1).Contains(name, StringComparer.Ordinal);

    /// <summary>How many lines a string written out over several (continued with <c>\</c> or <c>+</c>, or a heredoc's body) is read.</summary>
    private const int MaxStringLines = 2_000;

    /// <summary>
    /// Adds the parts of a value from the column: what its strings interpolate, and each other value joined to them with
    /// <c>+</c> (<c>"… '" + params[:q] + "'"</c>), over the lines below while a line ends with <c>\</c> or <c>+</c>
    /// (<c>"SELECT … " \</c> / <c>"WHERE id = #{id}"</c>), or what a heredoc's body interpolates (<c>&lt;&lt;~SQL</c>); strings
    /// may be followed by calls without arguments (<c>.squish</c>, <c>.freeze</c>). False when a term cannot be read, or
    /// when <paramref name="needsString"/> is set and no string is among the terms: a local assigned a helper's call is
    /// judged as the local is, while what is added to one (<c>base &lt;&lt; params[:q]</c>) needs no string.
    /// </summary>
    private static bool Terms(MaskedSource masked, int line, int column, List<(int, int)> parts, bool needsString)
    {
        if (Expression(masked, line, column) is not var (start, text))
        {
            return false;
        }
        // The value may begin on the line below the assignment's (`sql =`, then the string).
        var first = masked.Position(start).Line;
        if (Heredoc().Match(text) is { Success: true } heredoc)
        {
            return HeredocBody(masked, first, heredoc, parts);
        }
        var found = new List<(int, int)>();
        var anyString = false;
        for (var l = first; l < first + MaxStringLines && l <= masked.LineCount; l++)
        {
            var code = masked.CodeLine(l);
            var from = l == first ? start - masked.LineStart(l) : 0;
            var piece = RubyReturnValue.WithoutModifier(code[from..]).TrimEnd();
            var goesOn = piece.EndsWith('\\') || piece.EndsWith('+');
            var terms = goesOn ? piece[..^1] : piece;
            // A string formatted on one line ("… '%s'" % name, format("… '%s'", name)): the string and each argument.
            var split = !goesOn && l == first && FormatTerms(terms, masked.CodeAndStringsLine(l).Substring(from, terms.Length)) is { } formatted
                ? formatted
                : CallMatcher.Split(terms, '+');
            // Each term joined with +: a string's interpolations, or the value itself ("… '" + params[:q] + "'").
            foreach (var (at, length) in split.SelectMany(t => TernaryArms(terms, t)))
            {
                if (length == 0)
                {
                    return false;
                }
                var term = terms.Substring(at, length);
                var offset = masked.LineStart(l) + from + at;
                if (Strings().IsMatch(term))
                {
                    anyString = true;
                    foreach (var (inner, count) in RubyValueFlow.Interpolations(masked.CodeAndStrings.Slice(offset, length)))
                    {
                        found.Add((offset + inner, count));
                    }
                }
                else if (Depth(term) == 0 && !term.Contains("<<", StringComparison.Ordinal) && term[^1] is not ('.' or ','))
                {
                    found.Add((offset, length));
                }
                else
                {
                    return false;
                }
            }
            if (!goesOn)
            {
                if (needsString && !anyString)
                {
                    return false;
                }
                parts.AddRange(found);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The two values of a term that chooses between them (<c>c ? "id = #{id}" : "name = '#{q}'"</c>), each trimmed, as offsets
    /// into <paramref name="text"/>; the term itself when it is no such choice. Read on masked code, where a string's
    /// <c>?</c> and <c>:</c> are blank; only a <c>?</c> and a <c>:</c> with spaces around them, outside brackets, are the operator's.
    /// </summary>
    internal static IEnumerable<(int Start, int Length)> TernaryArms(string text, (int Start, int Length) term)
    {
        var depth = 0;
        var question = -1;
        for (var i = term.Start; i < term.Start + term.Length; i++)
        {
            depth += text[i] switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            if (depth != 0 || i == 0 || i + 1 >= text.Length || text[i - 1] != ' ' || text[i + 1] != ' ')
            {
                continue;
            }
            if (text[i] == '?' && question < 0)
            {
                question = i;
            }
            else if (text[i] == ':' && question >= 0)
            {
                return [Trimmed(text, question + 1, i), Trimmed(text, i + 1, term.Start + term.Length)];
            }
        }
        return [term];
    }

    private static (int Start, int Length) Trimmed(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }
        return (from, to - from);
    }

    /// <summary>
    /// The format string and each argument of a string formatted with <c>%</c> (<c>"… '%s'" % name</c>, <c>"…" % [a, b]</c>)
    /// or <c>format</c>/<c>sprintf</c> (<c>format("… '%s'", name)</c>), as offsets into the masked code; null for any other value.
    /// An argument converted to a number (<c>%d</c>, <c>%f</c>) is left out: Ruby raises rather than format text that is not one.
    /// </summary>
    /// <param name="code">The value as masked code shows it.</param>
    /// <param name="text">The same value with its strings, to read the conversions from.</param>
    internal static List<(int Start, int Length)>? FormatTerms(string code, string text)
    {
        (Group Format, List<(int Start, int Length)> Arguments)? formatted = null;
        if (Percent().Match(code) is { Success: true } percent)
        {
            var args = percent.Groups["args"];
            formatted = (percent.Groups["format"], args.Value.StartsWith('[') && args.Value.EndsWith(']')
                ? [.. CallMatcher.Split(code.AsSpan(args.Index + 1, args.Length - 2)).Select(a => (args.Index + 1 + a.Start, a.Length))]
                : [(args.Index, args.Length)]);
        }
        else if (FormatCall().Match(code) is { Success: true } call)
        {
            var args = call.Groups["args"];
            var all = CallMatcher.Split(code.AsSpan(args.Index, args.Length)).Select(a => (args.Index + a.Start, a.Length)).ToList();
            if (all.Count == 0 || FormatString().Match(code, all[0].Item1, all[0].Item2) is not { Success: true } format
                || format.Index != all[0].Item1 || format.Length != all[0].Item2)
            {
                return null;
            }
            formatted = (format, all[1..]);
        }
        if (formatted is not var (formatGroup, arguments))
        {
            return null;
        }
        var numeric = NumericConversions(text.AsSpan(formatGroup.Index, formatGroup.Length));
        var terms = new List<(int, int)> { (formatGroup.Index, formatGroup.Length) };
        for (var i = 0; i < arguments.Count; i++)
        {
            if (numeric is null || i >= numeric.Count || !numeric[i])
            {
                terms.Add(arguments[i]);
            }
        }
        return terms;
    }

    /// <summary>
    /// For each conversion of a format string in order, whether it makes a number of its argument; null when the
    /// arguments are not taken in order (<c>%&lt;name&gt;s</c>, <c>%{name}</c>, <c>%1$s</c>, a <c>*</c> width).
    /// </summary>
    private static List<bool>? NumericConversions(ReadOnlySpan<char> format)
    {
        var numeric = new List<bool>();
        for (var i = 0; i < format.Length - 1; i++)
        {
            if (format[i] != '%')
            {
                continue;
            }
            var j = i + 1;
            if (format[j] == '%')
            {
                i = j;
                continue;
            }
            while (j < format.Length && format[j] is '-' or '+' or ' ' or '0' or '#' or '.' or (>= '1' and <= '9'))
            {
                j++;
            }
            if (j >= format.Length || format[j] is '<' or '{' or '$' or '*')
            {
                return null;
            }
            numeric.Add(format[j] is 'd' or 'i' or 'u' or 'f' or 'e' or 'E' or 'g' or 'G' or 'a' or 'A' or 'x' or 'X' or 'o' or 'b' or 'B');
            i = j;
        }
        return numeric;
    }

    /// <summary>Adds what a heredoc's body interpolates, up to the line that closes it; false when none does within reach.</summary>
    private static bool HeredocBody(MaskedSource masked, int line, Match heredoc, List<(int, int)> parts)
    {
        var name = heredoc.Groups["name"].Value;
        var found = new List<(int, int)>();
        for (var l = line + 1; l < line + MaxStringLines && l <= masked.LineCount; l++)
        {
            if (masked.LineText(l).Trim() == name)
            {
                if (heredoc.Groups["quote"].Value != "'")
                {
                    parts.AddRange(found);
                }
                return true;
            }
            foreach (var (at, count) in RubyValueFlow.Interpolations(masked.CodeAndStrings.Slice(masked.LineStart(l), masked.CodeAndStringsLine(l).Length)))
            {
                found.Add((masked.LineStart(l) + at, count));
            }
        }
        return false;
    }

    /// <summary>The value from the column to the end of the line, without a trailing modifier: where it starts and its masked text.</summary>
    private static (int Start, string Text)? Expression(MaskedSource masked, int line, int column)
    {
        var code = masked.CodeLine(line);
        if (column > code.Length)
        {
            return null;
        }
        var rest = code[column..];
        var text = RubyReturnValue.WithoutModifier(rest).Trim();
        if (text.Length == 0 && line < masked.LineCount)
        {
            // `sql =` with the value on the line below.
            return Expression(masked, line + 1, 0) is var (start, below) && below.Length > 0 ? (start, below) : null;
        }
        var offset = rest.IndexOf(text, StringComparison.Ordinal);
        return offset < 0 ? null : (masked.LineStart(line) + column + offset, text);
    }

    // SQL Rails quotes the values of: sanitize_sql(["…", v]), Model.sanitize_sql_array(…), sanitize_sql_for_conditions(…).
    // Not sanitize_sql_like, which escapes only the wildcards of a value still pasted into the SQL.
    [GeneratedRegex(@"^(?:(?:::)?[A-Z]\w*(?:::[A-Z]\w*)*\.|self\.)?sanitize_sql(?:_array|_for_conditions|_hash_for_conditions|_for_order)?\s*\(")]
    private static partial Regex Sanitized();

    private static int Depth(string code) =>
        code.Count(c => c is '(' or '[' or '{') - code.Count(c => c is ')' or ']' or '}');

    // The keyword a branch's statement may follow on its line: else, when … then, in … then, if/elsif/unless … then.
    [GeneratedRegex(@"^\s*(?:else\s+|(?:when|in|if|elsif|unless)\b.*?\bthen\s+)")]
    private static partial Regex BranchKeywordPrefix();

    // A line at the level of a conditional value: the keyword that starts a branch, maybe with the branch's value on the
    // line (`else "…"`, `when "a" then "…"`), or the end.
    [GeneratedRegex(@"^(?:else(?:\s+(?<value>\S.*))?|(?:elsif|when|in)\b.*?(?:\s+then\s+(?<value>\S.*))?|(?<end>end)(?:\.[a-z_]\w*[!?]?)*)$")]
    private static partial Regex BranchKeyword();

    // A line in a branch that opens a block or a condition of its own, whose lines the branch reading does not follow.
    [GeneratedRegex(@"^(?:if|unless|case|begin|while|until|for)\b|\b(?:do)\s*(?:\|[^|]*\|)?\s*$|\{\s*(?:\|[^|]*\|)?\s*$")]
    private static partial Regex NestedOpener();

    // A local variable's name: not an instance variable, a constant or a call with arguments.
    [GeneratedRegex(@"^[a-z_]\w*$")]
    private static partial Regex Local();

    // Strings side by side and nothing else, as masked code shows them (their text blank); calls without arguments may
    // follow the last (.squish, .freeze).
    [GeneratedRegex(@"^\s*(?:(?:""[^""]*""|'[^']*')\s*)+(?:\.[a-z_]\w*[!?]?)*\s*$")]
    private static partial Regex Strings();

    // A string formatted with %, as masked code shows it: "…" % name, '…' % [a, b].
    [GeneratedRegex(@"^(?<format>""[^""]*""|'[^']*')\s*%\s*(?<args>\S.*?)\s*$")]
    private static partial Regex Percent();

    // One string, as masked code shows it.
    [GeneratedRegex(@"""[^""]*""|'[^']*'")]
    private static partial Regex FormatString();

    // format(…) or sprintf(…), the whole value.
    [GeneratedRegex(@"^(?:Kernel\.)?(?:format|sprintf)\((?<args>.*)\)\s*$")]
    private static partial Regex FormatCall();

    // A heredoc's opener alone on the line, maybe with calls after it: <<~SQL, <<-'EOS'.squish, <<SQL.
    [GeneratedRegex(@"^<<[~-]?(?<quote>['""]?)(?<name>[A-Za-z_]\w*)\k<quote>(?:\.[a-z_]\w*[!?]?)*$")]
    private static partial Regex Heredoc();
}
