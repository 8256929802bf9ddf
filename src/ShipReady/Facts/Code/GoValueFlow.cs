using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Where a value that Go code pastes into SQL comes from, when the function does not fix it: a parameter of the function
/// (<c>func recordMigrationVersion(ver string, db *sqlx.DB)</c>), judged after the walk at every call of the function
/// (<see cref="GoArgumentScan"/>), and a caller's argument judged in the caller: request input (a form value, a route
/// parameter, a bound body) in it or in the lines of the caller that mention it, or another parameter to follow on.
/// </summary>
public static partial class GoValueFlow
{
    /// <summary>
    /// Text that shows request input in a Go handler: net/http's request, gin, echo, fiber and chi's readers, a body
    /// decoded or bound into a value, and a record read from the database into one.
    /// </summary>
    private static readonly string[] Input =
    [
        "r.URL", "r.Form", "r.PostForm", "r.Body", "r.Header", "req.URL", "req.Form", "req.Body", ".FormValue(", ".PostFormValue(", ".URL.Query(",
        "c.Query(", "ctx.Query(", ".QueryParam(", ".QueryParams(", ".DefaultQuery(", ".GetQuery(", ".QueryArray(", ".QueryMap(",
        ".Param(", ".Params(", ".PostForm(", ".DefaultPostForm(", ".GetPostForm(", ".FormFile(", ".MultipartForm(",
        "mux.Vars(", "URLParam(", ".Bind(", ".BindJSON(", ".BindQuery(", ".BindUri(", ".ShouldBind", ".MustBind", ".BodyParser(",
        ".QueryParser(", ".ParamsParser(", "json.NewDecoder(", ".Decode(", "json.Unmarshal(", ".Cookie(", ".Cookies(", "io.ReadAll(",
        ".GetHeader(", ".Request.", ".PathValue(", ".ByName(", ".GetString(", ".GetStrings(", ".GetInt(", ".GetInt64(", ".GetBool(", ".GetFloat(",
        ".Ctx.Input", "httpx.Parse(",
        // Stored data read into a value (GORM's First(&record), sqlx's Get(&row), database/sql's Scan(&name)): it may hold
        // what users wrote, as a parsed API answer does in a browser.
        "First(&", "Find(&", "Take(&", "Last(&", "Scan(&", "Get(&", "Select(&", "StructScan(&", "FirstOrCreate(&", "Pluck(",
    ];

    /// <summary>A function's first line: its receiver, if any, its name, type parameters and the bracket its parameters open.</summary>
    [GeneratedRegex(@"^func\s*(?:\([^()]*\)\s*)?(?<name>[A-Za-z_]\w*)\s*(?:\[[^\]\n]*\])?\s*\(")]
    private static partial Regex Header();

    /// <summary>A function of the masked text: its name, its parameters' names in order, and where its body's text starts.</summary>
    /// <param name="RequestParameters">The parameters whose type is a request or a framework's request context.</param>
    public sealed record Function(string Name, ImmutableArray<string> Parameters, ImmutableArray<string> RequestParameters, int BodyStart);

    // A parameter's type that carries the request: net/http's, gin's, echo's, fiber's, fasthttp's, hertz's, httprouter's
    // handlers take one, and a gRPC method a generated request message (req *pb.FindRequest).
    [GeneratedRegex(@"^[A-Za-z_]\w*\s+\*?(?:http\.Request|gin\.Context|echo\.Context|fiber\.Ctx|fasthttp\.RequestCtx|iris\.Context|beego\.Controller|httprouter\.Params|app\.RequestContext|(?:\w+\.)?\w*Request)\b")]
    private static partial Regex RequestParameter();

    /// <summary>
    /// The questions a SQL hit leaves when every value it pastes in that the function does not fix is a parameter the
    /// function does not assign again, or a value <c>fmt.Sprintf</c> prints with <c>%d</c>: one per parameter, asked of the
    /// function's callers. Null when a value is anything else, or the SQL cannot be read (the hit stands as it is).
    /// </summary>
    /// <param name="file">What the file's other hits worked out, and its package; null reads the file alone.</param>
    public static ImmutableArray<PassedTo>? Questions(MaskedSource masked, int index, int length, GoFileReading? file = null)
    {
        if (GoFixedValues.Unfixed(masked, index, length, file) is not { Count: > 0 } unfixed || Enclosing(masked, index) is not { } function)
        {
            return null;
        }
        var questions = ImmutableArray.CreateBuilder<PassedTo>();
        var literal = GoFunctionLiteral.Innermost(masked, function.BodyStart, index);
        foreach (var (at, valueLength, asNumber) in unfixed)
        {
            // A parameter's name is a bare identifier: a field read from one (opts.Table) or any other value is not one.
            var value = masked.Code.Slice(at, valueLength).ToString();
            if (literal is not null && literal.Parameters.IndexOf(value) is var literalPosition and >= 0)
            {
                // The literal's parameter hides any of the function's by that name.
                if (Reassigned(masked.Code[literal.BodyStart..index], value) || Passed(masked, function, literal, literalPosition) is not { } passed)
                {
                    return null;
                }
                questions.Add(passed);
                continue;
            }
            if (function.Parameters.IndexOf(value) is var position and >= 0 && !Reassigned(masked.Code[function.BodyStart..index], value))
            {
                questions.Add(new PassedTo(function.Name, position, null));
                continue;
            }
            // A value printed with %d is a number, unless the code has a mistake vet reports (GoFormatVerbs); its type is
            // not in sight, so nothing is asked of the callers and the place stays one to review. One the caller's lines
            // show to be request input, or read from it, stands.
            var text = masked.CodeAndStrings.Slice(at, valueLength).ToString();
            if (!asNumber || ValueOrigin.ContainsAny(text, Input) || Sources(masked, function, at, value) is null)
            {
                return null;
            }
        }
        return questions.Distinct().ToImmutableArray();
    }

    /// <summary>
    /// The question a literal's parameter leaves: asked of the calls of the name the literal is assigned to, or, when it is
    /// called at once with a parameter of the function (<c>}(name)</c>), of the function's callers. Null otherwise: what a
    /// literal handed on as a callback is called with is not in sight.
    /// </summary>
    private static PassedTo? Passed(MaskedSource masked, Function function, GoFunctionLiteral literal, int position)
    {
        if (literal.AssignedTo is { } name)
        {
            return new PassedTo(name, position, null);
        }
        if (literal.InvokedWith(masked, position) is not var (start, length))
        {
            return null;
        }
        var argument = masked.Code.Slice(start, length).ToString();
        return function.Parameters.IndexOf(argument) is var outer and >= 0 && !Reassigned(masked.Code[function.BodyStart..start], argument)
            ? new PassedTo(function.Name, outer, null)
            : null;
    }

    /// <summary>The function that holds <paramref name="index"/>, read from its <c>func</c> line; null outside one or when its parameters cannot be read.</summary>
    public static Function? Enclosing(MaskedSource masked, int index)
    {
        if (GoFunction.Start(masked, index) is not { } start)
        {
            return null;
        }
        var code = masked.Code;
        var lineEnd = code[start..].IndexOf('\n') is var newline and >= 0 ? start + newline : code.Length;
        if (Header().Match(masked.CodeText, start, lineEnd - start) is not { Success: true } header)
        {
            return null;
        }
        var open = header.Index + header.Length - 1;
        var parameters = CallMatcher.Arguments(code, open);
        var bodyStart = open + parameters.Length + 2;
        if (bodyStart > index)
        {
            return null;
        }
        return new Function(header.Groups["name"].Value, Names(parameters), [.. RequestParameters(parameters)], bodyStart);
    }

    /// <summary>
    /// The parameters' names in order. Go names all of them or none: <c>a, b string, c int</c> names three, and
    /// <c>string, int</c> none (each part is then a type alone).
    /// </summary>
    internal static ImmutableArray<string> Names(ReadOnlySpan<char> parameters)
    {
        var words = new List<string>();
        foreach (var (start, length) in CallMatcher.Split(parameters))
        {
            words.Add(parameters.Slice(start, length).ToString().Trim());
        }
        if (!words.Any(w => w.AsSpan().IndexOfAny(' ', '\t') >= 0))
        {
            return [];
        }
        return [.. words.Select(w => w.Split([' ', '\t'], 2)[0])];
    }

    /// <summary>Whether a line of the body assigns the name again (<c>ver = strings.TrimSpace(ver)</c>, <c>ver, err := parse(ver)</c>).</summary>
    internal static bool Reassigned(ReadOnlySpan<char> body, string name) =>
        Regex.IsMatch(body.ToString(), $@"(?m)^[^=\n]*(?<![\w.]){Regex.Escape(name)}\b[^=\n]*(:=|[+\-*/|&]=|[^=!<>:+\-*/|&]=(?!=))", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>How a caller's argument is judged in the caller's file.</summary>
    /// <param name="Stands">The argument shows request input, or the caller's lines that mention it do, or the call is in no function.</param>
    /// <param name="Onward">The parameters of the caller the argument is made from, to be asked of its callers in turn.</param>
    public readonly record struct Argument(bool Stands, ImmutableArray<PassedTo> Onward);

    /// <summary>
    /// Judges the argument at <paramref name="at"/> (of <paramref name="length"/> characters in the masked code): it stands
    /// when it, or what the caller's lines up to the call show it is made from (<see cref="Sources"/>), reads request
    /// input, or when the call is in no function; otherwise each parameter of the caller it is made from is asked of that
    /// caller's callers, and an argument made from none is not shown to be input.
    /// </summary>
    public static Argument Judge(MaskedSource masked, int at, int length)
    {
        var argument = masked.CodeAndStrings.Slice(at, length).ToString().Trim();
        if (ValueOrigin.ContainsAny(argument, Input))
        {
            return new Argument(true, []);
        }
        if (Enclosing(masked, at) is not { } function)
        {
            // Not in a function: an interface's method, or a package-level value, which is no call to judge.
            return new Argument(true, []);
        }
        var code = masked.Code.Slice(at, length).ToString().Trim();
        if (Sources(masked, function, at, code) is not { } names)
        {
            return new Argument(true, []);
        }
        // A parameter of the caller that the argument is made from (`Find(q)`, `Find(strings.TrimSpace(q))`, `term :=
        // req.Term` … `Find(term)`) is asked of the caller's callers in turn.
        var onward = ImmutableArray.CreateBuilder<PassedTo>();
        var literal = GoFunctionLiteral.Innermost(masked, function.BodyStart, at);
        foreach (var name in names)
        {
            if (literal is not null && literal.Parameters.IndexOf(name) is var literalPosition and >= 0)
            {
                // A parameter of the literal the call is in hides the caller's: it holds what the literal is called with,
                // at once (`go func(v string) {…}(name)`: judged as `name` is) or through its name (`run(…)`).
                if (literal.InvokedWith(masked, literalPosition) is var (invokedAt, invokedLength))
                {
                    var invoked = Judge(masked, invokedAt, invokedLength);
                    if (invoked.Stands)
                    {
                        return invoked;
                    }
                    onward.AddRange(invoked.Onward);
                }
                else if (literal.AssignedTo is { } assigned)
                {
                    onward.Add(new PassedTo(assigned, literalPosition, null));
                }
                continue;
            }
            if (function.Parameters.IndexOf(name) is var position and >= 0)
            {
                onward.Add(new PassedTo(function.Name, position, null));
            }
        }
        return new Argument(false, onward.ToImmutable());
    }

    /// <summary>
    /// The names the argument is made from, as far as the caller's lines up to the call show, or null when they come
    /// from the request: a line that mentions one and reads input, or a parameter of a request's type, the caller's or a
    /// function literal's (<c>r *http.Request</c>, <c>c *gin.Context</c>). A line that assigns one of the names, or fills
    /// it through a pointer, adds the names it reads (<c>term := strings.TrimSpace(q)</c> follows <c>q</c> too), until no
    /// line adds more.
    /// </summary>
    private static HashSet<string>? Sources(MaskedSource masked, Function function, int at, string argument)
    {
        var lines = new List<string>();
        foreach (var line in masked.CodeAndStrings[function.BodyStart..at].EnumerateLines())
        {
            lines.Add(line.ToString());
        }
        var request = function.RequestParameters.ToHashSet(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            // A function literal's request (a handler written in place: mux.HandleFunc("/", func(w, r *http.Request) {…})).
            foreach (Match literal in FunctionLiteral().Matches(line))
            {
                request.UnionWith(RequestParameters(CallMatcher.Arguments(line, literal.Index + literal.Length - 1)));
            }
        }
        var names = Words().Matches(argument).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        for (var grew = true; grew;)
        {
            grew = false;
            if (names.Overlaps(request))
            {
                return null;
            }
            foreach (var line in lines)
            {
                if (!names.Any(n => CallMatcher.ContainsWord(line, n)))
                {
                    continue;
                }
                if (ValueOrigin.ContainsAny(line, Input))
                {
                    return null;
                }
                // A line that assigns one of the names, or fills it through a pointer (`decode(r, &req)`), adds what it reads.
                if (AssignedNames().Match(line) is { Success: true } assignment
                        && Words().Matches(assignment.Groups["names"].Value).Any(m => names.Contains(m.Value))
                    || names.Any(n => line.Contains("&" + n, StringComparison.Ordinal)))
                {
                    foreach (Match word in Words().Matches(line))
                    {
                        grew |= names.Add(word.Value);
                    }
                }
            }
        }
        return names;
    }

    /// <summary>The names of the parameters, in a parameter list, whose type is a request or a framework's request context.</summary>
    private static IEnumerable<string> RequestParameters(ReadOnlySpan<char> parameters)
    {
        var request = new List<string>();
        foreach (var (partStart, partLength) in CallMatcher.Split(parameters))
        {
            if (RequestParameter().Match(parameters.Slice(partStart, partLength).ToString().Trim()) is { Success: true } typed)
            {
                request.Add(typed.Value.Split([' ', '\t'], 2)[0]);
            }
        }
        return request;
    }

    // A function literal's parameter list opening: func(w http.ResponseWriter, r *http.Request).
    [GeneratedRegex(@"\bfunc\s*\(")]
    private static partial Regex FunctionLiteral();

    // A line that assigns names: `term := f(q)`, `a, b = x, y`, `var t = f(q)`, `t += q`.
    [GeneratedRegex(@"^\s*(?:var\s+)?(?<names>[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*)\s*(?:[A-Za-z_][\w.\[\]*]*\s*)?(?::=|[+\-*/|&]?=(?!=))")]
    private static partial Regex AssignedNames();

    // The names an argument reads: the caller's lines that mention one may show where it came from.
    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*")]
    private static partial Regex Words();
}
