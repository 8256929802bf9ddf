using System.Collections.Frozen;

namespace ShipReady.Facts.Code;

/// <summary>
/// C# methods read without a parser, from code whose comments and strings are blanked: the method whose body holds
/// a place, and the places that call a method by its name.
/// </summary>
/// <remarks>
/// Names are all there is: a call through an interface, a delegate or reflection is not seen, and two methods of the
/// same name are one. Callers use both answers only to clear a finding, so a call that is missed or a name shared
/// with another method must keep it: see <see cref="CallerChain"/>.
/// </remarks>
public static class CSharpMethods
{
    /// <summary>Words that come before a bracket without naming a method: statements, operators, accessors.</summary>
    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.Ordinal,
        "if", "for", "foreach", "while", "switch", "catch", "using", "lock", "fixed", "return", "await", "new", "else", "do", "try",
        "when", "base", "this", "typeof", "nameof", "sizeof", "default", "checked", "unchecked", "throw", "yield", "in", "is", "as",
        "delegate", "get", "set", "init", "add", "remove", "class", "struct", "record", "interface", "namespace", "enum", "case", "out", "ref");

    /// <summary>Words after which a name and a bracket are a call, not a declaration whose return type is that word.</summary>
    private static readonly FrozenSet<string> BeforeCalls = FrozenSet.Create(StringComparer.Ordinal,
        "await", "return", "yield", "throw", "else", "in", "is", "as", "case", "new", "when", "out", "ref");

    /// <summary>
    /// The name of the method, constructor or local function whose body holds <paramref name="index"/>; null in
    /// top-level statements, in a lambda that is not inside a method, or when no declaration is found within reach.
    /// </summary>
    public static string? Enclosing(ReadOnlySpan<char> code, int index) => Declaring(code, index)?.Name;

    /// <summary>The declaration of the method, constructor or local function whose body holds <paramref name="index"/>, as <see cref="Enclosing"/> finds it.</summary>
    public static CSharpMethod? Declaring(ReadOnlySpan<char> code, int index)
    {
        foreach (var opener in BraceBlocks.Openers(code, index))
        {
            var header = BraceBlocks.StatementStart(code, opener);
            if (DeclaredName(code, header, opener) is { } name)
            {
                return new CSharpMethod(name, header, opener);
            }
        }
        return null;
    }

    /// <summary>
    /// The expression-bodied method whose body holds <paramref name="index"/>
    /// (<c>public Task&lt;Refund&gt; CreateRefundAsync(RefundCreateOptions options) =&gt; _refunds.CreateAsync(options);</c>),
    /// with the <c>=&gt;</c> as its opener; null when the statement around the place is no such method.
    /// </summary>
    public static CSharpMethod? ExpressionBodied(ReadOnlySpan<char> code, int index)
    {
        var start = BraceBlocks.StatementStart(code, index);
        var arrow = code[start..index].IndexOf("=>", StringComparison.Ordinal);
        if (arrow < 0)
        {
            return null;
        }
        // A lambda's arrow follows its parameters, not a name and a list: "x => …", "(x) => …" and "f((x) => …)" declare nothing.
        return DeclaredName(code, start, start + arrow) is { } name ? new CSharpMethod(name, start, start + arrow) : null;
    }

    /// <summary>
    /// The names of a method's parameters, in order, read from its header (<c>(this Order order, [FromBody] Options o = null)</c>);
    /// empty when the header has no list.
    /// </summary>
    public static List<string> Parameters(ReadOnlySpan<char> code, CSharpMethod method) =>
        [.. ParameterList(code, method).Select(p => p.Name)];

    /// <summary>
    /// A method's parameters, in order: each one's type as written last before its name (<c>int?</c>, <c>Order</c>,
    /// past attributes and modifiers) and its name.
    /// </summary>
    public static List<(string Type, string Name)> ParameterList(ReadOnlySpan<char> code, CSharpMethod method)
    {
        var header = code[method.Header..method.Opener].TrimEnd();
        var parameters = new List<(string, string)>();
        var open = header.Length > 0 && header[^1] == ')' ? OpeningBracket(header, header.Length - 1) : -1;
        if (open < 0)
        {
            return parameters;
        }
        var list = header[(open + 1)..^1];
        if (list.IsWhiteSpace())
        {
            return parameters;
        }
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= list.Length; i++)
        {
            var c = i < list.Length ? list[i] : ',';
            depth += c switch { '(' or '[' or '{' or '<' => 1, ')' or ']' or '}' or '>' => -1, _ => 0 };
            if (c == ',' && depth == 0)
            {
                var parameter = list[start..i];
                var equals = parameter.IndexOf('=');
                var declared = (equals < 0 ? parameter : parameter[..equals]).TrimEnd();
                var name = LastWord(declared);
                var type = declared[..^name.Length].Trim();
                var space = type.LastIndexOfAny(" \t\n]");
                parameters.Add((type[(space + 1)..].ToString(), name));
                start = i + 1;
            }
        }
        return parameters;
    }

    /// <summary>The last whole word of the text (a parameter's name after its type and modifiers), or empty.</summary>
    private static string LastWord(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        var start = text.Length;
        while (start > 0 && CallMatcher.IsWordChar(text[start - 1]))
        {
            start--;
        }
        return text[start..].ToString();
    }

    /// <summary>
    /// The name a block header declares (<c>public async Task InitialiseAsync()</c>), or null when the header is a
    /// statement, a lambda, a property or a type.
    /// </summary>
    private static string? DeclaredName(ReadOnlySpan<char> code, int start, int end)
    {
        var header = code[start..end].TrimEnd();
        if (header.Length == 0 || header[^1] != ')')
        {
            return null;
        }
        var open = OpeningBracket(header, header.Length - 1);
        if (open < 0)
        {
            return null;
        }
        var nameEnd = open;
        while (nameEnd > 0 && char.IsWhiteSpace(header[nameEnd - 1]))
        {
            nameEnd--;
        }
        // A generic method: Seed<TContext>(...).
        if (nameEnd > 0 && header[nameEnd - 1] == '>')
        {
            var angle = header[..nameEnd].LastIndexOf('<');
            if (angle < 0)
            {
                return null;
            }
            nameEnd = angle;
        }
        var nameStart = nameEnd;
        while (nameStart > 0 && CallMatcher.IsWordChar(header[nameStart - 1]))
        {
            nameStart--;
        }
        if (nameStart == nameEnd || char.IsDigit(header[nameStart]))
        {
            return null;
        }
        var name = header[nameStart..nameEnd].ToString();
        // A declaration has a return type or a modifier in front of its name; a call has an operator, a keyword or nothing.
        return !NotNames.Contains(name) && IsDeclaration(header[..nameStart]) ? name : null;
    }

    /// <summary>Whether the text in front of a name makes it a declared one: it ends in a type (or a modifier), not in an operator or a keyword.</summary>
    private static bool IsDeclaration(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        if (before.Length == 0 || before.Contains('=') || !(CallMatcher.IsWordChar(before[^1]) || before[^1] is '>' or ']' or '?'))
        {
            return false;
        }
        var wordEnd = before.Length;
        var wordStart = wordEnd;
        while (wordStart > 0 && CallMatcher.IsWordChar(before[wordStart - 1]))
        {
            wordStart--;
        }
        return !BeforeCalls.Contains(before[wordStart..wordEnd].ToString());
    }

    /// <summary>The offsets where <paramref name="name"/> is called: the name as a whole word followed by a bracket, and not declared there.</summary>
    public static List<int> CallSites(ReadOnlySpan<char> code, string name)
    {
        var sites = new List<int>();
        for (var from = 0; NextWord(code, name, ref from) is var at && at >= 0;)
        {
            if (BracketFollows(code, from) && !IsDeclaration(code[BraceBlocks.StatementStart(code, at)..at]))
            {
                sites.Add(at);
            }
        }
        return sites;
    }

    /// <summary>
    /// The offsets where <paramref name="name"/> is named as a whole word without being called or declared: a method
    /// group handed to a router or a job queue (<c>app.MapPost("/reset", Reset)</c>), <c>nameof</c>, a registration.
    /// </summary>
    public static List<int> Mentions(ReadOnlySpan<char> code, string name)
    {
        var mentions = new List<int>();
        for (var from = 0; NextWord(code, name, ref from) is var at && at >= 0;)
        {
            if (!BracketFollows(code, from))
            {
                mentions.Add(at);
            }
        }
        return mentions;
    }

    /// <summary>The next offset from <paramref name="from"/> where <paramref name="name"/> stands as a whole word, or -1; <paramref name="from"/> moves past it.</summary>
    private static int NextWord(ReadOnlySpan<char> code, string name, ref int from)
    {
        while (from < code.Length)
        {
            var found = code[from..].IndexOf(name, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }
            var at = from + found;
            from = at + name.Length;
            if (!((at > 0 && CallMatcher.IsWordChar(code[at - 1])) || (from < code.Length && CallMatcher.IsWordChar(code[from]))))
            {
                return at;
            }
        }
        from = code.Length;
        return -1;
    }

    /// <summary>Whether a name ending at <paramref name="end"/> is followed by its arguments, after any type arguments.</summary>
    private static bool BracketFollows(ReadOnlySpan<char> code, int end)
    {
        var next = end;
        while (next < code.Length && char.IsWhiteSpace(code[next]))
        {
            next++;
        }
        if (next < code.Length && code[next] == '<')
        {
            var close = code[next..].IndexOf('>');
            next = close < 0 ? code.Length : next + close + 1;
            while (next < code.Length && char.IsWhiteSpace(code[next]))
            {
                next++;
            }
        }
        return next < code.Length && code[next] == '(';
    }

    /// <summary>The <c>(</c> that the <c>)</c> at <paramref name="close"/> closes, or -1.</summary>
    private static int OpeningBracket(ReadOnlySpan<char> text, int close)
    {
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            switch (text[i])
            {
                case ')':
                    depth++;
                    break;
                case '(' when --depth == 0:
                    return i;
            }
        }
        return -1;
    }
}
