using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ShipReady.Catalog;

namespace ShipReady.Facts.Code;

/// <summary>
/// JavaScript and TypeScript, for a pattern with <see cref="CodePattern.FollowCalls"/>: what a sink's value is built
/// from, part by part. A template literal is judged by each <c>${…}</c> hole; a name by the nearest line above that
/// binds it; a parameter of the named function the value is built in by what every call of that function passes
/// (asked after the walk, see <see cref="ScriptArgumentScan"/>).
/// </summary>
/// <remarks>
/// Made by the code: a literal, a number, a date or a random number (<c>Date</c>, <c>Math</c>), a template whose holes
/// are all such values, a call the pattern names in <see cref="CodePattern.EscapedBy"/> (a translation of a literal key,
/// <c>t('copy')</c>). Text of <see cref="CodePattern.IfValue"/> in a part (request input, a parsed answer) makes the value
/// stand, as does anything else: a call, a property, a value appended to (<c>+=</c>), a name bound more than
/// <see cref="ValueOrigin.MaxLinesBack"/> lines above or in a callback's parameters.
/// </remarks>
public static partial class ScriptValueFlow
{
    /// <summary>How many bindings deep a value is followed; deeper, it stands.</summary>
    public const int MaxDepth = 4;

    /// <summary>How a value was judged: standing, made by the code, or made by the code if every call passes such values.</summary>
    /// <param name="Asks">The parameters whose arguments decide it, by function, position and property.</param>
    public sealed record Judgement(bool Stands, ImmutableArray<PassedTo> Asks)
    {
        public static Judgement Standing { get; } = new(true, []);

        public static Judgement Fixed { get; } = new(false, []);

        /// <summary>Whether the value is made by the code whatever the callers pass.</summary>
        public bool IsFixed => !Stands && Asks.IsEmpty;

        public Judgement And(Judgement other) =>
            Stands || other.Stands ? Standing : Asks.IsEmpty ? other : other.Asks.IsEmpty ? this : new(false, [.. Asks.Union(other.Asks)]);
    }

    /// <summary>
    /// The text of a pattern's value group, read with its strings; a group that opens a template literal (the pattern
    /// matches only its start) reaches to the template's end, up to <see cref="CallMatcher.MaxArgumentLength"/>.
    /// </summary>
    public static string ValueText(MaskedSource masked, int index, int length)
    {
        var text = masked.CodeAndStrings;
        var value = new string(text.Slice(index, length));
        if (length > 0 && text[index] == '`')
        {
            var template = new string(text.Slice(index, Math.Min(text.Length - index, CallMatcher.MaxArgumentLength)));
            value = TemplateEnd(template, 0) is var end and > 0 ? template[..(end + 1)] : template;
        }
        // A value that goes on after the group (`…` + location.hash, or a + on the next line) is more than the group.
        var after = masked.Code[Math.Min(masked.Code.Length, index + value.Length)..].TrimStart();
        return !after.IsEmpty && "+-*/%?:|&.`[".Contains(after[0]) ? value + " " + after[0] : value;
    }

    /// <summary>Judges a value written at <paramref name="line"/> (its text read with its strings).</summary>
    public static Judgement Judge(MaskedSource masked, CodePattern pattern, string value, int line)
    {
        try
        {
            return Judge(masked, pattern, value, line, 0);
        }
        catch (RegexMatchTimeoutException)
        {
            return Judgement.Standing;
        }
    }

    private static Judgement Judge(MaskedSource masked, CodePattern pattern, string expression, int line, int depth)
    {
        var text = expression.Trim().TrimEnd(';').TrimEnd();
        if (text.Length == 0 || depth > MaxDepth)
        {
            return Judgement.Standing;
        }
        if (IsQuoted(text) || Number().IsMatch(text))
        {
            return Judgement.Fixed;
        }
        if (ScriptOperands.Of(text) is { } operands)
        {
            // `c ? a : b` gives a or b, `a + b` is made of both, `a || b` is one of them: each is judged.
            return Operands(masked, pattern, operands, line, depth);
        }
        if (text[0] == '`')
        {
            return TemplateEnd(text, 0) == text.Length - 1 ? Holes(masked, pattern, text, line, depth) : Judgement.Standing;
        }
        // `querySelector` is named for the selector it is given, not for a query string (ifValue's "query").
        var read = PageText.WithoutLookups(text);
        if (pattern.IfValue.Any(v => v != "${" && read.Contains(v, StringComparison.Ordinal)))
        {
            return Judgement.Standing;
        }
        if (IsSafeCall(pattern, text) || OnlyBuiltIns(text) || BrowserValues.IsLayoutNumber(text) || BrowserValues.IsComputedStyle(text)
            || (pattern.UnlessPageText && PageText.Holds(text)))
        {
            return Judgement.Fixed;
        }
        if (BrowserValues.MemberOf(text) is { } owner && BoundText(masked, owner, line) is { } bound && BrowserValues.IsComputedStyleObject(bound))
        {
            return Judgement.Fixed;
        }
        if (IsConstantTableRead(masked, text, line))
        {
            return Judgement.Fixed;
        }
        return Name().IsMatch(text) ? Resolve(masked, pattern, text, line, depth) : Judgement.Standing;
    }

    /// <summary>
    /// Whether the value is read from a table of literals the file declares (<c>ICON_PATHS[type]</c>, <c>ICON_PATHS.info</c>
    /// with <c>const ICON_PATHS = { error: "…", … }</c>): whatever the key, it gives one of the table's literals, nothing
    /// (<c>undefined</c>), or a member every object inherits (<c>constructor</c>), none of them text of the user's. The table
    /// must be a <c>const</c> bound to an object or list whose every value is a literal, and nothing in the file may write
    /// into it (<c>ICON_PATHS[key] = …</c>, <c>Object.assign(ICON_PATHS, …)</c>).
    /// </summary>
    private static bool IsConstantTableRead(MaskedSource masked, string text, int line)
    {
        if (TableRead().Match(text) is not { Success: true } read)
        {
            return false;
        }
        var table = read.Groups["table"].Value;
        // Most values read a member of an object no const of the file declares (`user.name`): one search of the file
        // spares them the walk up its lines.
        if (!masked.Code.Contains("const " + table, StringComparison.Ordinal))
        {
            return false;
        }
        var open = TableBoundTo(masked, table, line);
        if (open < 0)
        {
            return false;
        }
        // Read with strings blanked, so a bracket in a literal neither opens nor closes the table.
        var code = masked.Code;
        var body = CallMatcher.Arguments(code, open).ToString();
        var close = open + body.Length + 1;
        if (close >= code.Length || code[close] != (code[open] == '{' ? '}' : ']')
            || !LiteralsOnly().IsMatch(Quoted().Replace(code[open] + body + code[close], "''")))
        {
            return false;
        }
        try
        {
            return !TableWrite(table).IsMatch(masked.Code);
        }
        catch (RegexMatchTimeoutException)
        {
            // A file too tangled to read for writes may write into the table: the value stands.
            return false;
        }
    }

    /// <summary>Where the object or list the nearest binding of <paramref name="name"/> above opens, when that binding is a <c>const</c> in scope; -1 otherwise.</summary>
    private static int TableBoundTo(MaskedSource masked, string name, int line)
    {
        foreach (var (l, inScope, opens) in ScriptFunctions.LinesAbove(masked, line, ValueOrigin.MaxLinesBack))
        {
            if (opens >= 0 && Parameter(masked, name, opens) is not null)
            {
                return -1;
            }
            var candidate = masked.CodeLine(l);
            if (!CallMatcher.ContainsWord(candidate, name) || ValueOrigin.BindingIn(candidate, name) is not { } rest)
            {
                continue;
            }
            var declared = ConstTable().Match(candidate);
            return inScope && declared.Success && declared.Groups["name"].Value == name && rest.Length > 0 && rest[0] is '{' or '['
                ? masked.LineStart(l) + candidate.TrimEnd().Length - rest.Length
                : -1;
        }
        return -1;
    }

    /// <summary>The operands or branches of an expression, each judged; one that stands makes the whole stand.</summary>
    private static Judgement Operands(MaskedSource masked, CodePattern pattern, List<string> operands, int line, int depth)
    {
        var judgement = Judgement.Fixed;
        foreach (var operand in operands)
        {
            judgement = judgement.And(Judge(masked, pattern, operand, line, depth));
            if (judgement.Stands)
            {
                break;
            }
        }
        return judgement;
    }

    /// <summary>
    /// The text the nearest line above, in the blocks around <paramref name="line"/>, binds <paramref name="name"/> to
    /// when nothing on it or around it makes the binding conditional; null otherwise, and for a parameter.
    /// </summary>
    private static string? BoundText(MaskedSource masked, string name, int line)
    {
        foreach (var (l, inScope, opens) in ScriptFunctions.LinesAbove(masked, line, ValueOrigin.MaxLinesBack))
        {
            if (opens >= 0 && Parameter(masked, name, opens) is not null)
            {
                return null;
            }
            var candidate = masked.CodeLine(l);
            if (!CallMatcher.ContainsWord(candidate, name) || ValueOrigin.BindingIn(candidate, name) is not { } rest)
            {
                continue;
            }
            if (!inScope || rest.Length == 0 || ValueOrigin.ConditionalOnLine(candidate, name) || UnderBracelessCondition(masked, l) || Compound(name).IsMatch(candidate))
            {
                return null;
            }
            return masked.CodeAndStringsLine(l)[(candidate.TrimEnd().Length - rest.Length)..].Trim();
        }
        return null;
    }

    /// <summary>A template literal, by each of its holes; one with a template inside a hole stands.</summary>
    private static Judgement Holes(MaskedSource masked, CodePattern pattern, string template, int line, int depth)
    {
        var judgement = Judgement.Fixed;
        foreach (var hole in HolesOf(template))
        {
            judgement = judgement.And(hole.Contains('`') ? Judgement.Standing : Judge(masked, pattern, hole, line, depth + 1));
            if (judgement.Stands)
            {
                break;
            }
        }
        return judgement;
    }

    /// <summary>The expressions inside a template literal's <c>${…}</c>, from its opening backtick.</summary>
    internal static List<string> HolesOf(string template)
    {
        var holes = new List<string>();
        for (var i = 1; i < template.Length; i++)
        {
            if (template[i] == '\\')
            {
                i++;
            }
            else if (template[i] == '`')
            {
                break;
            }
            else if (template[i] == '$' && i + 1 < template.Length && template[i + 1] == '{')
            {
                var close = HoleEnd(template, i + 1);
                if (close < 0)
                {
                    holes.Add("`");
                    break;
                }
                holes.Add(template[(i + 2)..close]);
                i = close;
            }
        }
        return holes;
    }

    /// <summary>Where the template opened at <paramref name="open"/> closes, or -1.</summary>
    internal static int TemplateEnd(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '`')
            {
                return i;
            }
            else if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                i = HoleEnd(text, i + 1);
                if (i < 0)
                {
                    return -1;
                }
            }
        }
        return -1;
    }

    /// <summary>The <c>}</c> that closes the hole whose <c>{</c> is at <paramref name="brace"/>, past quoted strings and nested templates; -1 when none does.</summary>
    private static int HoleEnd(string text, int brace)
    {
        var depth = 0;
        for (var i = brace; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{':
                    depth++;
                    break;
                case '}':
                    if (--depth == 0)
                    {
                        return i;
                    }
                    break;
                case '\'' or '"':
                    i = QuoteEnd(text, i);
                    break;
                case '`':
                    i = TemplateEnd(text, i);
                    break;
            }
            if (i < 0)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>The index of the quote that closes the one at <paramref name="open"/> on its line, or -1.</summary>
    internal static int QuoteEnd(string text, int open)
    {
        for (var i = open + 1; i < text.Length && text[i] != '\n'; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == text[open])
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>One string literal, in single or double quotes.</summary>
    internal static bool IsQuoted(string text) => text.Length >= 2 && text[0] is '\'' or '"' && QuoteEnd(text, 0) == text.Length - 1;

    /// <summary>
    /// Whether every name the expression starts a reading from is <c>Date</c> or <c>Math</c>: a time or a random number,
    /// formatted (<c>Date.now().toString().substring(5)</c>, <c>Math.floor(Math.random() * 10)</c>). Strings in it must be
    /// literals; names after a dot are methods or properties of those.
    /// </summary>
    private static bool OnlyBuiltIns(string text)
    {
        if (text.Contains('`') || text.Contains("=>", StringComparison.Ordinal))
        {
            return false;
        }
        var roots = 0;
        var literalsBlank = Quoted().Replace(text, "''");
        foreach (Match word in Word().Matches(literalsBlank))
        {
            var before = literalsBlank.AsSpan(0, word.Index).TrimEnd();
            if (before.EndsWith(".") && !before.EndsWith(".."))
            {
                continue;
            }
            if (word.Value is not ("Date" or "Math" or "new"))
            {
                return false;
            }
            roots++;
        }
        return roots > 0;
    }

    /// <summary>
    /// Whether the whole expression is one call of a name in <see cref="CodePattern.EscapedBy"/>; a name written with a
    /// closing <c>()</c> only when every argument is a literal or an object of literals (<c>t('copy', { ns: 'messages' })</c>).
    /// A name listed without a receiver is also called as a method of the object the code runs in
    /// (<c>this.escapeHtml(x)</c>): a class's own helper of that name is as much the code's as a function of the file,
    /// while another object's (<c>lib.escapeHtml</c>) is not named by the entry.
    /// </summary>
    private static bool IsSafeCall(CodePattern pattern, string text)
    {
        foreach (var entry in pattern.EscapedBy)
        {
            var literalOnly = entry.EndsWith("()", StringComparison.Ordinal);
            var name = literalOnly ? entry[..^2] : entry;
            if (CalleeEnd(text, name) is not (var open and >= 0))
            {
                if (name.Contains('.', StringComparison.Ordinal) || !text.StartsWith(OwnReceiver + name, StringComparison.Ordinal))
                {
                    continue;
                }
                name = OwnReceiver + name;
                open = name.Length;
            }
            while (open < text.Length && text[open] == ' ')
            {
                open++;
            }
            if (open >= text.Length || text[open] != '(')
            {
                continue;
            }
            var arguments = CallMatcher.Arguments(Quoted().Replace(text, m => new string(' ', m.Length)), open);
            if (open + arguments.Length + 1 != text.Length - 1)
            {
                continue;
            }
            if (!literalOnly || LiteralArguments(text.Substring(open + 1, arguments.Length)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The receiver of a method of the object the code runs in.</summary>
    private const string OwnReceiver = "this.";

    /// <summary>
    /// Where the callee <paramref name="name"/> ends when the expression starts with it; a name written with its
    /// receiver (<c>sequelize.escape</c>) is found at the end of a longer chain of names too (<c>this.sequelize.escape</c>,
    /// <c>Database.sequelize.escape</c>): the receiver is the same object, reached through a property. -1 otherwise.
    /// </summary>
    private static int CalleeEnd(string text, string name)
    {
        if (text.StartsWith(name, StringComparison.Ordinal))
        {
            return name.Length;
        }
        if (!name.Contains('.'))
        {
            return -1;
        }
        var at = text.IndexOf("." + name, StringComparison.Ordinal);
        return at > 0 && ReceiverChain().IsMatch(text[..at]) ? at + 1 + name.Length : -1;
    }

    /// <summary>Arguments that are literals, numbers, or objects whose every value is one.</summary>
    private static bool LiteralArguments(string arguments)
    {
        var blanked = Quoted().Replace(arguments, "''");
        return LiteralsOnly().IsMatch(blanked);
    }

    /// <summary>
    /// The nearest line above that binds the name decides it, in the blocks around the value: a binding inside a block
    /// closed before it (an <c>if</c>'s branch, another function) may or may not have run, so the value stands. The
    /// search ends at the header of a function around the value that takes the name as a parameter: a named function's
    /// is asked of its callers; a method's, a callback's or a <c>catch</c>'s stands. A binding earlier on the value's own
    /// line stands too.
    /// </summary>
    private static Judgement Resolve(MaskedSource masked, CodePattern pattern, string name, int line, int depth)
    {
        if (ValueOrigin.BindingIn(masked.CodeLine(line), name) is not null)
        {
            return Judgement.Standing;
        }
        foreach (var (l, inScope, opens) in ScriptFunctions.LinesAbove(masked, line, ValueOrigin.MaxLinesBack))
        {
            if (opens >= 0 && Parameter(masked, name, opens) is { } parameter)
            {
                return parameter is var (function, position) && function is not null
                    ? new Judgement(false, [new PassedTo(function, position, null)])
                    : Judgement.Standing;
            }
            // Read with strings blanked: an attribute in markup (id="${id}") binds nothing.
            var candidate = masked.CodeLine(l);
            if (!CallMatcher.ContainsWord(candidate, name))
            {
                continue;
            }
            var destructuring = Destructuring().Match(candidate);
            var field = destructuring.Success ? Field(destructuring.Groups["fields"].Value, name) : null;
            var rest = field is null ? ValueOrigin.BindingIn(candidate, name) : null;
            if (field is null && rest is null)
            {
                continue;
            }
            if (!inScope || ValueOrigin.ConditionalOnLine(candidate, name) || UnderBracelessCondition(masked, l))
            {
                // Set in a branch (`if (c) html = 'x';`, a case): whether it ran is not known, nor what was there before.
                return Judgement.Standing;
            }
            if (field is { } found)
            {
                return FromParameterObject(masked, pattern, destructuring, found, l, depth);
            }
            if (rest!.Length == 0 || Compound(name).IsMatch(candidate))
            {
                // A callback's parameter, a declaration without a value, or a value appended to.
                return Judgement.Standing;
            }
            var assigned = masked.CodeAndStringsLine(l)[(candidate.TrimEnd().Length - rest.Length)..].Trim();
            var value = ValueOrigin.WithTemplateTail(masked, assigned, assigned, l, line);
            // A chain that goes on below (`const id = form` / `.querySelector('input')` / `.id`) ends where the chain does.
            return Judge(masked, pattern, value == assigned ? ValueOrigin.WithChainTail(masked, assigned, l, line) : value, l, depth + 1);
        }
        return Judgement.Standing;
    }

    /// <summary>
    /// When the block opened at <paramref name="opener"/> is a function that takes <paramref name="name"/> as a
    /// parameter: the function's name (null unless it is a named function declared at the module's level) and the
    /// parameter's place; null when it is no function or does not take the name.
    /// </summary>
    private static (string? Function, int Position)? Parameter(MaskedSource masked, string name, int opener)
    {
        var (kind, parameters, signature) = ScriptFunctions.Head(masked, opener);
        if (kind == ScriptFunctions.HeadKind.Block || parameters.IndexOf(name) is not (var position and >= 0))
        {
            return null;
        }
        return (kind == ScriptFunctions.HeadKind.NamedFunction && signature is { TopLevel: true } ? signature.Name : null, position);
    }

    /// <summary>
    /// Whether the line is the body of an <c>if</c>, a loop or an <c>else</c> written without braces on the line above. A
    /// line above that ends a call's brackets (<c>const group = event.target.closest('.group')</c>) opens no body: the
    /// bracket it closes must follow <c>if</c>, <c>for</c> or <c>while</c>, or be one the search cannot find.
    /// </summary>
    private static bool UnderBracelessCondition(MaskedSource masked, int line)
    {
        for (var l = line - 1; l >= 1; l--)
        {
            var above = masked.CodeLine(l).TrimEnd();
            if (above.Length > 0)
            {
                return (above.EndsWith(')') && !ClosesCall(masked, masked.LineStart(l) + above.Length - 1))
                    || above.EndsWith("else", StringComparison.Ordinal) || above.EndsWith(" do", StringComparison.Ordinal);
            }
        }
        return false;
    }

    /// <summary>Whether the <c>)</c> at <paramref name="close"/> closes the arguments of a call rather than the condition of a statement.</summary>
    private static bool ClosesCall(MaskedSource masked, int close)
    {
        var code = masked.Code;
        var depth = 0;
        for (var i = close; i >= 0 && i > close - EnclosingCall.MaxCharactersBack; i--)
        {
            if (code[i] is ')' or ']' or '}')
            {
                depth++;
            }
            else if (code[i] is '(' or '[' or '{' && --depth == 0)
            {
                if (code[i] != '(')
                {
                    return false;
                }
                var end = i;
                while (end > 0 && code[end - 1] is ' ' or '\t')
                {
                    end--;
                }
                var start = CallMatcher.QualifiedNameStart(code, end);
                return start < end && code[start..end] is var callee && !callee.SequenceEqual("if") && !callee.SequenceEqual("for")
                    && !callee.SequenceEqual("while") && !callee.SequenceEqual("with");
            }
        }
        return false;
    }

    /// <summary>Whether the name is written on a line after its binding and before the call's: set, deleted or handed on in between.</summary>
    private static bool UsedBetween(MaskedSource masked, string name, int bindingLine, int callLine)
    {
        var open = masked.CodeLine(bindingLine).AsSpan().Count('{') - masked.CodeLine(bindingLine).AsSpan().Count('}');
        for (var l = bindingLine + 1; l < callLine; l++)
        {
            var text = masked.CodeLine(l);
            if (open <= 0 && CallMatcher.ContainsWord(text, name))
            {
                return true;
            }
            open += text.AsSpan().Count('{') - text.AsSpan().Count('}');
        }
        return false;
    }

    /// <summary>
    /// A name destructured from an object (<c>const { copyText = '' } = config || { copyText: 'Copy' }</c>): its default
    /// and the fallback object must be made by the code; the object must be a parameter of the named function around.
    /// </summary>
    private static Judgement FromParameterObject(MaskedSource masked, CodePattern pattern, Match destructuring, (string Key, string? Default) field, int line, int depth)
    {
        // The fields are read with strings blanked: a template as a default shows none of its holes there.
        var judgement = field.Default is { } fallback
            ? fallback.Contains('`') ? Judgement.Standing : Judge(masked, pattern, fallback, line, depth + 1)
            : Judgement.Fixed;
        if (judgement.Stands)
        {
            return judgement;
        }
        var fallbackObject = destructuring.Groups["fallback"];
        if (fallbackObject.Success)
        {
            var open = masked.LineStart(line) + fallbackObject.Index + fallbackObject.Value.IndexOf('{');
            if (!LiteralsOnly().IsMatch(Quoted().Replace("{" + CallMatcher.Arguments(masked.Code, open).ToString() + "}", "''")))
            {
                return Judgement.Standing;
            }
        }
        var source = destructuring.Groups["source"].Value;
        foreach (var (l, inScope, opens) in ScriptFunctions.LinesAbove(masked, line, ValueOrigin.MaxLinesBack))
        {
            if (opens >= 0 && Parameter(masked, source, opens) is { } parameter)
            {
                return parameter is var (function, position) && function is not null
                    ? judgement.And(new Judgement(false, [new PassedTo(function, position, field.Key)]))
                    : Judgement.Standing;
            }
            var candidate = masked.CodeLine(l);
            if (CallMatcher.ContainsWord(candidate, source) && ValueOrigin.BindingIn(candidate, source) is not null)
            {
                // Set or changed before it is read: not only what the callers gave.
                return Judgement.Standing;
            }
            if (!inScope && CallMatcher.ContainsWord(candidate, source))
            {
                return Judgement.Standing;
            }
        }
        return Judgement.Standing;
    }

    /// <summary>
    /// Where the object literal that the nearest binding of <paramref name="name"/> above <paramref name="line"/> assigns
    /// opens (<c>const options = {</c>), in the masked code; -1 when that binding assigns something else, sits in a block
    /// closed before the line, or none is found.
    /// </summary>
    public static int ObjectBoundTo(MaskedSource masked, string name, int line)
    {
        foreach (var (l, inScope, _) in ScriptFunctions.LinesAbove(masked, line, ValueOrigin.MaxLinesBack))
        {
            var candidate = masked.CodeLine(l);
            if (!CallMatcher.ContainsWord(candidate, name) || ValueOrigin.BindingIn(candidate, name) is not { } rest)
            {
                continue;
            }
            if (!inScope || ValueOrigin.ConditionalOnLine(candidate, name) || UnderBracelessCondition(masked, l) || UsedBetween(masked, name, l, line))
            {
                // Set under a condition, or changed before the call (options.signal = undefined): not what the call gets.
                return -1;
            }
            if (rest.Length == 0 && TypedObject(name).Match(candidate) is { Success: true } typed)
            {
                // const options: RequestInit = { … }: a declaration with its type, then the value.
                return masked.LineStart(l) + typed.Index + typed.Length - 1;
            }
            return rest.StartsWith('{') && !Compound(name).IsMatch(candidate)
                ? masked.LineStart(l) + candidate.TrimEnd().Length - rest.Length
                : -1;
        }
        return -1;
    }

    /// <summary>The property a destructuring's field reads and its default, when the field binds <paramref name="name"/>.</summary>
    private static (string Key, string? Default)? Field(string fields, string name)
    {
        foreach (var (start, length) in CallMatcher.Split(fields))
        {
            var field = fields.Substring(start, length);
            if (FieldParts().Match(field) is not { Success: true } parts)
            {
                continue;
            }
            var bound = parts.Groups["local"].Success ? parts.Groups["local"].Value : parts.Groups["key"].Value;
            if (bound == name)
            {
                return (parts.Groups["key"].Value, parts.Groups["default"].Success ? parts.Groups["default"].Value : null);
            }
        }
        return null;
    }

    private static Regex TypedObject(string name) =>
        new($@"\b(?:const|let|var)\s+{Regex.Escape(name)}\s*:[^=;]*=\s*\{{", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static Regex Compound(string name) => new($@"(?<![\w$.]){Regex.Escape(name)}\s*(\+=|\|\|=|\?\?=)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex Number();

    /// <summary>One read of a name at a key: <c>TABLE[key]</c>, <c>TABLE.key</c>.</summary>
    [GeneratedRegex(@"^(?<table>[A-Za-z_$][\w$]*)\s*(?:\?\.)?(?:\.\s*[A-Za-z_$][\w$]*|\[[^\[\]`]*\])$")]
    private static partial Regex TableRead();

    /// <summary>A <c>const</c> declaration of one name, with or without <c>export</c>.</summary>
    [GeneratedRegex(@"^\s*(?:export\s+)?const\s+(?<name>[A-Za-z_$][\w$]*)\s*(?::[^=]*)?=")]
    private static partial Regex ConstTable();

    /// <summary>A write into the table: a member or key assigned, deleted, or the table handed to a call that fills it.</summary>
    private static Regex TableWrite(string name) => new(
        $@"(?<![\w$.]){Regex.Escape(name)}\s*(?:\.\s*[\w$]+|\[[^\]]*\])\s*(?:[-+*/%&|^]|\?\?|\|\||&&|<<|>>>?|\*\*)?=(?!=)|\bdelete\s+{Regex.Escape(name)}\b|\b(?:assign|defineProperty|defineProperties|setPrototypeOf|push|unshift|splice)\s*\(\s*{Regex.Escape(name)}\b|(?<![\w$.]){Regex.Escape(name)}\s*\.\s*(?:push|unshift|splice|fill|copyWithin)\s*\(",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A statement that runs under a condition written on its own line: an <c>if</c>, an <c>else</c>, a loop, a <c>case</c>.</summary>
    [GeneratedRegex(@"^\s*(\}\s*)?(if\b|else\b|for\b|while\b|case\b|default\s*:)")]
    internal static partial Regex Conditional();

    [GeneratedRegex(@"^[A-Za-z_$][\w$]*$")]
    internal static partial Regex Name();

    /// <summary>Names joined by dots: the receivers written before an escaper's own receiver.</summary>
    [GeneratedRegex(@"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$")]
    private static partial Regex ReceiverChain();

    [GeneratedRegex(@"[A-Za-z_$][\w$]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"'(?:[^'\\\n]|\\.)*'|""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex Quoted();

    /// <summary>Literals (blanked to <c>''</c>), numbers, and objects and lists of them with plain keys.</summary>
    [GeneratedRegex(@"^(\s|''|-?\d+(\.\d+)?|true|false|null|[{}\[\],]|[A-Za-z_$][\w$]*\s*:|''\s*:)*$")]
    private static partial Regex LiteralsOnly();

    /// <summary><c>const { a, b = '', c: d } = source</c>, and a fallback object after <c>||</c> or <c>??</c>.</summary>
    [GeneratedRegex(@"^\s*(?:const|let|var)\s*\{(?<fields>[^{}]*)\}\s*(?::[^=]*)?=\s*(?<source>[A-Za-z_$][\w$]*)\s*(?<fallback>(?:\|\||\?\?)\s*\{.*)?;?\s*$")]
    private static partial Regex Destructuring();

    /// <summary>One field of a destructuring: <c>key</c>, <c>key = default</c>, <c>key: local</c>, <c>key: local = default</c>.</summary>
    [GeneratedRegex(@"^\s*(?<key>[A-Za-z_$][\w$]*)\s*(?::\s*(?<local>[A-Za-z_$][\w$]*))?\s*(?:=\s*(?<default>.+?))?\s*$", RegexOptions.Singleline)]
    private static partial Regex FieldParts();
}
