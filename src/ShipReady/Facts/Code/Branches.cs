using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Where a binding sits relative to the sink that reads it, told by indentation: in a branch of an <c>if</c>, an
/// <c>else</c>, a loop or a <c>rescue</c> that ends before the sink (the sink may run without it, with what the name held
/// before), in another scope (a callback's or a nested function's body, a Ruby block), or in the blocks around the sink,
/// including those that always run (<c>try</c>, <c>with</c>).
/// </summary>
/// <remarks>
/// Indentation is what every language here writes its blocks with, braces or not, so one reading serves them all. A
/// file indented against its blocks is read as it looks, and the worst that follows is the nearest binding alone, as
/// before branches were read.
/// </remarks>
internal static partial class Branches
{
    /// <summary>
    /// Whether the binding on <paramref name="bindingLine"/> is in a block that ends before the sink on
    /// <paramref name="sinkLine"/> runs: a line after it, up to the sink's, is indented less.
    /// </summary>
    public static bool InClosedBlock(MaskedSource masked, int bindingLine, int sinkLine) =>
        MinIndent(masked, bindingLine + 1, sinkLine) < Indent(masked.CodeLine(bindingLine));

    /// <summary>
    /// Whether the binding is in a branch the sink may run without: a closed block opened by an <c>if</c>, an <c>else</c>, a
    /// <c>case</c>, a loop, a <c>catch</c> or a <c>rescue</c>. A block that runs (<c>try</c>, <c>with</c>, <c>do … while</c>) is
    /// not a branch, and a callback's or a method's body is another scope.
    /// </summary>
    public static bool InBranch(MaskedSource masked, int bindingLine, int sinkLine) =>
        InClosedBlock(masked, bindingLine, sinkLine) && Opener(masked, bindingLine) is var opener && opener > 0
        && ControlFlow().IsMatch(masked.CodeLine(opener));

    /// <summary>
    /// Whether the binding is in another scope than the sink: a closed block opened by a function, a callback or a Ruby
    /// block (<c>[1, 2].each do |page|</c>), whose locals are its own.
    /// </summary>
    public static bool InOtherScope(MaskedSource masked, int bindingLine, int sinkLine) =>
        InClosedBlock(masked, bindingLine, sinkLine) && Opener(masked, bindingLine) is var opener && opener > 0
        && !SameScope(masked.CodeLine(opener));

    /// <summary>
    /// The line that opens the block <paramref name="line"/> is in: the nearest line above indented less (the line before
    /// a brace on its own, as C# writes <c>if (c)</c> / <c>{</c>); 0 when there is none.
    /// </summary>
    public static int Opener(MaskedSource masked, int line)
    {
        var indent = Indent(masked.CodeLine(line));
        for (var l = line - 1; l >= 1; l--)
        {
            var code = masked.CodeLine(l);
            if (Ends(code) && Indent(code) < indent)
            {
                return code.Trim() == "{" ? PreviousCodeLine(masked, l) : l;
            }
        }
        return 0;
    }

    /// <summary>
    /// The line that opens the branch <paramref name="line"/> is in: the line itself when it starts a branch and binds
    /// on it (<c>else: sql = "…"</c>, <c>when "a" then sort = "…"</c>, <c>case 1: html = '…'</c>), else its block's opener.
    /// </summary>
    public static int BranchOf(MaskedSource masked, int line) =>
        BranchLine().IsMatch(masked.CodeLine(line)) ? line : Opener(masked, line);

    /// <summary>
    /// When the binding is in the last branch of a chain (<c>else</c>, <c>default:</c>, <c>case _:</c>) and every other
    /// branch of the chain assigns <paramref name="name"/> too, the line of the chain's first branch: no path through the
    /// chain keeps what the name held before it. 0 otherwise.
    /// </summary>
    public static int FirstBranchOfFullChain(MaskedSource masked, int bindingLine, string name)
    {
        var last = BranchOf(masked, bindingLine);
        if (last <= 0 || !LastBranch().IsMatch(masked.CodeLine(last)))
        {
            return 0;
        }
        var indent = Indent(masked.CodeLine(last));
        var branches = new List<int> { last };
        for (var l = last - 1; l >= 1; l--)
        {
            var code = masked.CodeLine(l);
            // A branch's body, and braces on lines of their own (C#'s `{` / `}` above an `else`).
            if (!Ends(code) || Indent(code) > indent || code.Trim() is "{" or "}")
            {
                continue;
            }
            if (Indent(code) < indent || !BranchLine().IsMatch(code))
            {
                // The head of a `switch`, a Ruby `case` or a `match` above its branches, or code before the chain.
                break;
            }
            branches.Add(l);
            if (If().IsMatch(code))
            {
                break;
            }
        }
        branches.Reverse();
        if (branches.Count < 2 || MiddleBranch().IsMatch(masked.CodeLine(branches[0])))
        {
            // The chain's `if` was not found: its start is not read.
            return 0;
        }
        for (var i = 0; i < branches.Count - 1; i++)
        {
            if (!Assigns(masked, branches[i], branches[i + 1], name))
            {
                return 0;
            }
        }
        return branches[0];
    }

    /// <summary>Whether a binding of <paramref name="name"/> directly in the branch opened on <paramref name="branch"/> comes before <paramref name="next"/>.</summary>
    private static bool Assigns(MaskedSource masked, int branch, int next, string name)
    {
        for (var l = branch; l < next; l++)
        {
            if (ValueOrigin.BindingIn(masked.CodeLine(l), name) is not null && BranchOf(masked, l) == branch)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a Ruby value starts with the keyword of a value chosen by a condition: <c>sql = if admin</c>, <c>sql = case scope</c>.</summary>
    public static bool OpensConditionalValue(ReadOnlySpan<char> value) => ConditionalValue().IsMatch(value);

    /// <summary>Whether the line holds a whole <c>if</c> and its <c>else</c> (<c>if (c) { html = a; } else { html = b; }</c>).</summary>
    public static bool IfAndElseOnLine(string code) => IfElseLine().IsMatch(code);

    /// <summary>
    /// Whether the Ruby statement ends with a condition (<c>sql = "SELECT 1" if admin</c>): not Python's
    /// <c>a if c else b</c>, which is one value, nor a condition inside brackets (<c>(p for p in parts if p)</c>).
    /// </summary>
    public static bool HasModifier(string code)
    {
        var statement = RubyReturnValue.WithoutModifier(code);
        return statement.Length < code.TrimEnd().Length && !ElseWord().IsMatch(code.AsSpan(statement.Length));
    }

    /// <summary>
    /// Whether the modifier on <paramref name="line"/> lets the name keep what it held only when a list allows it:
    /// <c>order = "created_at" unless %w[name created_at].include?(order)</c>, or the list checks the value the name was
    /// given just above (<c>sort = params[:sort]</c> / <c>sort = "name" unless LIST.include?(params[:sort])</c>).
    /// </summary>
    public static bool AllowsFromList(MaskedSource masked, int line, string name)
    {
        var code = masked.CodeLine(line);
        var statement = RubyReturnValue.WithoutModifier(code);
        // `unless admin? || LIST.include?(x)` keeps x for an admin, whatever it is.
        if (AllowList().Match(code, statement.Length) is not { Success: true } check || Compound().IsMatch(code, statement.Length))
        {
            return false;
        }
        // Read with its strings (the two views of a line are the same length): params["sort"] and params["dir"] look
        // alike with their contents blanked.
        var listed = RequestKey(masked.CodeAndStringsLine(line).Substring(check.Groups["value"].Index, check.Groups["value"].Length));
        if (listed == name)
        {
            return true;
        }
        foreach (var l in LinesBefore(masked, name, line, line - ValueOrigin.MaxLinesBack, line))
        {
            if (ValueOrigin.BindingIn(masked.CodeAndStringsLine(l), name) is { } held)
            {
                // Only a plain copy made on every path: a binding under its own condition may not be what the list checked.
                return RequestKey(held.Trim()) == listed && !HasModifier(masked.CodeLine(l)) && !InBranch(masked, l, line)
                    && !ValueOrigin.ConditionalOnLine(masked.CodeLine(l), name);
            }
        }
        return false;
    }

    /// <summary>
    /// A read of the request's parameters written one way: <c>params["sort"]</c>, <c>params.fetch(:sort)</c> and
    /// <c>params[:sort].to_s</c> are the text <c>params[:sort]</c> names (Rails' parameters take a string or a symbol key).
    /// Any other text is returned as it is.
    /// </summary>
    private static string RequestKey(string read) =>
        ParamsRead().Match(read) is { Success: true } key ? "params[:" + key.Groups["key"].Value + "]" : read;

    /// <summary>
    /// Reads the lines above a branch's binding for what the name held before, in the function around the sink:
    /// yields each line that may bind it, skipping bindings in another scope (a callback's or a nested function's body,
    /// a Ruby block, a JavaScript <c>const</c> or <c>let</c> in a closed block), and stopping after the first line of the
    /// function (or callback) the sink is in, whose parameters may bind it.
    /// </summary>
    public static IEnumerable<int> LinesBefore(MaskedSource masked, string name, int from, int floor, int sinkLine)
    {
        var enclosing = MinIndent(masked, from, sinkLine);
        for (var l = from - 1; l >= 1 && l >= floor; l--)
        {
            var code = masked.CodeLine(l);
            if (!Ends(code))
            {
                continue;
            }
            var indent = Indent(code);
            if (indent < enclosing)
            {
                enclosing = indent;
                var header = code.Trim() == "{" ? PreviousCodeLine(masked, l) : l;
                if (header > 0 && !SameScope(masked.CodeLine(header)))
                {
                    // The function around the sink: its first line may take the name as a parameter, and above it is
                    // another function's code.
                    yield return header;
                    yield break;
                }
                yield return l;
                continue;
            }
            if (indent > enclosing && code.Contains(name, StringComparison.Ordinal) && (Declaration().IsMatch(code)
                || Opener(masked, l) is var opener && opener > 0 && !SameScope(masked.CodeLine(opener))))
            {
                continue;
            }
            yield return l;
        }
    }

    /// <summary>Whether the line opens a block in the scope around it (a branch, a loop, a <c>try</c>, a <c>with</c>), not a function or a callback.</summary>
    public static bool SameScope(string code) => ControlFlow().IsMatch(code) || Runs().IsMatch(code);

    private static int MinIndent(MaskedSource masked, int from, int to)
    {
        var min = int.MaxValue;
        for (var l = from; l <= to && l <= masked.LineCount; l++)
        {
            var code = masked.CodeLine(l);
            if (Ends(code))
            {
                min = Math.Min(min, Indent(code));
            }
        }
        return min;
    }

    private static int PreviousCodeLine(MaskedSource masked, int line)
    {
        for (var l = line - 1; l >= 1; l--)
        {
            if (Ends(masked.CodeLine(l)))
            {
                return l;
            }
        }
        return 0;
    }

    /// <summary>Whether the line can end a block: not blank, a comment (blank in masked code) or a heredoc's closer at the margin (<c>SQL</c>).</summary>
    private static bool Ends(string code) => !string.IsNullOrWhiteSpace(code) && !HeredocCloser().IsMatch(code);

    /// <summary>The width of the line's leading spaces and tabs.</summary>
    internal static int Indent(string code) => PythonClass.Indent(code);

    // A statement whose block may not run, in the languages read: if/else (and elif, elsif, else if), unless,
    // case/when/switch/default, loops, catch/except/rescue, Go's select.
    [GeneratedRegex(@"^\s*(?:\}\s*)?(?:if|else|elif|elsif|unless|for|foreach|while|until|switch|case|when|in|default|catch|except|rescue|select)\b")]
    private static partial Regex ControlFlow();

    // A statement whose block runs, in the scope around it: try/finally, begin/ensure, with, do … while, Ruby's loop.
    [GeneratedRegex(@"^\s*(?:\}\s*)?(?:try|finally|begin|ensure|with|do|loop|using|lock|unsafe|checked)\b")]
    private static partial Regex Runs();

    // A line that starts a branch of a chain: if, elsif/elif/else if, else, when, in, case …:, default:.
    [GeneratedRegex(@"^\s*(?:\}\s*)?(?:if|elsif|elif|else|unless|when|in|default)\b|^\s*case\b[^:\n]*:")]
    private static partial Regex BranchLine();

    [GeneratedRegex(@"^\s*(?:\}\s*)?(?:elsif|elif|else)\b")]
    private static partial Regex MiddleBranch();

    [GeneratedRegex(@"^\s*(?:\}\s*)?else\b(?!\s+if\b)|^\s*default\s*:|^\s*case\s+_\s*:")]
    private static partial Regex LastBranch();

    [GeneratedRegex(@"^(?:if|unless|case)\b")]
    private static partial Regex ConditionalValue();

    [GeneratedRegex(@"^\s*if\b.*\belse\b")]
    private static partial Regex IfElseLine();

    [GeneratedRegex(@"^\s*(?:if|unless)\b")]
    private static partial Regex If();

    [GeneratedRegex(@"\belse\b")]
    private static partial Regex ElseWord();

    // unless LIST.include?(name), if !LIST.include?(name), unless name.in?(LIST): the whole condition. The value checked is
    // a name or a read of one (params[:sort], @sort).
    [GeneratedRegex(@"\G\s*(?:(?:unless\s+|if\s+!\s*)\S.*?\.include\?\(\s*(?<value>@?[a-z_]\w*(?:\[[^\]\n]*\])*)\s*\)|unless\s+(?<value>@?[a-z_]\w*(?:\[[^\]\n]*\])*)\.in\?\(.*\))\s*$")]
    private static partial Regex AllowList();

    // A condition joined with another: `unless admin? || LIST.include?(x)`, `if !admin? && !LIST.include?(x)`.
    [GeneratedRegex(@"\G.*(?:\|\||&&|\band\b|\bor\b)")]
    private static partial Regex Compound();

    // params[:sort], params["sort"], params['sort'], params.fetch(:sort) or params.fetch("sort", "name") (a default the list
    // would not take is replaced by the modifier too), then .to_s or .presence.
    [GeneratedRegex(@"^params(?:\[\s*(?::(?<key>\w+)|[""'](?<key>\w+)[""'])\s*\]|\.fetch\(\s*(?::(?<key>\w+)|[""'](?<key>\w+)[""'])\s*(?:,[^()]*)?\))(?:\.to_s|\.presence)?$")]
    private static partial Regex ParamsRead();

    [GeneratedRegex(@"^\s*(?:const|let)\s")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^\s*[A-Z_][A-Z0-9_]*\s*$")]
    private static partial Regex HeredocCloser();
}
