using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether a Go expression pasted into SQL is fixed by the code: a literal, a constant, a parameter of a number type,
/// a number formatted by <c>strconv</c>, a local the function sets only to such values, or a call of a helper of the
/// same file whose every <c>return</c> gives such a value for the arguments this call passes.
/// </summary>
/// <remarks>
/// A store that serves MySQL and SQLite pastes its dialect's fragments into SQL: <c>"… expires > " + db.now()</c>, where
/// <c>now()</c> returns <c>"NOW()"</c> or SQLite's <c>strftime(…)</c>, or <c>"SELECT " + postCols</c> with a constant
/// column list. Every link is read strictly: a local given a value any other way (several names at once, in an
/// <c>if</c>'s init, a <c>range</c>, through its address, as a closure's parameter) or a helper declared more than once,
/// with a closure or a return of several values, leaves the value unknown.
/// </remarks>
public sealed partial class GoFixedExpressions
{
    /// <summary>How many helpers deep a value is followed.</summary>
    private const int MaxDepth = 3;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>How many expressions one question may read: names built from each other twice over grow without it.</summary>
    private const int MaxSteps = 2_000;

    private static readonly HashSet<string> NumberTypes = new(StringComparer.Ordinal)
    {
        "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "byte",
        "float32", "float64", "bool",
    };

    /// <summary>Calls whose result is digits whatever they are given; Go's <c>len</c> and <c>cap</c> return an <c>int</c>.</summary>
    private static readonly HashSet<string> NumberFormatters = new(StringComparer.Ordinal)
    {
        "strconv.Itoa", "strconv.FormatInt", "strconv.FormatUint", "strconv.FormatFloat", "strconv.FormatBool", "len", "cap",
    };

    [GeneratedRegex(@"^(""[^""\n]*""|`[^`]*`|-?\d+(\.\d+)?|true|false)$")]
    private static partial Regex Literal();

    [GeneratedRegex(@"^[A-Za-z_]\w*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^(?<callee>[A-Za-z_][\w.]*)\s*\(")]
    private static partial Regex CallStart();

    /// <summary>The rest of <c>v, ok := </c>: a second name, then the assignment.</summary>
    [GeneratedRegex(@"^[ \t]*,[ \t]*[A-Za-z_]\w*[ \t]*(:=|=(?!=))[ \t]*")]
    private static partial Regex CommaOk();

    private readonly GoDeclarations _declarations;
    private readonly string? _updateBuilder;
    private readonly Dictionary<string, bool> _helpers = new(StringComparer.Ordinal);
    private readonly Dictionary<(int From, int Length, string Expression), bool> _verdicts = [];
    private readonly Dictionary<(int From, int Length), Scope?> _scopes = [];
    private HashSet<string>? _assumed;
    private int _steps;

    /// <param name="file">The whole file's code, strings blanked (quotes kept).</param>
    /// <param name="package">
    /// The declarations of the file's package, the file's own among them: where constants and helpers are looked up.
    /// Without them, the file's own.
    /// </param>
    /// <param name="updateBuilder">The name the file gives web-core's query package (<see cref="GoUpdateBuilder"/>); null when not imported.</param>
    public GoFixedExpressions(string file, GoDeclarations? package = null, string? updateBuilder = null)
    {
        _declarations = package ?? GoDeclarations.Of([file]);
        _updateBuilder = updateBuilder;
    }

    /// <summary>
    /// Whether <paramref name="expression"/>, in the function whose whole code (strings blanked) is
    /// <paramref name="function"/>, is fixed by the code.
    /// </summary>
    /// <param name="from">Where the function starts in the file: what was found about its values is kept by it.</param>
    public bool IsFixed(int from, string function, string expression)
    {
        var key = (from, function.Length, expression);
        if (_verdicts.TryGetValue(key, out var known))
        {
            return known;
        }
        bool result;
        try
        {
            _steps = 0;
            if (!_scopes.TryGetValue((from, function.Length), out var scope))
            {
                _scopes[(from, function.Length)] = scope = Scope.Of(function, fixedParameters: null);
            }
            result = scope is not null && Expression(scope, expression, 0, []);
        }
        catch (RegexMatchTimeoutException)
        {
            result = false;
        }
        _verdicts[key] = result;
        return result;
    }

    private bool Expression(Scope scope, string expression, int depth, HashSet<string> visiting)
    {
        if (++_steps > MaxSteps)
        {
            return false;
        }
        var text = Unwrap(expression.Trim());
        if (text.Length == 0)
        {
            return false;
        }
        var parts = CallMatcher.Split(text, '+');
        if (parts.Count > 1)
        {
            return parts.TrueForAll(p => Expression(scope, text.Substring(p.Start, p.Length), depth, visiting));
        }
        if (Literal().IsMatch(text) || GoNumbers.IsArithmetic(text))
        {
            return true;
        }
        if (Identifier().IsMatch(text))
        {
            return Name(scope, text, depth, visiting);
        }
        if (GoLiteralMaps.Indexed(text) is { } map)
        {
            return !_declarations.IsTopLevel(map) && GoLiteralMaps.HoldsOnlyLiterals(scope.Body, scope.BodyStart, map);
        }
        if (_updateBuilder is { } package && GoUpdateBuilder.Builder(text) is { } builder)
        {
            return GoUpdateBuilder.HoldsOnlyFixed(scope.Body, scope.BodyStart, builder, package, a => Expression(scope, a, depth, visiting));
        }
        if (CallStart().Match(text) is not { Success: true } call)
        {
            return false;
        }
        var open = call.Length - 1;
        var argumentsText = CallMatcher.Arguments(text, open).ToString();
        // The call must be the whole expression: `f(x).Field` or `f(x)[0]` is something else.
        if (open + argumentsText.Length + 2 != text.Length)
        {
            return false;
        }
        var callee = call.Groups["callee"].Value;
        var arguments = CallMatcher.Split(argumentsText).ConvertAll(a => argumentsText.Substring(a.Start, a.Length));
        if (NumberFormatters.Contains(callee))
        {
            return true;
        }
        if (callee == "fmt.Sprintf")
        {
            return arguments.Count > 0 && Literal().IsMatch(arguments[0])
                && arguments.Skip(1).All(a => Expression(scope, a, depth, visiting));
        }
        if (callee == "strings.Join")
        {
            return arguments.Count == 2 && Literal().IsMatch(arguments[1]) && Identifier().IsMatch(arguments[0])
                && Name(scope, arguments[0], depth, visiting);
        }
        // A helper of the package: a plain function called by its name, or a method called on a value whose type the
        // function's signature names (`db.now()` with `db *datastore` its receiver or parameter, `app.db.now()` through
        // a field of the package's `App`). Any other qualifier may be a package's, or a value of a type not known here.
        var dot = callee.LastIndexOf('.');
        var qualifier = dot < 0 ? null : callee[..dot];
        string? receiverType = null;
        if (qualifier is not null && (receiverType = TypeOf(scope, qualifier)) is null)
        {
            return false;
        }
        // The name must mean the same in the whole function: a local closure named like the helper, or the value
        // declared again (an inner `s :=`, a `range`, a closure's parameter), is something else.
        if (Rebound(scope, qualifier?.Split('.')[0] ?? callee, qualified: qualifier is not null))
        {
            return false;
        }
        return depth < MaxDepth && Helper(scope, callee[(dot + 1)..], receiverType, arguments, depth, visiting);
    }

    /// <summary>
    /// The package's type of a qualifier: a receiver or parameter declared with a plain type (<c>db *datastore</c>), or
    /// a field of such a value whose struct the package declares (<c>app.db</c>); null for anything else.
    /// </summary>
    private string? TypeOf(Scope scope, string qualifier)
    {
        var names = qualifier.Split('.');
        if (scope.Generic || names.Length > 2 || !scope.Parameters.TryGetValue(names[0], out var declared)
            || GoDeclarations.NamedType(declared) is not { } type)
        {
            return null;
        }
        return names.Length == 1 ? type : _declarations.FieldType(type, names[1]);
    }

    /// <summary>Whether the package declares <paramref name="name"/> as a slice of literals that no code of it changes (<see cref="GoDeclarations.IsUnchangedLiteralSlice"/>).</summary>
    public bool IsUnchangedLiteralSlice(string name) => _declarations.IsUnchangedLiteralSlice(name);

    /// <summary>
    /// Where the function declared at <paramref name="start"/> ends: after the brace that closes its body (a one-line
    /// function ends on its line). Null when its signature cannot be read or its body does not close.
    /// </summary>
    internal static int? FunctionEnd(string code, int start)
    {
        if (Scope.BodyOpener(code, start) is not { } opener)
        {
            return null;
        }
        var end = opener + CallMatcher.Arguments(code, opener).Length + 2;
        // A body longer than the bracket reader's reach is cut short, not closed.
        return end <= code.Length && code[end - 1] == '}' ? end : null;
    }

    /// <summary><c>(a + b)</c> read as <c>a + b</c>.</summary>
    private static string Unwrap(string text)
    {
        while (text.Length > 1 && text[0] == '(' && CallMatcher.Arguments(text, 0).Length == text.Length - 2)
        {
            text = text[1..^1].Trim();
        }
        return text;
    }

    /// <summary>A name: a parameter of a number type or fixed by the call, a local set only to fixed values, or a constant of the package.</summary>
    private bool Name(Scope scope, string name, int depth, HashSet<string> visiting)
    {
        if (visiting.Contains(name))
        {
            // Read again while its own value is judged (`where = where + " AND …"`): its other values decide.
            _assumed?.Add(name);
            return true;
        }
        if (scope.Names.TryGetValue(name, out var known))
        {
            return known;
        }
        // What the answer took for granted of names still being judged further up: kept only when it took nothing but
        // the name itself, so that it holds whoever asks.
        var outer = _assumed;
        _assumed = [];
        var result = NameRead(scope, name, depth, visiting);
        var assumed = _assumed;
        _assumed = outer;
        assumed.Remove(name);
        if (assumed.Count == 0)
        {
            scope.Names[name] = result;
        }
        else
        {
            outer?.UnionWith(assumed);
        }
        return result;
    }

    private bool NameRead(Scope scope, string name, int depth, HashSet<string> visiting)
    {
        // A name the package declares too may be the package's wherever a block's declaration is not in scope: the
        // body's declarations are read without Go's blocks.
        var alsoTopLevel = !scope.Parameters.ContainsKey(name) && _declarations.IsTopLevel(name);
        if (!alsoTopLevel && GoNumbers.IsNumberVariable(scope.Body, scope.BodyStart, name, scope.Parameters.ContainsKey(name)))
        {
            return true;
        }
        var values = new List<string>();
        var declared = false;
        foreach (Match mention in GoNameMentions.Of(scope.Body, name))
        {
            var lineStart = scope.Body.LastIndexOf('\n', Math.Max(mention.Index - 1, 0)) + 1;
            var before = scope.Body[lineStart..mention.Index];
            var after = scope.Body[(mention.Index + mention.Length)..];
            // Its address taken, a method called on it (Go takes the address for a pointer receiver: `order.Set(v)`), a
            // field or element set: the value may change where no assignment shows it.
            if (before.EndsWith('&') || (mention.Index >= scope.BodyStart && Regex.IsMatch(after, @"^\s*(\.[A-Za-z_]|\[)", RegexOptions.None, Timeout)))
            {
                return false;
            }
            // A parameter of a closure in the function (`func(orderBy, dir string)`, over several lines too).
            if (mention.Index >= scope.BodyStart && GoNameMentions.InDeclarationList(scope.Body, mention.Index))
            {
                return false;
            }
            var assignment = Regex.Match(after, @"^[ \t]*(:=|\+=|=(?!=))", RegexOptions.None, Timeout);
            var declaration = Regex.Match(before, @"^\s*(var|const)\s+$", RegexOptions.None, Timeout);
            if (declaration.Success)
            {
                declared = true;
                // `var where string` starts empty; `var where = …` and `const cols = …` give a value. Anything else
                // (`var a, b = …`, `var v interface{} = …`) is not read.
                var typed = Regex.Match(after, @"^[ \t]*(?<type>[\w.\[\]*]+)?[ \t]*((?<equals>=)|\r?\n|$)", RegexOptions.None, Timeout);
                if (!typed.Success)
                {
                    // `var queryUpdates, sep string` declares them all empty; with a value (`var a, b = …`) it is not read.
                    if (declaration.Groups[1].Value == "var"
                        && Regex.IsMatch(after, @"^([ \t]*,[ \t]*[A-Za-z_]\w*)+[ \t]+[\w.\[\]*]+[ \t]*(\r?\n|$)", RegexOptions.None, Timeout))
                    {
                        continue;
                    }
                    return false;
                }
                if (typed.Groups["equals"].Success)
                {
                    values.Add(Statement(after[typed.Length..]));
                }
                else if (declaration.Groups[1].Value == "const" || !typed.Groups["type"].Success)
                {
                    return false;
                }
            }
            else if (assignment.Success)
            {
                // Several names at once, an `if` or `for` init, a `range`: the value is not read here.
                if (before.Trim().Length > 0)
                {
                    return false;
                }
                declared = true;
                values.Add(Statement(after[assignment.Length..]));
            }
            else if (Regex.IsMatch(after, @"^[ \t]+(\.\.\.)?[\w.\[\]*]+[ \t]*[,)]", RegexOptions.None, Timeout)
                && Regex.IsMatch(before, @"[(,]\s*$", RegexOptions.None, Timeout))
            {
                // A parameter: of this function (its signature is part of the text) or of a closure in it.
                if (mention.Index >= scope.BodyStart)
                {
                    return false;
                }
            }
            else if (before.Trim().Length == 0 && CommaOk().Match(after) is { Success: true } lookup
                && Statement(after[lookup.Length..]).Trim() is var indexed && GoLiteralMaps.Indexed(indexed) is not null)
            {
                // `v, ok := m[k]`: an element of the map, or the empty value.
                declared = true;
                values.Add(indexed);
            }
            else if (Regex.IsMatch(after, @"^[ \t]*,[ \t]*[A-Za-z_][\w, \t]*(:=|=(?!=))", RegexOptions.None, Timeout))
            {
                // The first of several names given values at once, wherever the statement starts.
                return false;
            }
        }
        if (scope.Parameters.TryGetValue(name, out var type))
        {
            // A parameter given a new value in the body is read no further.
            return !declared && (scope.FixedParameters?.Contains(name) == true || NumberTypes.Contains(type));
        }
        if (!declared)
        {
            return _declarations.IsConstant(name);
        }
        if (alsoTopLevel)
        {
            return false;
        }
        var deeper = new HashSet<string>(visiting, StringComparer.Ordinal) { name };
        return values.TrueForAll(v => Expression(scope, v, depth, deeper));
    }

    /// <summary>
    /// Whether the function's body gives <paramref name="name"/> a value or declares it again: an assignment or
    /// declaration (`name :=`, `name, err =`, `var name`), a <c>range</c>, or a closure's parameter.
    /// </summary>
    /// <param name="qualified">Whether the name qualifies the call: a parameter that holds the value, not a function value.</param>
    private static bool Rebound(Scope scope, string name, bool qualified)
    {
        if (!qualified && scope.Parameters.ContainsKey(name))
        {
            return true;
        }
        var body = scope.Body;
        foreach (Match mention in GoNameMentions.Of(body[scope.BodyStart..], name))
        {
            var at = scope.BodyStart + mention.Index;
            var after = body[(at + mention.Length)..];
            var lineStart = body.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
            var before = body[lineStart..at];
            // `s =`, `s :=`, or one of several names given values at once (`s, err :=`); an argument (`f(s, x)`) is not.
            if (Regex.IsMatch(after, @"^[ \t]*(,[ \t]*[A-Za-z_][\w, \t]*)?(:=|=(?!=))", RegexOptions.None, Timeout)
                || Regex.IsMatch(before, @"\b(var|const)\s+$", RegexOptions.None, Timeout)
                || GoNameMentions.InDeclarationList(body, at))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The value an assignment gives: the rest of its line, and the lines its open brackets run on to.</summary>
    private static string Statement(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case '\n' when depth <= 0:
                    return text[..i];
            }
        }
        return text;
    }


    /// <summary>
    /// Whether the one helper of the file named <paramref name="name"/> returns only fixed strings when given
    /// <paramref name="arguments"/>: each parameter is fixed when its argument is, or by its number type.
    /// </summary>
    private bool Helper(Scope caller, string name, string? receiverType, List<string> arguments, int depth, HashSet<string> visiting)
    {
        // Declared once: a file built for another target may declare it again, differently.
        if (_declarations.Functions(name, receiverType) is not [var declaration])
        {
            return false;
        }
        var code = declaration.Code;
        var start = declaration.Start;
        // The helper's own text, to the brace that closes its body: a one-line helper ends on its line.
        if (FunctionEnd(code, start) is not { } end)
        {
            return false;
        }
        var function = code[start..end];
        var parameters = Scope.ParameterList(function, declaration.HeaderLength - 1);
        if (parameters is null)
        {
            return false;
        }
        var fixedParameters = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count; i++)
        {
            var (parameter, type) = parameters[i];
            var given = type.StartsWith("...", StringComparison.Ordinal) ? arguments.Skip(i).ToList() : i < arguments.Count ? [arguments[i]] : [];
            if (given.Count > 0 && given.TrueForAll(a => Expression(caller, a, depth, visiting)))
            {
                fixedParameters.Add(parameter);
            }
        }
        var key = $"{receiverType}.{name}({string.Join(',', fixedParameters.Order(StringComparer.Ordinal))})";
        if (_helpers.TryGetValue(key, out var known))
        {
            return known;
        }
        _helpers[key] = false;
        // The declaration was chosen by its receiver's type, read as the scope would read it.
        var result = Scope.Of(function, fixedParameters) is { ReturnsOneString: true } scope
            && !scope.Body.AsSpan(scope.BodyStart).Contains("func(", StringComparison.Ordinal)
            && Returns(scope) is { Count: > 0 } returned
            && returned.TrueForAll(r => Expression(scope, r, depth + 1, []));
        _helpers[key] = result;
        return result;
    }

    /// <summary>The values of the helper's <c>return</c> statements; null when one returns several values or none.</summary>
    private static List<string>? Returns(Scope scope)
    {
        var values = new List<string>();
        foreach (Match returned in Regex.Matches(scope.Body[scope.BodyStart..], @"(?<![\w.])return\b", RegexOptions.None, Timeout))
        {
            var value = Statement(scope.Body[(scope.BodyStart + returned.Index + returned.Length)..]).Trim();
            // `{ return x }` on one line: the body's closing brace is not part of the value.
            if (value.EndsWith('}') && CallMatcher.Split(value, '{').Count == 1)
            {
                value = value[..^1].Trim();
            }
            if (value.Length == 0 || CallMatcher.Split(value).Count != 1)
            {
                return null;
            }
            values.Add(value);
        }
        return values;
    }

    /// <summary>A function's code, where its body starts, its parameters and their types, and what its call fixes.</summary>
    /// <param name="Generic">Whether the function declares type parameters: a parameter's type may then be one of them.</param>
    private sealed partial record Scope(string Body, int BodyStart, Dictionary<string, string> Parameters, HashSet<string>? FixedParameters, bool ReturnsOneString, bool Generic)
    {
        /// <summary>What the function's names were found to hold, for every value of it asked about.</summary>
        public Dictionary<string, bool> Names { get; } = new(StringComparer.Ordinal);

        /// <summary>Where the body of the function declared at <paramref name="start"/> opens its brace; null when its signature cannot be read.</summary>
        public static int? BodyOpener(string text, int start)
        {
            var header = Header().Match(text, start);
            if (!header.Success || header.Index != start)
            {
                return null;
            }
            var open = header.Index + header.Length - 1;
            var afterParameters = open + CallMatcher.Arguments(text, open).Length + 2;
            if (afterParameters > text.Length)
            {
                return null;
            }
            var brace = text.IndexOf('{', afterParameters);
            return brace < 0 ? null : brace;
        }

        /// <summary>The scope of the function <paramref name="function"/> starts with (its <c>func</c> line); null when its signature cannot be read.</summary>
        public static Scope? Of(string function, HashSet<string>? fixedParameters)
        {
            var header = Header().Match(function);
            if (!header.Success || header.Index != 0)
            {
                return null;
            }
            var open = header.Length - 1;
            var parameterText = CallMatcher.Arguments(function, open);
            var afterParameters = open + parameterText.Length + 2;
            if (afterParameters > function.Length || BodyOpener(function, 0) is not { } brace || ParameterList(function, open) is not { } parameters)
            {
                return null;
            }
            var results = function[afterParameters..brace].Trim();
            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, type) in parameters)
            {
                // Blank parameters (`_ context.Context, _ int`) name nothing.
                if (name != "_" && !byName.TryAdd(name, type.TrimStart('.')))
                {
                    return null;
                }
            }
            // A named receiver is a parameter like the others (`func (Store) col(…)` names none).
            if (header.Groups["receiver"].Value.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries) is [var receiver, var receiverType])
            {
                byName.TryAdd(receiver, receiverType);
            }
            return new Scope(function, brace + 1, byName, fixedParameters, results == "string",
                header.Groups["typeParameters"].Success || header.Groups["receiver"].Value.Contains('['));
        }

        [GeneratedRegex(@"\Gfunc[ \t]+(\((?<receiver>[^)\n]*)\)[ \t]*)?[A-Za-z_]\w*[ \t]*(?<typeParameters>\[[^\]\n]*\])?[ \t]*\(")]
        private static partial Regex Header();

        /// <summary>The parameters in the brackets opened at <paramref name="open"/>, each with its type (<c>a, b string</c> gives both <c>string</c>); null when unnamed.</summary>
        public static List<(string Name, string Type)>? ParameterList(string function, int open)
        {
            var text = CallMatcher.Arguments(function, open).ToString();
            var list = new List<(string Name, string Type)>();
            var untyped = new List<string>();
            foreach (var (start, length) in CallMatcher.Split(text))
            {
                var part = text.Substring(start, length).Split((char[])[' ', '\t', '\n'], 2, StringSplitOptions.RemoveEmptyEntries);
                if (part.Length == 1 && Identifier().IsMatch(part[0]))
                {
                    untyped.Add(part[0]);
                    continue;
                }
                if (part.Length != 2 || !Identifier().IsMatch(part[0]))
                {
                    return null;
                }
                var type = part[1].Trim();
                list.AddRange(untyped.Select(u => (u, type)));
                untyped.Clear();
                list.Add((part[0], type));
            }
            return untyped.Count == 0 ? list : null;
        }
    }
}
