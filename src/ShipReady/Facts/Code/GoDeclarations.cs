using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// The top-level declarations of a Go package, read from the masked code of its files (one file when the others are
/// not at hand): its functions and methods, its constants, variables and types, and the fields of its structs whose
/// type is the package's own.
/// </summary>
/// <remarks>
/// A package spreads what one query uses over its files: <c>migrations/v10.go</c> pastes <c>db.typeText()</c>, which
/// <c>drivers.go</c> declares on the <c>datastore</c> type. Files built for different targets may declare a name
/// twice; every declaration is kept, so a question about such a name sees them all.
/// </remarks>
public sealed partial class GoDeclarations
{
    /// <summary>What a top-level name is declared as: a constant is fixed, whatever its value.</summary>
    public enum Kind
    {
        Function,
        Constant,
        Other,
    }

    /// <summary>A top-level name and where its declaration starts.</summary>
    /// <param name="ReceiverType">A method's receiver type, without <c>*</c> or type parameters; null for anything else.</param>
    /// <param name="Code">The masked code of the file that declares it.</param>
    /// <param name="HeaderLength">For a function, the length of its first line up to the bracket its parameters open.</param>
    public sealed record Declaration(string Name, Kind Kind, string? ReceiverType, string Code, int Start, int HeaderLength);

    [GeneratedRegex(@"(?m)^package[ \t]+(?<name>[A-Za-z_]\w*)")]
    private static partial Regex PackageClause();

    [GeneratedRegex(@"(?m)^func[ \t]+(\((?<receiver>[^)\n]*)\)[ \t]*)?(?<name>[A-Za-z_]\w*)[ \t]*(\[[^\]\n]*\])?[ \t]*\(")]
    private static partial Regex FunctionHeader();

    /// <summary><c>const a, b = …</c>, <c>var x int</c>, <c>type T struct {</c>: one declaration on its line.</summary>
    [GeneratedRegex(@"(?m)^(?<keyword>const|var|type)[ \t]+(?<names>[A-Za-z_]\w*([ \t]*,[ \t]*[A-Za-z_]\w*)*)")]
    private static partial Regex SingleDeclaration();

    [GeneratedRegex(@"(?m)^(?<keyword>const|var|type)[ \t]*\(")]
    private static partial Regex DeclarationBlock();

    /// <summary>A line of a block or struct that declares names: they start it, a type or <c>=</c> follows.</summary>
    [GeneratedRegex(@"^[ \t]*(?<names>[A-Za-z_]\w*([ \t]*,[ \t]*[A-Za-z_]\w*)*)")]
    private static partial Regex DeclaredNames();

    [GeneratedRegex(@"(?m)^type[ \t]+(?<name>[A-Za-z_]\w*)[ \t]+struct[ \t]*\{")]
    private static partial Regex StructHeader();

    /// <summary>A struct field of a plain named type, with a tag or not: <c>db *datastore</c>, <c>cfg Config `json:"-"`</c>.</summary>
    [GeneratedRegex(@"^[ \t]*(?<names>[A-Za-z_]\w*([ \t]*,[ \t]*[A-Za-z_]\w*)*)[ \t]+(?<type>\*?[A-Za-z_]\w*)[ \t]*(`[^`\n]*`|""[^""\n]*"")?[ \t]*$")]
    private static partial Regex Field();

    /// <summary>A plain named type, as a receiver or parameter has it: <c>*datastore</c>, <c>Store[T]</c>.</summary>
    [GeneratedRegex(@"^\*?(?<name>[A-Za-z_]\w*)(\[[^\]\n]*\])?$")]
    private static partial Regex NamedTypeText();

    private readonly Dictionary<string, List<Declaration>> _byName = new(StringComparer.Ordinal);

    /// <summary>The masked code of the package's files, where a name's every use is read.</summary>
    private readonly List<string> _codes = [];

    /// <summary>What <see cref="IsUnchangedLiteralSlice"/> found, per name: the package is read by the hits of many files at once.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _unchangedSlices = new(StringComparer.Ordinal);

    /// <summary>Per struct type: its fields' types, and the fields it declares more than once or with another type.</summary>
    private readonly Dictionary<string, List<Dictionary<string, string?>>> _structs = new(StringComparer.Ordinal);

    private GoDeclarations()
    {
    }

    /// <summary>The package a file's masked code names in its <c>package</c> clause; null when it has none.</summary>
    public static string? PackageName(string code) =>
        PackageClause().Match(code) is { Success: true } clause ? clause.Groups["name"].Value : null;

    /// <summary>The plain type a receiver, parameter or field is declared with, without <c>*</c> or type parameters; null for any other type.</summary>
    public static string? NamedType(string type) =>
        NamedTypeText().Match(type.Trim()) is { Success: true } named ? named.Groups["name"].Value : null;

    /// <summary>The declarations of the files whose masked code is given: the files of one package.</summary>
    public static GoDeclarations Of(IEnumerable<string> codes)
    {
        var declarations = new GoDeclarations();
        foreach (var code in codes)
        {
            declarations.Read(code);
        }
        return declarations;
    }

    /// <summary>Every declaration of the name at the package's top level.</summary>
    public IReadOnlyList<Declaration> Named(string name) => _byName.TryGetValue(name, out var list) ? list : [];

    /// <summary>The functions of the name: plain ones when <paramref name="receiverType"/> is null, else the methods of that type.</summary>
    public List<Declaration> Functions(string name, string? receiverType) =>
        [.. Named(name).Where(d => d.Kind == Kind.Function && d.ReceiverType == receiverType)];

    /// <summary>Whether the package declares the name at its top level (a method's name is not the package's).</summary>
    public bool IsTopLevel(string name) => Named(name).Any(d => d.ReceiverType is null);

    /// <summary>
    /// Whether the name is a constant of the package: declared so at least once, and as nothing else but a method
    /// (a file built for another target may make it a variable).
    /// </summary>
    public bool IsConstant(string name)
    {
        var all = Named(name).Where(d => d.ReceiverType is null).ToList();
        return all.Count > 0 && all.TrueForAll(d => d.Kind == Kind.Constant);
    }

    /// <summary>
    /// The plain type of a field of the package's struct <paramref name="type"/>; null unless the package declares the
    /// struct once, with the field once, of a plain named type.
    /// </summary>
    public string? FieldType(string type, string field)
    {
        var types = Named(type).Where(d => d.ReceiverType is null).ToList();
        if (types.Count != 1 || !_structs.TryGetValue(type, out var structs) || structs.Count != 1)
        {
            return null;
        }
        return structs[0].TryGetValue(field, out var fieldType) ? fieldType : null;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a variable of the package, unexported, declared once with a composite literal of
    /// literals (<c>var statTables = []string{"system_stats", …}</c>), that the package's code only reads: every other
    /// mention ranges over it, appends to a copy of it (<c>append(statTables, "hits")</c>) or takes its length. Nothing
    /// outside the package can name it, so it holds what its declaration wrote.
    /// </summary>
    public bool IsUnchangedLiteralSlice(string name) => _unchangedSlices.GetOrAdd(name, ReadsOnly);

    private bool ReadsOnly(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetterLower(name[0]) || name[0] == '_')
            || Named(name) is not [{ Kind: Kind.Other, ReceiverType: null } declaration])
        {
            return false;
        }
        var code = declaration.Code;
        var escaped = Regex.Escape(name);
        // `var name = []T{…}` (a type may stand before the `=`), alone or as a line of a `var (…)` block.
        var declared = Regex.Match(code[declaration.Start..], $@"^[ \t]*(var[ \t]+)?{escaped}[ \t]*([\w.\[\]*]+[ \t]*)?=[ \t]*", RegexOptions.None, Timeout);
        if (!declared.Success || !GoFixedValues.IsLiteralOfLiterals(GoFixedValues.CompositeLiteral(code.AsSpan(declaration.Start + declared.Length)))
            || !code.AsSpan(declaration.Start + declared.Length).StartsWith("[]", StringComparison.Ordinal))
        {
            return false;
        }
        var own = declaration.Start + declared.Value.IndexOf(name, StringComparison.Ordinal);
        foreach (var file in _codes)
        {
            foreach (Match mention in Regex.Matches(file, $@"(?<![\w.]){escaped}\b", RegexOptions.None, Timeout))
            {
                if (ReferenceEquals(file, code) && mention.Index == own)
                {
                    continue;
                }
                var before = file.AsSpan(0, mention.Index).TrimEnd(" \t");
                var after = file.AsSpan(mention.Index + mention.Length).TrimStart(" \t");
                var read = (EndsWithWord(before, "range") && after.StartsWith('{'))
                    || (EndsWithWord(before, "append(") && after.StartsWith(','))
                    || ((EndsWithWord(before, "len(") || EndsWithWord(before, "cap(")) && after.StartsWith(')'));
                if (!read)
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Whether the text ends with <paramref name="word"/>, not as the end of a longer name or a method (<c>myappend(</c>, <c>list.append(</c>).</summary>
    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || text[^(word.Length + 1)] is var c && !(CallMatcher.IsWordChar(c) || c == '.'));

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private void Read(string code)
    {
        _codes.Add(code);
        foreach (Match function in FunctionHeader().Matches(code))
        {
            string? receiverType = null;
            if (function.Groups["receiver"].Success)
            {
                // `(db *datastore)` or `(datastore)`: the type is the last word; any other receiver is not read.
                var parts = function.Groups["receiver"].Value.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                receiverType = parts.Length is 1 or 2 && NamedType(parts[^1]) is { } named ? named : "?";
            }
            Add(new Declaration(function.Groups["name"].Value, Kind.Function, receiverType, code, function.Index, function.Length));
        }
        foreach (Match single in SingleDeclaration().Matches(code))
        {
            AddNames(single.Groups["names"].Value, single.Groups["keyword"].Value, code, single.Index);
        }
        foreach (Match block in DeclarationBlock().Matches(code))
        {
            foreach (var (line, at) in TopLines(code, block.Index + block.Length - 1))
            {
                if (DeclaredNames().Match(line) is { Success: true } names)
                {
                    AddNames(names.Groups["names"].Value, block.Groups["keyword"].Value, code, at);
                }
            }
        }
        foreach (Match header in StructHeader().Matches(code))
        {
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (line, _) in TopLines(code, header.Index + header.Length - 1))
            {
                var field = Field().Match(line);
                var names = field.Success ? field.Groups["names"].Value : DeclaredNames().Match(line).Groups["names"].Value;
                foreach (var name in names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    // A field declared twice, or of a type that is not plain, has no type to follow.
                    var type = field.Success ? NamedType(field.Groups["type"].Value) : null;
                    fields[name] = fields.ContainsKey(name) ? null : type;
                }
            }
            var structName = header.Groups["name"].Value;
            if (!_structs.TryGetValue(structName, out var list))
            {
                _structs[structName] = list = [];
            }
            list.Add(fields);
        }
    }

    /// <summary>
    /// The lines of the bracket opened at <paramref name="open"/> that start at its own depth, each with where it
    /// starts: a value that runs on over several lines gives none of its inner lines.
    /// </summary>
    private static List<(string Line, int At)> TopLines(string code, int open)
    {
        var lines = new List<(string Line, int At)>();
        var inside = CallMatcher.Arguments(code, open);
        var start = open + 1;
        var depth = 0;
        var lineStart = start;
        var lineDepth = 0;
        for (var i = 0; i <= inside.Length; i++)
        {
            var c = i < inside.Length ? inside[i] : '\n';
            if (c == '\n')
            {
                if (lineDepth == 0 && lineStart < start + i)
                {
                    lines.Add((code[lineStart..(start + i)], lineStart));
                }
                lineStart = start + i + 1;
                lineDepth = depth;
                continue;
            }
            depth += c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
        }
        return lines;
    }

    private void AddNames(string names, string keyword, string code, int at)
    {
        var kind = keyword == "const" ? Kind.Constant : Kind.Other;
        foreach (var name in names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            Add(new Declaration(name, kind, null, code, at, 0));
        }
    }

    private void Add(Declaration declaration)
    {
        if (!_byName.TryGetValue(declaration.Name, out var list))
        {
            _byName[declaration.Name] = list = [];
        }
        list.Add(declaration);
    }
}
