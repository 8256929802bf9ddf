namespace ShipReady.Facts.Code;

/// <summary>
/// Follows the value a pattern's hit writes somewhere (its <c>value</c> group) one step back in the same
/// file: the expression itself and, when it is a name, the nearest earlier line that binds that name.
/// A sink fed by a variable is only as dangerous as where the variable came from, and that is most
/// often a few lines above: <c>const html = await response.text()</c>, <c>let score = parseInt(…)</c>.
/// </summary>
/// <remarks>
/// Deliberately shallow: one binding, same file, no calls followed. Anything it cannot follow stays a hit,
/// unless the pattern asks for a known origin (<c>ifValue</c>).
/// </remarks>
public sealed partial record ValueOrigin(string Value, string? Binding, bool IsNumber, bool IsConstant = false)
{
    /// <summary>The line of the binding, when one was found.</summary>
    public int? BindingLine { get; init; }

    /// <summary>When the binding adds to the name (<c>html += …</c>), where the value it adds to came from.</summary>
    public ValueOrigin? Earlier { get; init; }

    /// <summary>
    /// When the binding is made under a condition (in a branch the sink is not in, or with a condition on its line), the
    /// binding the name has otherwise: the one above it.
    /// </summary>
    public ValueOrigin? Otherwise { get; init; }

    /// <summary>
    /// How far back a binding is looked for: a long component is about that size, and further back it is rarely the
    /// same variable.
    /// </summary>
    public const int MaxLinesBack = 200;

    /// <summary>
    /// The value (the pattern's <c>value</c> group: an offset and a length in the masked text, read with its strings),
    /// and the nearest earlier line that binds the name it starts with (comments are not read; strings are).
    /// </summary>
    public static ValueOrigin Read(MaskedSource masked, int valueIndex, int valueLength)
    {
        var (line, _) = masked.Position(valueIndex);
        return Read(masked, new string(masked.CodeAndStrings.Slice(valueIndex, valueLength)), line, line - MaxLinesBack, line);
    }

    /// <summary>
    /// The value, read on <paramref name="line"/>, and the nearest line above that binds the name it starts with, down to
    /// <paramref name="floor"/>: the additions to a name (<c>html += …</c>) are followed back within the one window.
    /// </summary>
    /// <param name="sink">The sink's line, which a binding in a branch (<see cref="Branches.InBranch"/>) may not reach.</param>
    /// <param name="inFunction">Whether what the name held before a branch is looked for: in the function around the
    /// sink, not in the function above or a callback's body, where the same name is another variable.</param>
    /// <param name="firstBranch">When looking past the binding in the last branch of a chain whose every branch assigns
    /// the name, the chain's first branch (<see cref="Branches.FirstBranchOfFullChain"/>): a binding there ends the search.</param>
    private static ValueOrigin Read(MaskedSource masked, string value, int line, int floor, int sink, bool inFunction = false, int firstBranch = 0)
    {
        if (LeadingName(value) is { } name)
        {
            foreach (var l in inFunction ? Branches.LinesBefore(masked, name, line, floor, sink) : Above(line, floor))
            {
                var candidate = masked.CodeAndStringsLine(l);
                if (BlockParameter(candidate, name))
                {
                    return new ValueOrigin(value, candidate.Trim(), IntegerBlockIndex(candidate, name) && NumberFrom(value, name),
                        IsConstant: ConstantBlock().IsMatch(candidate)) { BindingLine = l };
                }
                if (AppendStatement(masked.CodeLine(l), name) is { } column)
                {
                    // Ruby's `base << " AND …"` adds to the string in place: what it adds, and what it held before.
                    return new ValueOrigin(value, candidate[column..].Trim(), false) { BindingLine = l, Earlier = Read(masked, name, l, floor, sink, inFunction) };
                }
                if (BindingIn(candidate, name) is not { } rest)
                {
                    continue;
                }
                var binding = WithBranchesTail(masked, WithChainTail(masked, WithContinuationTail(masked, WithTemplateTail(masked, candidate, rest, l, line), rest, l, line), l, line), rest, l, line);
                // A copy (`query = sql`) says nothing of the value: where the copied name was bound does, or, when Ruby's
                // `sql << "…"` below the copy changes the string both names hold, what the copied name is at the sink. Not a
                // name a chain below goes on from (`subquery = organization` / `.distributions…`).
                if (binding == candidate && AliasOf(rest, name) is { } other && AssignedBy(masked.CodeLine(l), name) is not "+="
                    && Read(masked, other, SharedUntil(masked, other, l, line), floor, sink, inFunction) is { Binding: not null } aliased)
                {
                    return aliased with { Value = value };
                }
                var code = masked.CodeLine(l);
                // A literal set under a condition on its line (`if (c) html = '<b>x</b>';`) may not be what the sink gets.
                var conditional = ConditionalOnLine(code, name);
                var op = AssignedBy(code, name);
                // `else` / `sql = "SELECT 1"`, or `sql ||= …`: the sink may get the value of another branch, or the one set before.
                var otherwise = (conditional || op is "||=" or "??=" || Branches.InBranch(masked, l, sink)
                    || (Branches.HasModifier(code) && !Branches.AllowsFromList(masked, l, name)))
                    && !(firstBranch > 0 && Branches.BranchOf(masked, l) == firstBranch) && !Branches.IfAndElseOnLine(code)
                    ? Read(masked, name, l, floor, sink, inFunction: true,
                        firstBranch > 0 ? firstBranch : Branches.FirstBranchOfFullChain(masked, l, name))
                    : null;
                // Under a condition on its line with nothing set before in sight, what the sink gets otherwise is not known.
                var known = !conditional || otherwise is { Binding: not null };
                return new ValueOrigin(value, binding, known && IsNumberText(rest), known && IsLiteralsOnly(masked, name, l, line, binding))
                {
                    BindingLine = l,
                    // `html += '<b>x</b>'` keeps what html held before.
                    Earlier = op == "+=" ? Read(masked, name, l, floor, sink, inFunction) : null,
                    Otherwise = otherwise,
                };
            }
        }
        return new ValueOrigin(value, null, false);
    }

    /// <summary>
    /// Whether a hit of <paramref name="pattern"/> on this value counts. A number never does (it carries no markup
    /// and no SQL), nor a value built from literals alone when the pattern says so (<c>unlessConstant</c>: set for
    /// injection, not where the literal is the problem, as in a signing key). Text of <c>unlessValue</c> in the
    /// value or its binding clears it; when the pattern has <c>ifValue</c>, one of those texts must be there. A value
    /// added to (<c>html += …</c>) counts when what was added counts or what it was added to does.
    /// </summary>
    /// <param name="askUnlessValue">Whether <c>unlessValue</c> is asked here; not of a Ruby string built in steps, whose
    /// parts <see cref="RubyValueFlow"/> asks it of one by one (one checked part would otherwise clear the others).</param>
    /// <param name="askIfValue">Whether <c>ifValue</c> is asked here; not of the values a hit's string is built from,
    /// which were not what the pattern's texts describe.</param>
    /// <param name="serverFragments">Whether <c>unlessServerFragment</c> is asked: not in a file that points its HTTP
    /// client at another address (<see cref="ServerFragment.SetsBaseAddress"/>).</param>
    public bool Counts(Catalog.CodePattern pattern, bool askUnlessValue = true, bool askIfValue = true, bool serverFragments = true) =>
        CountsAlone(pattern, askUnlessValue, askIfValue, serverFragments) || Earlier?.Counts(pattern, askUnlessValue, askIfValue, serverFragments) == true
        // A name with no binding above a branch's (`let html;`) has no other value to count.
        || Otherwise is { Binding: not null } otherwise && otherwise.Counts(pattern, askUnlessValue, askIfValue, serverFragments);

    /// <summary>Whether the hit counts on what this binding gives the name, leaving aside what it held before.</summary>
    private bool CountsAlone(Catalog.CodePattern pattern, bool askUnlessValue, bool askIfValue, bool serverFragments)
    {
        if (IsNumber || (IsConstant && pattern.UnlessConstant) || (askUnlessValue && Mentions(pattern.UnlessValue))
            || (serverFragments && pattern.UnlessServerFragment && Binding is not null && ServerFragment.Holds(Value, Binding)))
        {
            return false;
        }
        return !askIfValue || pattern.IfValue.IsEmpty || Mentions(pattern.IfValue);
    }

    private bool Mentions(IReadOnlyList<string> texts) => ContainsAny(Value, texts) || (Binding is not null && ContainsAny(Binding, texts));

    /// <summary>
    /// Whether the binding builds the value from string literals alone, joined with <c>+</c> or side by side and
    /// possibly over several lines (<c>'SELECT … ' +</c> / <c>'ORDER BY …'</c>): a constant carries no input.
    /// Read on the masked code, where string contents are blank, so only what is outside the quotes counts.
    /// </summary>
    private static bool IsLiteralsOnly(MaskedSource masked, string name, int bindingLine, int sinkLine, string binding)
    {
        // Masked code blanks a string with what it interpolates: "#{…}" and `${…}` are read in the binding's text.
        if (Interpolates(binding) || BindingIn(masked.CodeLine(bindingLine), name) is not { } first)
        {
            return false;
        }
        var code = new System.Text.StringBuilder(first);
        var depth = Depth(first);
        for (var l = bindingLine + 1; l < sinkLine && (depth > 0 || EndsOpen(code)); l++)
        {
            if (Interpolates(masked.CodeAndStringsLine(l)))
            {
                return false;
            }
            var next = masked.CodeLine(l);
            code.Append(' ').Append(next);
            depth += Depth(next);
        }
        var hasLiteral = false;
        // A name written in capitals (`"SELECT … FROM " + DEFAULT_TABLE_NAME`) is a constant by every language's convention.
        foreach (var c in CapitalsName().Replace(code.ToString(), " "))
        {
            if (c is '\'' or '"' or '`')
            {
                hasLiteral = true;
            }
            else if (!(char.IsWhiteSpace(c) || c is '+' or '(' or ')' or ';' or '\\'))
            {
                return false;
            }
        }
        return hasLiteral;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.$])_?[A-Z][A-Z0-9_]*(?![\w$(\[.])")]
    private static partial System.Text.RegularExpressions.Regex CapitalsName();

    /// <summary>
    /// Where the value starts when the line is a statement that appends to <paramref name="name"/> in place (Ruby's
    /// <c>name &lt;&lt; "…"</c>); null otherwise.
    /// </summary>
    private static int? AppendStatement(string line, string name)
    {
        var start = line.Length - line.TrimStart().Length;
        if (!line.AsSpan(start).StartsWith(name, StringComparison.Ordinal))
        {
            return null;
        }
        var after = SkipSpaces(line, start + name.Length);
        return line.AsSpan(after).StartsWith("<<", StringComparison.Ordinal) && !line.AsSpan(after).StartsWith("<<=", StringComparison.Ordinal)
            && after > start + name.Length
            ? after + 2
            : null;
    }

    private static IEnumerable<int> Above(int line, int floor)
    {
        for (var l = line - 1; l >= 1 && l >= floor; l--)
        {
            yield return l;
        }
    }

    /// <summary>
    /// The line below which <paramref name="name"/>, copied on <paramref name="copyLine"/>, is read for the copy: after its
    /// last in-place addition (<c>sql &lt;&lt; "…"</c>) that comes before the sink and before the name is given a new value,
    /// which the copy does not share; the copy's line when there is none.
    /// </summary>
    private static int SharedUntil(MaskedSource masked, string name, int copyLine, int sinkLine)
    {
        var last = copyLine;
        for (var l = copyLine + 1; l < sinkLine; l++)
        {
            var code = masked.CodeLine(l);
            if (AppendStatement(code, name) is not null)
            {
                last = l + 1;
            }
            else if (BindingIn(code, name) is not null)
            {
                break;
            }
        }
        return last;
    }

    /// <summary>
    /// The operator the line assigns <paramref name="name"/> with when it adds to it (<c>+=</c>) or gives it a value only when
    /// it has none (<c>||=</c>, <c>??=</c>); null for any other line.
    /// </summary>
    private static string? AssignedBy(string line, string name)
    {
        if (NameAt(line, name) is not (var at and >= 0))
        {
            return null;
        }
        var rest = line.AsSpan(SkipSpaces(line, at + name.Length));
        foreach (var op in (ReadOnlySpan<string>)["+=", "||=", "??="])
        {
            if (rest.StartsWith(op, StringComparison.Ordinal))
            {
                return op;
            }
        }
        return null;
    }

    private static bool Interpolates(string text) =>
        text.Contains("${", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal);

    private static int Depth(string code) => code.AsSpan().Count('(') - code.AsSpan().Count(')');

    private static bool EndsOpen(System.Text.StringBuilder code)
    {
        var text = code.ToString().TrimEnd();
        return text.EndsWith('+') || text.EndsWith('(') || text.EndsWith('\\');
    }

    /// <summary>
    /// Whether the line binds <paramref name="name"/> under a condition written on it: a statement that opens with one
    /// (<c>if (c) html = '…'</c>, <c>else</c>, <c>case</c>) or one before the name (<c>log(k); if (k) html = '…'</c>,
    /// <c>c &amp;&amp; (html = '…')</c>, <c>ready ? (html = a) : …</c>). Read on masked code.
    /// </summary>
    internal static bool ConditionalOnLine(string code, string name) =>
        ScriptValueFlow.Conditional().IsMatch(code) || (NameAt(code, name) is var at && at >= 0 && ConditionBefore().IsMatch(code.AsSpan(0, at)));

    /// <summary>
    /// Where <paramref name="name"/> first stands alone on the line from <paramref name="from"/> (not part of a longer
    /// name, nor a member after a <c>.</c>); -1 when it does not.
    /// </summary>
    internal static int NameAt(string line, string name, int from = 0)
    {
        for (var at = line.IndexOf(name, from, StringComparison.Ordinal); at >= 0; at = line.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (!((at > 0 && (IsNameChar(line[at - 1]) || line[at - 1] == '.')) || (end < line.Length && IsNameChar(line[end]))))
            {
                return at;
            }
        }
        return -1;
    }

    // A `?` after a space or a bracket opens a ternary or a `??`; one after a name is a type's (`string? html`).
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:if|elif|else|case|when|then|while|for)\b|&&|\|\||(?<=[\s)\]])\?(?!\.)")]
    private static partial System.Text.RegularExpressions.Regex ConditionBefore();

    /// <summary>How many lines below a binding its expression is read while it goes on.</summary>
    private const int MaxContinuedLines = 50;

    /// <summary>
    /// A binding whose expression goes on below (<c>const html = '&lt;b&gt;' +</c> / <c>location.hash;</c>, Python's
    /// <c>sql = ("…"</c> / <c>% name)</c>) is read to where it ends: while the bracket its value opens with is open, the line
    /// ends with an operator or the next begins with one. A call's arguments on the lines below are not read: what the
    /// call returns is not its arguments (a cache key, a callback's body).
    /// </summary>
    private static string WithContinuationTail(MaskedSource masked, string binding, string rest, int bindingLine, int sinkLine)
    {
        var last = masked.CodeLine(bindingLine);
        var text = new System.Text.StringBuilder(binding);
        var depth = rest.StartsWith('(') ? Depth(last) : 0;
        for (var l = bindingLine + 1; l < sinkLine && l <= bindingLine + MaxContinuedLines; l++)
        {
            var next = masked.CodeLine(l);
            var open = depth > 0 || EndsWithOperator().IsMatch(last);
            if (string.IsNullOrWhiteSpace(next))
            {
                if (!open)
                {
                    break;
                }
                continue;
            }
            if (!open && !StartsWithOperator().IsMatch(next))
            {
                break;
            }
            // Joined with a space, as the operator is written next to its operand (`"…'%s'"` / `% name`).
            text.Append(' ').Append(masked.CodeAndStringsLine(l).Trim());
            if (next.TrimEnd().EndsWith('{'))
            {
                // A callback or an object opens here (`async () => {`): its body is code of its own, not the value.
                break;
            }
            depth = depth > 0 ? depth + Depth(next) : 0;
            last = next;
        }
        return text.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:[-+*/%\\]|&&|\|\||\?\?|\?|:)\s*$")]
    private static partial System.Text.RegularExpressions.Regex EndsWithOperator();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[-+*/%]|&&|\|\||\?\?|\?(?!\.)|:(?!:))")]
    private static partial System.Text.RegularExpressions.Regex StartsWithOperator();

    /// <summary>
    /// A binding that opens a template literal (<c>const html = `</c>) goes on until it closes: the markup and its
    /// <c>${…}</c> are on the lines below, up to the sink's line.
    /// </summary>
    internal static string WithTemplateTail(MaskedSource masked, string binding, string rest, int bindingLine, int sinkLine)
    {
        if (rest.AsSpan().Count('`') % 2 == 0)
        {
            return binding;
        }
        var text = new System.Text.StringBuilder(binding);
        for (var l = bindingLine + 1; l < sinkLine; l++)
        {
            var next = masked.CodeAndStringsLine(l);
            text.Append('\n').Append(next);
            if (next.Contains('`', StringComparison.Ordinal))
            {
                break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// A binding whose expression goes on as a chain of calls on the lines below (<c>subquery = relation</c>, then
    /// <c>.where(…)</c>, <c>.to_sql</c>) ends where the chain does: each following line that starts with a <c>.</c>,
    /// up to the sink's line, is part of it.
    /// </summary>
    internal static string WithChainTail(MaskedSource masked, string binding, int bindingLine, int sinkLine)
    {
        var text = new System.Text.StringBuilder(binding);
        for (var l = bindingLine + 1; l < sinkLine; l++)
        {
            var next = masked.CodeAndStringsLine(l).TrimStart();
            if (next.Length == 0)
            {
                // A blank line, or one that held only a comment, does not end a chain.
                continue;
            }
            if (!next.StartsWith('.') || next.StartsWith("..", StringComparison.Ordinal))
            {
                break;
            }
            text.Append('\n').Append(next);
        }
        return text.ToString();
    }

    /// <summary>
    /// A Ruby value chosen by a condition (<c>sql = if admin</c>, or <c>sql =</c> then <c>case scope</c> on the line below)
    /// goes on to its <c>end</c>: each branch's value is part of the binding.
    /// </summary>
    private static string WithBranchesTail(MaskedSource masked, string binding, string rest, int bindingLine, int sinkLine)
    {
        var opener = rest.Length == 0 && masked.CodeLine(bindingLine).TrimEnd().EndsWith('=') ? bindingLine + 1 : bindingLine;
        var openerCode = masked.CodeLine(opener);
        var keyword = opener == bindingLine ? openerCode.LastIndexOf(rest, StringComparison.Ordinal) : Branches.Indent(openerCode);
        if (opener >= sinkLine || keyword < 0 || !Branches.OpensConditionalValue(openerCode.AsSpan(keyword)))
        {
            return binding;
        }
        var text = new System.Text.StringBuilder(binding);
        for (var l = bindingLine + 1; l < sinkLine; l++)
        {
            text.Append('\n').Append(masked.CodeAndStringsLine(l));
            var code = masked.CodeLine(l);
            if (l > opener && Branches.Indent(code) <= keyword && EndOfValue().IsMatch(code))
            {
                break;
            }
        }
        return text.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*end\b")]
    private static partial System.Text.RegularExpressions.Regex EndOfValue();

    /// <summary>Whether the line opens a Ruby block that takes <paramref name="name"/> as a parameter: the block binds it.</summary>
    internal static bool BlockParameter(string line, string name) =>
        BlockParameters().Match(line) is { Success: true } block
        && block.Groups["parameters"].Value.Split(',', StringSplitOptions.TrimEntries).Contains(name, StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"(\bdo|\{)\s*\|(?<parameters>[\w, ]+)\|")]
    private static partial System.Text.RegularExpressions.Regex BlockParameters();

    /// <summary>
    /// A Ruby block over a list the code itself holds: <c>EVENTS.each do |event_name|</c>, <c>%w[daily weekly].each { |period|</c>,
    /// <c>["comments", "stories"].each do |table|</c>. Each value the block takes comes from the code.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*((?:[A-Z]\w*::)*[A-Z][A-Z0-9_]*|%[wi]\[[^\]]*\]|\[\s*(?:""[^""#\n]*""|'[^'\n]*'|:\w+)(?:\s*,\s*(?:""[^""#\n]*""|'[^'\n]*'|:\w+))*\s*,?\s*\])(\.freeze)?\.(each|each_with_index|map|flat_map|filter_map|each_with_object)\b[^|{]*(\bdo|\{)\s*\|")]
    private static partial System.Text.RegularExpressions.Regex ConstantBlock();

    /// <summary>
    /// Whether the line opens a Ruby block whose parameter <paramref name="name"/> is a count the block is given, an
    /// Integer whatever the items are: the index of <c>each_with_index</c>, <c>with_index</c> or <c>each_index</c>, the
    /// counter of <c>3.times</c>, <c>1.upto(n)</c> or <c>list.size.times</c>, or an item of a range that starts at an
    /// integer (<c>(1..n).each</c>: Ruby's Range of an Integer steps by Integer#succ, and refuses an end of another kind).
    /// </summary>
    internal static bool IntegerBlockIndex(string line, string name) =>
        SecondIndexBlock().Match(line) is { Success: true } second ? second.Groups["index"].Value == name
        : FirstIndexBlock().Match(line) is { Success: true } first && first.Groups["index"].Value == name;

    /// <summary>
    /// The block's second parameter after <c>each_with_index</c> (alone, or before a method that yields what it is given:
    /// <c>each_with_index.map</c>) or <c>with_index</c>; not after <c>inject</c> and the like, whose second parameter is the pair.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\.(each_with_index(\.(map|collect|each|select|filter|reject|filter_map|flat_map|find|detect|any\?|all\?|none\?|count|sort_by|min_by|max_by|group_by|partition|sum|find_index|take_while|drop_while))?|with_index(\(\s*-?\d*\s*\))?)\s*(\bdo|\{)\s*\|\s*[a-z_]\w*\s*,\s*(?<index>[a-z_]\w*)\s*\|")]
    private static partial System.Text.RegularExpressions.Regex SecondIndexBlock();

    /// <summary>The block's first parameter after <c>each_index</c>, an Integer's <c>times</c>, <c>upto</c>, <c>downto</c> or <c>step</c>, or a range that starts at an integer literal.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(\.each_index|(?<![\w.])\d+\.(times|upto\([^()\n]*\)|downto\([^()\n]*\)|step\([^()\n]*\))|\.(size|length|count)\.times|\(\s*-?\d+\s*\.\.\.?[^()\n]*\)\.(each|map|collect|select|filter|reject|filter_map|flat_map|step\([^()\n]*\)))\s*(\bdo|\{)\s*\|\s*(?<index>[a-z_]\w*)\s*[,|]")]
    private static partial System.Text.RegularExpressions.Regex FirstIndexBlock();

    /// <summary>Whether the value is the name alone, or the name with numbers added, taken or multiplied (<c>index + 1</c>).</summary>
    private static bool NumberFrom(string value, string name) =>
        value.StartsWith(name, StringComparison.Ordinal) && IndexArithmetic().IsMatch(value.AsSpan(name.Length));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\s*[-+*]\s*\d+)*\s*$")]
    private static partial System.Text.RegularExpressions.Regex IndexArithmetic();

    /// <summary>The name an expression starts with (<c>html</c> in <c>html.replace(…)</c>); null for literals, <c>this</c> and calls of other things.</summary>
    internal static string? LeadingName(string value)
    {
        var end = 0;
        while (end < value.Length && IsNameChar(value[end]))
        {
            end++;
        }
        if (end == 0 || char.IsDigit(value[0]))
        {
            return null;
        }
        var name = value[..end];
        return name is "this" or "self" or "new" or "await" ? null : name;
    }

    /// <summary>
    /// When the line binds <paramref name="name"/>, what follows the binding (the assigned text, or empty for a
    /// parameter); null when the line does not bind it. Reads assignments (<c>=</c>, <c>:=</c>, <c>+=</c>),
    /// increments, and names in a declaration or a parameter list (<c>const [svg] =</c>, <c>.then(text =&gt;</c>).
    /// </summary>
    internal static string? BindingIn(string line, string name)
    {
        for (var at = line.IndexOf(name, StringComparison.Ordinal); at >= 0; at = line.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at > 0 && (IsNameChar(line[at - 1]) || line[at - 1] == '.')) || (end < line.Length && IsNameChar(line[end])))
            {
                continue;
            }
            var after = SkipSpaces(line, end);
            var rest = line[after..];
            if (rest.StartsWith("++", StringComparison.Ordinal) || rest.StartsWith("--", StringComparison.Ordinal)
                || line[..at].TrimEnd().EndsWith("++", StringComparison.Ordinal) || line[..at].TrimEnd().EndsWith("--", StringComparison.Ordinal))
            {
                return "0";
            }
            if (rest.StartsWith("=>", StringComparison.Ordinal))
            {
                return "";
            }
            foreach (var op in (ReadOnlySpan<string>)[":=", "+=", "||=", "??=", "="])
            {
                if (rest.StartsWith(op, StringComparison.Ordinal) && !rest.StartsWith(op + "=", StringComparison.Ordinal)
                    && !(op == "=" && rest.StartsWith("=>", StringComparison.Ordinal)))
                {
                    return line[(after + op.Length)..].Trim();
                }
            }
            if (rest.Length > 0 && rest[0] is ',' or ')' or ']' or '}' or ':' && DeclaresOrTakesParameters(line)
                && !(IsDeclaration(line) && line.IndexOf('=') is var assign && assign >= 0 && assign < at))
            {
                // A declaration binds the names left of its '=': `var quoted = Quote(name)` does not bind name.
                return "";
            }
        }
        return null;
    }

    /// <summary>The other local a binding's value is, alone (<c>sql</c> of <c>query = sql</c>); null for any other value.</summary>
    private static string? AliasOf(string rest, string name)
    {
        var value = rest.TrimEnd().TrimEnd(';').TrimEnd();
        // Lower case first, so a constant or a class is not taken for a local.
        return LeadingName(value) is { } other && other.Length == value.Length && other != name && !char.IsUpper(other[0])
            && other is not ("nil" or "null" or "undefined" or "true" or "false")
            ? other
            : null;
    }

    private static bool DeclaresOrTakesParameters(string line)
    {
        var trimmed = line.TrimStart();
        return IsDeclaration(line) || trimmed.Contains("function", StringComparison.Ordinal)
            || trimmed.Contains("=>", StringComparison.Ordinal) || trimmed.StartsWith("def ", StringComparison.Ordinal)
            || trimmed.Contains("->", StringComparison.Ordinal)
            || trimmed.StartsWith("func ", StringComparison.Ordinal)
            // A C# or TypeScript method's signature: its parameters bind the names, and the search stops there
            // instead of reading on into the method above.
            || (trimmed.IndexOf('(') is var open && open >= 0 && trimmed.IndexOf('=') is var assign && (assign < 0 || assign > open)
                && MemberModifiers.Any(m => trimmed.StartsWith(m, StringComparison.Ordinal))
                && !trimmed.StartsWith("async with ", StringComparison.Ordinal) && !trimmed.StartsWith("async for ", StringComparison.Ordinal));
    }

    private static bool IsDeclaration(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("const ", StringComparison.Ordinal) || trimmed.StartsWith("let ", StringComparison.Ordinal)
            || trimmed.StartsWith("var ", StringComparison.Ordinal);
    }

    private static readonly string[] MemberModifiers = ["public ", "private ", "protected ", "internal ", "static ", "async "];

    private static bool IsNumberText(string assigned)
    {
        var text = assigned.TrimEnd(';', ' ', '\t', ')', '}', ',');
        return text.Length > 0 && text.All(c => char.IsDigit(c) || c is '.' or '_' or '-');
    }

    internal static bool ContainsAny(string text, IReadOnlyList<string> texts)
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

    private static int SkipSpaces(string line, int from)
    {
        while (from < line.Length && line[from] is ' ' or '\t')
        {
            from++;
        }
        return from;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
