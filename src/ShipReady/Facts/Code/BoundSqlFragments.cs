using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether the SQL a Python variable holds is joined only from fixed parts and fragments a builder made together with
/// their values: <c>where, params = build_where(filters)</c>, then <c>sql += " WHERE " + where</c> and
/// <c>conn.execute(sql, params)</c>.
/// </summary>
/// <remarks>
/// A builder that returns a fragment beside its values writes placeholders into the fragment and hands the values to
/// the driver; that the sink passes those values on is the sign. Every assignment to the variable in the function,
/// up to the one that starts it with <c>=</c>, must be such a chain: one other part (a lower-case name from anywhere
/// else, a call, an f-string, a <c>%</c>) keeps the finding.
/// </remarks>
public static partial class BoundSqlFragments
{
    /// <summary>How far back the variable's assignments and the fragments' unpacking are looked for.</summary>
    public const int MaxLinesBack = 80;

    /// <summary>
    /// A line that binds a name: <c>=</c> or <c>+=</c>, which are read (<c>op</c>, <c>rhs</c>), or any other form
    /// (an annotated assignment, a walrus, <c>%=</c>), which is not.
    /// </summary>
    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_]\w*)\s*((?<op>\+?=)(?!=)\s*(?<rhs>\S.*)$|:[^=\n]+=|:=|(//|>>|<<|\*\*|[-*/%|&^@])=)")]
    private static partial Regex Binding();

    [GeneratedRegex(@"^[A-Za-z_]\w*$")]
    private static partial Regex Name();

    /// <summary>Longest expression read for one assignment; a longer one is not proven.</summary>
    public const int MaxExpressionLength = 4_000;

    /// <summary>
    /// A tuple unpacked from a call of a builder, named for what it builds: <c>where, params = build_where(f)</c>,
    /// <c>sql, params = compiler.compile(node)</c>. A tuple split from a request (<c>field, value = q.split(":")</c>) is not.
    /// </summary>
    [GeneratedRegex(@"^\s*\(?\s*(?<names>[A-Za-z_]\w*(\s*,\s*[A-Za-z_]\w*)+)\s*,?\s*\)?\s*=\s*(await\s+)?([A-Za-z_]\w*\.)*\w*(build|Build|where|Where|filter|Filter|clause|Clause|compile|sql|Sql|SQL|condition|Condition|criteria|Criteria|predicate|Predicate)\w*\s*\(")]
    private static partial Regex TupleUnpack();

    /// <summary>
    /// True when the variable at <paramref name="valueIndex"/> (the sink's first argument, a name) is built only from
    /// fixed parts and bound fragments whose values the sink call at <paramref name="callOpen"/> passes on.
    /// </summary>
    public static bool Holds(MaskedSource masked, int valueIndex, int valueLength, int callOpen)
    {
        var variable = masked.CodeAndStrings.Slice(valueIndex, valueLength).ToString();
        if (!Name().IsMatch(variable))
        {
            return false;
        }
        var sinkArguments = masked.Code.Slice(callOpen + 1, CallMatcher.Arguments(masked.Code, callOpen).Length);
        var (sinkLine, _) = masked.Position(valueIndex);
        var sinkIndent = PythonClass.Indent(masked.CodeLine(sinkLine));
        var bound = false;
        for (var line = sinkLine - 1; line >= Math.Max(1, sinkLine - MaxLinesBack); line--)
        {
            var code = masked.CodeLine(line);
            if (PythonFunction.Def().IsMatch(code))
            {
                return false;
            }
            if (Binding().Match(code) is not { Success: true } assigned || assigned.Groups["name"].Value != variable)
            {
                continue;
            }
            if (!assigned.Groups["op"].Success)
            {
                // Any other way to change it (%=, an annotated assignment, a walrus) is not read.
                return false;
            }
            // The assignment that starts the SQL must stand where the call does, not in one branch of an if.
            if (assigned.Groups["op"].Value == "=" && PythonClass.Indent(code) > sinkIndent)
            {
                return false;
            }
            var (start, expression) = Unwrapped(masked.Code, masked.LineStart(line) + assigned.Groups["rhs"].Index);
            if (expression < 0)
            {
                return false;
            }
            foreach (var (at, size) in CallMatcher.Split(masked.Code.Slice(start, expression), '+'))
            {
                var operand = masked.CodeAndStrings.Slice(start + at, size).ToString();
                if (SqlConcatenation.IsFixedPart(operand))
                {
                    continue;
                }
                if (!Name().IsMatch(operand) || !UnpackedBesideValues(masked, operand, line, sinkArguments))
                {
                    return false;
                }
                bound = true;
            }
            if (assigned.Groups["op"].Value == "=")
            {
                return bound;
            }
        }
        return false;
    }

    /// <summary>
    /// The expression that starts at <paramref name="start"/>, without brackets wrapped around all of it; a length
    /// of -1 when it runs past <see cref="MaxExpressionLength"/>.
    /// </summary>
    private static (int Start, int Length) Unwrapped(ReadOnlySpan<char> code, int start)
    {
        var length = Expression(code, start);
        if (length > MaxExpressionLength)
        {
            return (start, -1);
        }
        var text = code.Slice(start, length).TrimEnd();
        if (text.StartsWith('(') && CallMatcher.Arguments(code, start).Length == text.Length - 2)
        {
            return (start + 1, text.Length - 2);
        }
        return (start, length);
    }

    /// <summary>
    /// The length of the expression that starts at <paramref name="start"/>: to the end of its line, and on while a
    /// bracket is open or the line ends with <c>+</c> or <c>\</c>.
    /// </summary>
    private static int Expression(ReadOnlySpan<char> code, int start)
    {
        var depth = 0;
        var last = ' ';
        var end = start;
        for (; end < code.Length && end - start <= MaxExpressionLength; end++)
        {
            var c = code[end];
            if (c == '\n' && depth <= 0 && last is not ('+' or '\\'))
            {
                break;
            }
            depth += c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            last = char.IsWhiteSpace(c) ? last : c;
        }
        return end - start;
    }

    /// <summary>
    /// Whether <paramref name="name"/> was last bound, above <paramref name="before"/>, by unpacking a tuple whose
    /// other names the sink passes on (<c>where, params = …</c> and <c>execute(sql, params)</c>).
    /// </summary>
    private static bool UnpackedBesideValues(MaskedSource masked, string name, int before, ReadOnlySpan<char> sinkArguments)
    {
        for (var line = before - 1; line >= Math.Max(1, before - MaxLinesBack); line--)
        {
            var code = masked.CodeLine(line);
            if (PythonFunction.Def().IsMatch(code))
            {
                return false;
            }
            if (TupleUnpack().Match(code) is { Success: true } unpack)
            {
                var names = unpack.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries);
                if (names.Contains(name, StringComparer.Ordinal))
                {
                    foreach (var other in names)
                    {
                        if (other != name && CallMatcher.ContainsWord(sinkArguments, other))
                        {
                            return true;
                        }
                    }
                    return false;
                }
            }
            if (ValueOrigin.BindingIn(code, name) is not null)
            {
                return false;
            }
        }
        return false;
    }
}
