using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether the SQL a C# command is given is joined with <c>+</c> from parts the code fixes: string literals, numbers,
/// constants the same file declares (<c>private const string USER_TB_NAME = "[aspnet_Users]";</c>), parameters typed
/// as numbers, truths, dates or ids, methods of the file that return only literals, and locals every assignment of
/// which is such a join. Interpolated strings count when each hole is such a part. None of these can carry SQL a
/// user wrote.
/// </summary>
/// <remarks>
/// The SQL is the text right of <c>CommandText =</c> up to its <c>;</c>, or else the first argument of the first call
/// the match opens. A local is read in the method the command sits in, at every <c>=</c> and <c>+=</c>; one passed
/// as <c>out</c> or <c>ref</c>, a field, a property, a call of anything else or a constant of another file keeps the
/// finding: what it holds is decided elsewhere. Locals are followed at most <see cref="MaxDepth"/> deep.
/// </remarks>
public static partial class CSharpFixedSql
{
    /// <summary>How many locals deep a part is followed: <c>sql = "…" + clause</c>, <c>clause += " AND id = " + id</c>.</summary>
    public const int MaxDepth = 3;

    private static readonly HashSet<string> ValueTypes = new(StringComparer.Ordinal)
    {
        "int", "long", "short", "byte", "uint", "ulong", "ushort", "sbyte", "decimal", "double", "float", "bool",
        "Int16", "Int32", "Int64", "UInt16", "UInt32", "UInt64", "Decimal", "Double", "Single", "Boolean", "Byte",
        "Guid", "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan",
    };

    [GeneratedRegex(@"\bconst\s+[\w.?<>\[\]]+\s+(?<name>[A-Za-z_]\w*)\s*=")]
    private static partial Regex ConstDeclaration();

    /// <summary>A literal as the code view shows it, its contents blank: a string that interpolates nothing, or a number.</summary>
    [GeneratedRegex(@"^(@?""\s*""|""""""\s*""""""|-?\d+(\.\d+)?[a-zA-Z]?|[sS]tring\.Empty)$")]
    private static partial Regex Literal();

    [GeneratedRegex(@"^(\$@?|@\$)""(?<text>[\s\S]*)""$")]
    private static partial Regex Interpolated();

    /// <summary>A name, bare or behind one qualifier that may be a type (<c>Tables.Users</c>, <c>this.Users</c>, not <c>request.Id</c>), or a <c>nameof</c>.</summary>
    [GeneratedRegex(@"^((?<qualifier>this|[A-Z]\w*)\.)?(?<name>[A-Za-z_]\w*)$|^nameof\(\s*[\w.]+\s*\)$")]
    private static partial Regex Name();

    /// <summary>A call of a method by its bare name: <c>GetClause (option)</c>.</summary>
    [GeneratedRegex(@"^(?<name>[A-Za-z_]\w*)\s*\(")]
    private static partial Regex BareCall();

    /// <summary>True when the SQL of the match at <paramref name="index"/> is a <c>+</c> chain, or one interpolated string, of fixed parts only.</summary>
    public static bool Only(MaskedSource masked, int index, int length)
    {
        var code = masked.Code;
        if (Expression(code, index, length) is not var (start, end) || end <= start)
        {
            return false;
        }
        var method = CSharpMethods.ExpressionBodied(code, index) ?? CSharpMethods.Declaring(code, index);
        var reading = new Reading(masked, method);
        try
        {
            return reading.IsFixed(start, end, 0);
        }
        catch (RegexMatchTimeoutException)
        {
            // Too long to read: the SQL is not shown to be fixed, and the finding stands.
            return false;
        }
    }

    /// <summary>What one query reads: the file and the method the command sits in; its parameters, body and the file's constants once each, when first needed.</summary>
    private sealed class Reading(MaskedSource masked, CSharpMethod? method)
    {
        private List<(string Type, string Name)>? _parameters;
        private HashSet<string>? _constants;
        private string? _body;

        private HashSet<string> FileConstants => _constants ??= Constants(masked.Code);

        /// <summary>The method's body, from its <c>{</c> or <c>=&gt;</c> to its end.</summary>
        private string Body => _body ??= masked.Code[method!.Opener..BodyEnd(masked.Code, method.Opener)].ToString();

        /// <summary>Whether the expression from <paramref name="start"/> to <paramref name="end"/> is a join of fixed parts.</summary>
        public bool IsFixed(int start, int end, int depth)
        {
            var code = masked.Code;
            var operands = 0;
            foreach (var (at, size) in CallMatcher.Split(code[start..end], '+'))
            {
                if (!IsFixedPart(start + at, size, depth))
                {
                    return false;
                }
                operands++;
            }
            return operands > 0;
        }

        private bool IsFixedPart(int start, int length, int depth)
        {
            var operand = masked.Code.Slice(start, length).ToString().Trim();
            if (Literal().IsMatch(operand))
            {
                return true;
            }
            if (Name().Match(operand) is { Success: true } name)
            {
                return !name.Groups["name"].Success || IsFixedName(name.Groups["qualifier"], name.Groups["name"].Value, depth);
            }
            if (BareCall().Match(operand) is { Success: true } call && operand.EndsWith(')'))
            {
                return ReturnsOnlyLiterals(call.Groups["name"].Value);
            }
            return Interpolated().Match(masked.CodeAndStrings.Slice(start, length).ToString().Trim()) is { Success: true } interpolated
                && HolesAreFixed(interpolated.Groups["text"].Value);
        }

        /// <remarks>
        /// A parameter or a local of the method is what it is given there, whatever constant shares its name; a
        /// constant counts only when the file declares it in a type, and, behind a qualifier, only behind <c>this</c>
        /// or a type the file declares (<c>Input.OrderBy</c> may be a property of a request).
        /// </remarks>
        private bool IsFixedName(Group qualifier, string name, int depth)
        {
            if (!qualifier.Success && method is not null)
            {
                _parameters ??= CSharpMethods.ParameterList(masked.Code, method);
                if (_parameters.FirstOrDefault(p => p.Name == name) is { Name: not null } parameter)
                {
                    return ValueTypes.Contains(parameter.Type.TrimEnd('?'));
                }
                if (DeclaresLocal(name))
                {
                    return depth < MaxDepth && LocalIsFixed(name, depth + 1);
                }
            }
            return FileConstants.Contains(name) && (!qualifier.Success || qualifier.Value == "this" || DeclaresType(qualifier.Value));
        }

        /// <summary>Whether the method declares a local of that name (<c>var sql</c>, <c>string sql;</c>), not as an <c>out</c> argument.</summary>
        private bool DeclaresLocal(string name) => Local(name).IsMatch(Body);

        private bool DeclaresType(string name) => TypeDeclaration(name).IsMatch(masked.CodeText);

        /// <summary>Whether every assignment of a local in the method (<c>=</c> and <c>+=</c>) gives it a join of fixed parts.</summary>
        private bool LocalIsFixed(string name, int depth)
        {
            var code = masked.Code;
            var assigned = 0;
            foreach (var match in Assignment(name).EnumerateMatches(Body))
            {
                var at = method!.Opener + match.Index;
                var text = code.Slice(at, match.Length);
                if (text.Contains("out ", StringComparison.Ordinal) || text.Contains("ref ", StringComparison.Ordinal))
                {
                    return false;
                }
                // The match ends one past the '=': the first character of the value.
                var from = at + text.LastIndexOf('=') + 1;
                if (StatementEnd(code, from) is not (var end and >= 0) || !IsFixed(from, end, depth))
                {
                    return false;
                }
                assigned++;
            }
            return assigned > 0 && !PassedByReference(Body, name);
        }

        private bool HolesAreFixed(string template)
        {
            template = template.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal);
            // A hole with braces of its own (an array or an object built inside it) is not read.
            if (Holes().Replace(template, "").AsSpan().IndexOfAny('{', '}') >= 0)
            {
                return false;
            }
            foreach (Match hole in Holes().Matches(template))
            {
                var inner = hole.Groups["inner"].Value.Split([':', ','])[0].Trim();
                if (Literal().IsMatch(inner))
                {
                    continue;
                }
                if (Name().Match(inner) is not { Success: true } held || (held.Groups["name"].Success && !FileConstants.Contains(held.Groups["name"].Value)))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>Whether a method of this file by that name returns string literals only, in every <c>return</c> it has.</summary>
        private bool ReturnsOnlyLiterals(string name)
        {
            var code = masked.Code;
            var returns = 0;
            foreach (var site in StringMethod(name).EnumerateMatches(code))
            {
                var open = site.Index + site.Length;
                while (open < code.Length && char.IsWhiteSpace(code[open]))
                {
                    open++;
                }
                if (open + 1 < code.Length && code[open] == '=' && code[open + 1] == '>')
                {
                    // An expression body: what follows the arrow is what it returns.
                    var end = StatementEnd(code, open + 2);
                    if (end < 0 || !Literal().IsMatch(code[(open + 2)..end].Trim()))
                    {
                        return false;
                    }
                    returns++;
                    continue;
                }
                if (open >= code.Length || code[open] != '{')
                {
                    // Abstract, extern or a declaration of another kind: nothing shows what it returns.
                    return false;
                }
                var body = code[open..BodyEnd(code, open)];
                foreach (var statement in Return().EnumerateMatches(body))
                {
                    var from = open + statement.Index + statement.Length;
                    var end = StatementEnd(code, from);
                    if (end < 0 || !Literal().IsMatch(code[from..end].Trim()))
                    {
                        return false;
                    }
                    returns++;
                }
            }
            return returns > 0;
        }
    }

    /// <summary>
    /// The regexes below are made per name read, so they run on the interpreter, which is cheap to build, with a
    /// time limit: the name is escaped and the rest has no nested repetition.
    /// </summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);

    private static Regex Assignment(string name) =>
        new($@"(^|[^\w.])((out|ref)\s+)?([\w.<>\[\]?]+\s+)?{Regex.Escape(name)}\s*\+?=([^=>]|$)", RegexOptions.CultureInvariant, Limit);

    /// <summary>A local's declaration, with or without a value: <c>var sql =</c>, <c>string sql;</c>, <c>string? sql =</c>.</summary>
    private static Regex Local(string name) =>
        new($@"(^|[;{{}}(]\s*|\n\s*)(var|[\w.<>\[\]]+\??)\s+{Regex.Escape(name)}\s*(=[^=>]|;)", RegexOptions.CultureInvariant, Limit);

    private static Regex TypeDeclaration(string name) =>
        new($@"\b(class|struct|record|interface|enum)\s+{Regex.Escape(name)}\b", RegexOptions.CultureInvariant, Limit);

    private static Regex StringMethod(string name) =>
        new($@"\b(string|String)\s+{Regex.Escape(name)}\s*\([^)]*\)\s*", RegexOptions.CultureInvariant, Limit);

    [GeneratedRegex(@"\breturn\s")]
    private static partial Regex Return();

    /// <summary>
    /// Whether the body hands the local to a call that may set it (<c>out name</c>, <c>out string name</c>,
    /// <c>ref name</c>) or deconstructs into it (<c>(name, count) = …</c>).
    /// </summary>
    private static bool PassedByReference(string body, string name) =>
        Regex.IsMatch(body, $@"\b(out|ref)\s+([\w.<>\[\]?]+\s+)?{Regex.Escape(name)}\b|\([^()]*\b{Regex.Escape(name)}\b[^()]*\)\s*=[^=>]", RegexOptions.CultureInvariant, Limit);

    /// <summary>
    /// The offset just past the <c>}</c> that closes the block opened at <paramref name="open"/> (or the <c>;</c> of an
    /// expression body); the text's end when none closes it within <see cref="CallMatcher.MaxArgumentLength"/>.
    /// </summary>
    private static int BodyEnd(ReadOnlySpan<char> code, int open)
    {
        if (code[open] != '{')
        {
            return StatementEnd(code, open) is var end and >= 0 ? end + 1 : code.Length;
        }
        var close = open + CallMatcher.Arguments(code, open).Length + 1;
        return close < code.Length && code[close] == '}' ? close + 1 : code.Length;
    }

    /// <summary>Where the SQL text stands: right of <c>CommandText =</c> up to its <c>;</c>, or the first argument of the first call opened.</summary>
    private static (int Start, int End)? Expression(ReadOnlySpan<char> code, int index, int length)
    {
        var match = code.Slice(index, length);
        var commandText = match.IndexOf("CommandText", StringComparison.Ordinal);
        if (commandText >= 0 && match[commandText..].IndexOf('=') is var equals and >= 0)
        {
            var start = index + commandText + equals + 1;
            return StatementEnd(code, start) is var end and >= 0 ? (start, end) : null;
        }
        var open = CallMatcher.FirstOpened(code, index, length);
        if (open < 0 || CallMatcher.Split(CallMatcher.Arguments(code, open)) is not [var first, ..])
        {
            return null;
        }
        return (open + 1 + first.Start, open + 1 + first.Start + first.Length);
    }

    /// <summary>The offset of the <c>;</c> that ends the statement going on from <paramref name="start"/>, outside brackets; -1 when none is near.</summary>
    private static int StatementEnd(ReadOnlySpan<char> code, int start)
    {
        var depth = 0;
        var limit = Math.Min(code.Length, start + CallMatcher.MaxArgumentLength);
        for (var i = start; i < limit; i++)
        {
            switch (code[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    if (--depth < 0)
                    {
                        return -1;
                    }
                    break;
                case ';' when depth == 0:
                    return i;
            }
        }
        return -1;
    }

    /// <summary>The names the file declares <c>const</c> in a type's body; a <c>const</c> inside a method is a local of that method.</summary>
    private static HashSet<string> Constants(ReadOnlySpan<char> code)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in ConstDeclaration().EnumerateMatches(code))
        {
            if (BraceBlocks.Openers(code, match.Index) is not [var opener, ..]
                || !TypeHeader().IsMatch(code[BraceBlocks.StatementStart(code, opener)..opener]))
            {
                continue;
            }
            var declaration = ConstDeclaration().Match(code.Slice(match.Index, match.Length).ToString());
            names.Add(declaration.Groups["name"].Value);
        }
        return names;
    }

    [GeneratedRegex(@"\b(class|struct|record|interface)\s+\w")]
    private static partial Regex TypeHeader();

    [GeneratedRegex(@"\{(?<inner>[^{}]*)\}")]
    private static partial Regex Holes();
}
