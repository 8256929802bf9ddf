using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether every value a Go query pastes into its SQL (the arguments <c>fmt.Sprintf</c> is given after its format, or
/// the parts of a <c>+</c> chain) is fixed by the function itself: a literal, a number, or a field of the loop variable
/// of a <c>range</c> over literals only: a slice the function fills with composite literals of literals, a composite
/// literal written in the <c>range</c>, the package's unexported slice of literals that its code only reads, or one of
/// those with literals appended.
/// </summary>
/// <remarks>
/// A cleanup task that lists its tables in the code (<c>ClearDB{TableName: "jwt_blacklists", …}</c>) and formats each
/// table's name into a <c>DELETE</c> takes nothing from outside. Any other use of the slice in the function (passed to a
/// call, indexed, assigned from a call, a parameter) keeps the finding: the slice may then hold anything.
/// </remarks>
public static partial class GoFixedValues
{
    /// <summary>A composite literal's type or a key before its value: what is left holds only the values.</summary>
    [GeneratedRegex(@"[\w.]+\s*:(?!=)|(\[\]|\*|&)*[\w.\[\]]+\s*\{")]
    private static partial Regex KeysAndTypes();

    /// <summary>What a literal of literals is left with, once keys and types are gone: masked strings, numbers, brackets.</summary>
    [GeneratedRegex(@"^(\s|[,:{}""`+\-.]|\d|\b(true|false|nil)\b)*$")]
    private static partial Regex OnlyLiterals();

    [GeneratedRegex(@"^(""[^""\n]*""|`[^`]*`|-?\d+(\.\d+)?)$")]
    private static partial Regex Literal();

    /// <summary>A name and the fields read from it: <c>detail.TableName</c>.</summary>
    [GeneratedRegex(@"^(?<root>[A-Za-z_]\w*)(\.[A-Za-z_]\w*)*$")]
    private static partial Regex Selector();

    private const string Sprintf = "fmt.Sprintf";

    /// <summary>How long one of the regexes built from a name may run; a longer run keeps the hit.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>True when the first SQL argument of the call the match opens pastes in only values the function fixes.</summary>
    /// <param name="file">What the file's other hits worked out, and its package; null reads the file alone, afresh.</param>
    public static bool Only(MaskedSource masked, int index, int length, GoFileReading? file = null) => Unfixed(masked, index, length, file) is { Count: 0 };

    /// <summary>
    /// Where the values are (offsets into the masked text) that the first SQL argument of the call the match opens pastes
    /// in and the function does not fix, each with whether <c>fmt.Sprintf</c> prints it with <c>%d</c>; empty when it
    /// fixes them all, null when the SQL is not a <c>fmt.Sprintf</c> of a literal format or a <c>+</c> chain, or cannot be read.
    /// </summary>
    public static List<(int At, int Length, bool AsNumber)>? Unfixed(MaskedSource masked, int index, int length, GoFileReading? file = null)
    {
        try
        {
            return Reads(masked, index, length, file ?? new GoFileReading(masked));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static List<(int At, int Length, bool AsNumber)>? Reads(MaskedSource masked, int index, int length, GoFileReading file)
    {
        var code = masked.Code;
        var open = CallMatcher.FirstOpened(code, index, length);
        if (open < 0)
        {
            return null;
        }
        var arguments = CallMatcher.Arguments(code, open);
        // A context comes first in the *Context methods; the SQL is the first argument that is no context.
        (int Start, int Length) sql = default;
        foreach (var part in CallMatcher.Split(arguments))
        {
            if (!IsContext(arguments.Slice(part.Start, part.Length)))
            {
                sql = part;
                break;
            }
        }
        if (sql.Length == 0)
        {
            return null;
        }
        var start = open + 1 + sql.Start;
        var text = arguments.Slice(sql.Start, sql.Length);
        // The function's code up to the place, read once for every value the SQL pastes in.
        var from = GoFunction.Start(masked, index);
        var body = from is { } first ? masked.Code[first..index].ToString() : null;
        var function = new Function(file, from ?? 0, index, body);
        if (text.StartsWith(Sprintf, StringComparison.Ordinal) && text[Sprintf.Length..].TrimStart() is ['(', ..])
        {
            var bracket = start + text.IndexOf('(');
            var formatted = CallMatcher.Arguments(code, bracket);
            var values = CallMatcher.Split(formatted);
            if (values.Count < 2 || !IsLiteral(masked, bracket + 1 + values[0].Start, values[0].Length))
            {
                return null;
            }
            var verbs = GoFormatVerbs.Of(masked.CodeAndStrings.Slice(bracket + 1 + values[0].Start, values[0].Length));
            var printed = verbs is not null && verbs.Count == values.Count - 1 ? verbs : null;
            return [.. values.Skip(1).Select((v, i) => (bracket + 1 + v.Start, v.Length, printed?[i] == 'd')).Where(v => !IsFixed(function, v.Item1, v.Length))];
        }
        var operands = CallMatcher.Split(text, '+');
        return operands.Count > 1 ? [.. operands.Select(o => (start + o.Start, o.Length, false)).Where(o => !IsFixed(function, o.Item1, o.Length))] : null;
    }

    /// <summary>A context, as VAL-SQLI's Go patterns know one: a name holding <c>ctx</c>, <c>context.Background()</c>, <c>c.Context()</c>.</summary>
    private static bool IsContext(ReadOnlySpan<char> argument) => Context().IsMatch(argument);

    [GeneratedRegex(@"^(\w*[cC]tx\w*|context\.(Background|TODO)\(\)|\w+\.Context\(\))$")]
    private static partial Regex Context();

    private static bool IsLiteral(MaskedSource masked, int at, int length) => Literal().IsMatch(masked.Code.Slice(at, length));

    /// <summary>
    /// The function around a place: the masked file, where the function starts in it, and its code from there up to the
    /// place (strings blanked), null when the place is in no function within reach.
    /// </summary>
    private sealed class Function(GoFileReading file, int from, int place, string? body)
    {
        private Dictionary<string, bool>? _catalogNames;
        private int? _end;
        private string? _whole;

        public MaskedSource Masked => file.Masked;

        /// <summary>Where the function starts in the file.</summary>
        public int From => from;

        /// <summary>Constants, locals and helpers of the package, shared by the file's hits.</summary>
        public GoFixedExpressions Expressions => file.Expressions;
        public string? Body => body;

        /// <summary>
        /// The whole function, strings blanked: what follows the place matters too when a loop around it runs again.
        /// It ends at the brace that closes its body, so a one-line function is not read with the next one.
        /// </summary>
        public string Whole => _whole ??= new(Masked.Code[from..End]);

        private int End => _end ??= GoFixedExpressions.FunctionEnd(Masked.CodeText, from) is { } end && end > place
            ? end
            : Masked.Code[place..].IndexOf("\n}", StringComparison.Ordinal) is var close and >= 0 ? place + close + 2 : Masked.Code.Length;

        /// <summary>
        /// Whether <paramref name="name"/> holds a table name of the database's own catalog, read once per name: a
        /// function may append the same name many times.
        /// </summary>
        public bool ScannedFromCatalog(ReadOnlySpan<char> name)
        {
            _catalogNames ??= [];
            var key = name.ToString();
            if (!_catalogNames.TryGetValue(key, out var scanned))
            {
                var code = Masked.Code;
                var receiverStart = CallMatcher.QualifiedNameStart(code, place);
                scanned = GoCatalogNames.ScannedFromCatalog(Whole, new string(Masked.CodeAndStrings[from..End]), code[receiverStart..place].ToString(), key);
                _catalogNames[key] = scanned;
            }
            return scanned;
        }
    }

    /// <summary>A literal, or a field of a loop variable whose slice the function's body up to the place fills with literals.</summary>
    private static bool IsFixed(Function function, int at, int length)
    {
        var masked = function.Masked;
        var body = function.Body;
        if (IsLiteral(masked, at, length))
        {
            return true;
        }
        if (body is null)
        {
            return false;
        }
        if (function.Expressions.IsFixed(function.From, function.Whole, masked.Code.Slice(at, length).ToString()))
        {
            return true;
        }
        if (Selector().Match(masked.Code.Slice(at, length).ToString()) is not { Success: true } selector)
        {
            return false;
        }
        var root = Regex.Escape(selector.Groups["root"].Value);
        // The loop that holds the place: the last `range` whose block is still open at it.
        (int Source, int Block)? loop = null;
        foreach (Match candidate in Regex.Matches(body, $@"\bfor\s+(\w+\s*,\s*)?{root}\s*:=\s*range\s+", RegexOptions.None, Timeout))
        {
            var source = candidate.Index + candidate.Length;
            if (BlockAfter(body, source) is { } block && BraceBlocks.StaysOpen(body.AsSpan(block + 1)))
            {
                loop = (source, block);
            }
        }
        // The loop variable given another value in the loop (`detail.TableName = name`, `t, err := parse(t)`) holds it.
        return loop is { } found
            && !Regex.IsMatch(body[(found.Block + 1)..], $@"(?m)^[^=\n]*(?<![\w.]){root}\b[^=\n]*(:=|[+\-*/|&]=|[^=!<>:+\-*/|&]=(?!=))", RegexOptions.None, Timeout)
            && RangesOverLiterals(function, body, found.Source, found.Block);
    }

    /// <summary>
    /// Where the brace opens the block of a <c>range</c> whose expression starts at <paramref name="source"/>: after a
    /// plain name, a composite literal (<c>[]string{"hits", …}</c>, over several lines too) or an <c>append(…)</c>; null
    /// after anything else.
    /// </summary>
    private static int? BlockAfter(string body, int source)
    {
        int end;
        if (body.AsSpan(source).StartsWith("append(", StringComparison.Ordinal))
        {
            var open = source + "append".Length;
            end = open + CallMatcher.Arguments(body, open).Length + 2;
        }
        else if (body.AsSpan(source).StartsWith("[]", StringComparison.Ordinal) && CompositeLiteral(body.AsSpan(source)) is { Length: > 0 } literal)
        {
            end = source + literal.Length;
        }
        else if (SliceName().Match(body, source) is { Success: true } name && name.Index == source)
        {
            end = source + name.Length;
        }
        else
        {
            return null;
        }
        while (end < body.Length && body[end] is ' ' or '\t')
        {
            end++;
        }
        return end < body.Length && body[end] == '{' ? end : null;
    }

    [GeneratedRegex(@"\G[A-Za-z_]\w*")]
    private static partial Regex SliceName();

    [GeneratedRegex(@"^[A-Za-z_]\w*$")]
    private static partial Regex Name();

    /// <summary>
    /// Whether the <c>range</c> expression between <paramref name="source"/> and the loop's block holds literals only: a
    /// slice the function fills with them or the package declares with them and never changes, a composite literal of
    /// literals, or such a slice with literals appended (<c>append(statTables, "campaign_stats")</c>: the package's slice
    /// has no room past its literal's items, so append copies it rather than writing into it).
    /// </summary>
    private static bool RangesOverLiterals(Function function, string body, int source, int block)
    {
        var text = body.AsSpan(source, block - source).TrimEnd();
        if (text.StartsWith("[]", StringComparison.Ordinal))
        {
            return IsLiteralOfLiterals(text);
        }
        if (!text.StartsWith("append(", StringComparison.Ordinal))
        {
            return Slice(function, text.ToString(), source);
        }
        var open = source + "append".Length;
        var appended = CallMatcher.Arguments(body, open).ToString();
        var items = CallMatcher.Split(appended);
        if (items.Count < 2 || !Name().IsMatch(appended.AsSpan(items[0].Start, items[0].Length)))
        {
            return false;
        }
        // A spread (`append(tables, more...)`) adds what another slice holds.
        return items.Skip(1).All(i => appended.Substring(i.Start, i.Length) is var item && (Literal().IsMatch(item) || IsLiteralOfLiterals(item)))
            && Slice(function, appended.Substring(items[0].Start, items[0].Length), open + 1 + items[0].Start);
    }

    /// <summary>A slice the function fills with literals, or one the package declares with literals and never changes.</summary>
    private static bool Slice(Function function, string name, int at) =>
        FilledWithLiterals(function, name, at) || function.Expressions.IsUnchangedLiteralSlice(name);

    /// <summary>
    /// Whether every mention of <paramref name="slice"/> in the function, but the <c>range</c> at <paramref name="range"/>,
    /// is its declaration without a value, an <c>append</c> of literals to it, or an assignment of a literal of literals,
    /// and there is one at least. A name scanned from a row of the database's own list of tables may be appended too
    /// (<see cref="GoCatalogNames.ScannedFromCatalog"/>).
    /// </summary>
    private static bool FilledWithLiterals(Function function, string slice, int range)
    {
        // The whole function: a loop around the place may give the slice other values after it.
        var body = function.Whole;
        var name = Regex.Escape(slice);
        var filled = false;
        var skip = -1;
        foreach (Match mention in Regex.Matches(body, $@"(?<![\w.]){name}\b", RegexOptions.None, Timeout))
        {
            if (mention.Index == skip || mention.Index == range)
            {
                continue;
            }
            var end = mention.Index + mention.Length;
            var lineEnd = body.IndexOf('\n', end) is var newline and >= 0 ? newline : body.Length;
            var rest = body.AsSpan(end, lineEnd - end);
            if (body.AsSpan(0, mention.Index).TrimEnd(' ').EndsWith("var", StringComparison.Ordinal))
            {
                // `var details []ClearDB` declares it empty; `var details = []ClearDB{…}` (a type may stand between) fills it.
                if (rest.IndexOf('=') is var equals and >= 0)
                {
                    end += equals;
                    rest = rest[equals..];
                }
                else
                {
                    continue;
                }
            }
            var assignment = rest.TrimStart(' ');
            var operator_ = assignment.StartsWith(":=", StringComparison.Ordinal) ? 2
                : assignment.StartsWith('=') && !assignment.StartsWith("==", StringComparison.Ordinal) ? 1 : 0;
            if (operator_ == 0)
            {
                return false;
            }
            var valueStart = end + (rest.Length - assignment.Length) + operator_;
            valueStart += body.AsSpan(valueStart).Length - body.AsSpan(valueStart).TrimStart(' ').Length;
            var value = body.AsSpan(valueStart);
            if (value.StartsWith("append(", StringComparison.Ordinal))
            {
                var appended = CallMatcher.Arguments(body, valueStart + "append".Length).ToString();
                var items = CallMatcher.Split(appended);
                if (items.Count < 2 || !appended.AsSpan(items[0].Start, items[0].Length).SequenceEqual(slice)
                    || !items.Skip(1).All(i => IsLiteralOfLiterals(appended.AsSpan(i.Start, i.Length))
                        || function.ScannedFromCatalog(appended.AsSpan(i.Start, i.Length).Trim())))
                {
                    return false;
                }
                skip = valueStart + "append(".Length + items[0].Start;
            }
            else if (!IsLiteralOfLiterals(CompositeLiteral(value)))
            {
                return false;
            }
            filled = true;
        }
        return filled;
    }

    /// <summary>The composite literal a value starts with (<c>[]T{…}</c>), up to its closing brace; empty when it starts with none.</summary>
    internal static ReadOnlySpan<char> CompositeLiteral(ReadOnlySpan<char> value)
    {
        var brace = value.IndexOf('{');
        var line = value.IndexOf('\n');
        if (brace < 0 || (line >= 0 && line < brace))
        {
            return [];
        }
        // A brace still open where the function's text ends (a closure around the place) is no literal.
        var end = brace + CallMatcher.Arguments(value, brace).Length + 2;
        return end <= value.Length ? value[..end] : [];
    }

    /// <summary><c>common.ClearDB{TableName: "jwt_blacklists", Interval: "168h"}</c>: a literal whose every value is a literal.</summary>
    internal static bool IsLiteralOfLiterals(ReadOnlySpan<char> literal) =>
        literal.Contains('{') && OnlyLiterals().IsMatch(KeysAndTypes().Replace(literal.ToString(), "{"));
}
