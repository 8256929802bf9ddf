using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ShipReady.Catalog;

namespace ShipReady.Facts.Code;

/// <summary>
/// Where the values a Ruby string interpolates come from, when <see cref="ValueOrigin"/> cannot tell in the string's own
/// file: a helper the code calls (<c>length = time_interval(params[:length])</c>, <c>"#{sort_column}"</c>) or a
/// parameter of the method the string is in (a scope's <c>length</c>). Rails code passes request input through such
/// helpers to check it, so whether the string carries input is decided where the helper is written, or where the
/// method is called: those are the questions a hit leaves (<see cref="ValueQuestion"/>), answered after the walk.
/// </summary>
/// <remarks>
/// A parameter is followed one step, to its callers' arguments; a helper to what it returns, and on into the helpers whose
/// result it returns (<c>avatar</c> returning <c>anonymous_avatar(options)</c>) as far as the walks go
/// (<see cref="RubyValueScan.MaxWalks"/>). A value that needs a second parameter stands. Request input in the value
/// stands at once; a binding that hands input to a helper (<c>length = time_interval(params[:length])</c>) is judged by
/// what the helper returns. A record's attribute (<c>issue.lft</c>) already asked about may also be cleared by the
/// schema (<see cref="NumberColumn"/>), unless the record was made from request input.
/// </remarks>
public static partial class RubyValueFlow
{
    /// <summary>Text that shows request input in a value or its binding.</summary>
    private static readonly string[] Input = ["params", "request.", "cookies", "session["];

    /// <summary>How one value was judged in its own file.</summary>
    /// <param name="Stands">The value may carry input, as far as the file shows.</param>
    /// <param name="Question">The question that decides it, when the file cannot.</param>
    public readonly record struct Judgement(bool Stands, ValueQuestion? Question)
    {
        public static Judgement Cleared { get; } = new(false, null);

        public static Judgement Standing { get; } = new(true, null);
    }

    /// <summary>
    /// The questions a hit over <paramref name="index"/> (a string of <paramref name="length"/> characters in the masked
    /// text) leaves: one per interpolation the file cannot judge. Empty when each interpolation is cleared in the file;
    /// null when one of them stands (the hit counts as it is).
    /// </summary>
    /// <param name="value">The hit's <c>value</c> group, judged when the hit's text interpolates nothing (<c>find_by_sql(sql)</c>).</param>
    public static ImmutableArray<ValueQuestion>? Questions(MaskedSource masked, CodePattern pattern, int index, int length, (int Index, int Length)? value = null)
    {
        var questions = ImmutableArray.CreateBuilder<ValueQuestion>();
        var any = false;
        foreach (var (start, count) in Interpolations(masked.CodeAndStrings.Slice(index, length)))
        {
            any = true;
            if (!Collect(masked, pattern, index + start, count, questions, depth: 0))
            {
                return null;
            }
        }
        if (!any && value is var (valueIndex, valueLength))
        {
            any = true;
            if (!Collect(masked, pattern, valueIndex, valueLength, questions, depth: 0))
            {
                return null;
            }
        }
        return any ? questions.Distinct().ToImmutableArray() : null;
    }

    /// <summary>How many times a local built as a string is read into the locals it is built from.</summary>
    private const int MaxPartsDepth = 4;

    /// <summary>
    /// Judges the value, or each part of it when it is a local the method builds as a string (<see cref="RubyBuiltString"/>),
    /// adding the questions left to <paramref name="questions"/>; false when a part stands.
    /// </summary>
    private static bool Collect(MaskedSource masked, CodePattern pattern, int index, int length, ImmutableArray<ValueQuestion>.Builder questions, int depth)
    {
        if (depth < MaxPartsDepth && RubyBuiltString.Parts(masked, index, length) is { } parts)
        {
            return parts.All(part => Collect(masked, pattern, part.Index, part.Length, questions, depth + 1));
        }
        var judgement = Judge(masked, pattern, index, length, followParameters: true);
        if (judgement.Question is { } question)
        {
            questions.Add(question);
        }
        return !judgement.Stands;
    }

    /// <summary>Where each <c>#{…}</c> in the text holds its expression: offsets and lengths within the text.</summary>
    internal static IEnumerable<(int Start, int Length)> Interpolations(ReadOnlySpan<char> text)
    {
        var found = new List<(int, int)>();
        for (var i = text.IndexOf("#{", StringComparison.Ordinal); i >= 0;)
        {
            var start = i + 2;
            var depth = 1;
            var end = start;
            while (end < text.Length && depth > 0)
            {
                depth += text[end] switch { '{' => 1, '}' => -1, _ => 0 };
                end++;
            }
            if (depth != 0)
            {
                break;
            }
            found.Add((start, end - 1 - start));
            var next = text[end..].IndexOf("#{", StringComparison.Ordinal);
            i = next < 0 ? -1 : end + next;
        }
        return found;
    }

    /// <summary>
    /// How the value at <paramref name="index"/> is judged in its own file: cleared (a number, a constant, text the
    /// pattern accepts), standing (request input, or an origin the file does not show), or a question.
    /// </summary>
    /// <param name="followParameters">Whether a parameter may be asked of the callers; not when judging a caller's argument.</param>
    public static Judgement Judge(MaskedSource masked, CodePattern pattern, int index, int length, bool followParameters)
    {
        var judgement = JudgeByOrigin(masked, pattern, index, length, followParameters);
        if (judgement.Question is null)
        {
            // Cleared, or standing on what the file shows (input in the value or its binding): the schema does not change that.
            return judgement;
        }
        // A record's attribute (issue.lft) may be a number the schema says it is, whatever record it is read from.
        var value = RubyReturnValue.WithoutModifier(new string(masked.CodeAndStrings.Slice(index, length))).Trim();
        if (ValueOrigin.ContainsAny(value, Input) || AttributeRead().Match(value) is not { Success: true } read
            || ValueOrigin.Read(masked, index, length).Binding is { } binding && ValueOrigin.ContainsAny(binding, Input))
        {
            // A record made from request input (OpenStruct.new(params…)) is not read from the database.
            return judgement;
        }
        var column = new NumberColumn(read.Groups["attribute"].Value) { Pattern = ValueQuestion.AskedBy(pattern) };
        return new Judgement(false, judgement.Question is { } asked ? new Either(asked, column) { Pattern = ValueQuestion.AskedBy(pattern) } : column);
    }

    private static Judgement JudgeByOrigin(MaskedSource masked, CodePattern pattern, int index, int length, bool followParameters)
    {
        // "#{avatar(user) if user}" is the call's value or nothing.
        var value = RubyReturnValue.WithoutModifier(new string(masked.CodeAndStrings.Slice(index, length))).Trim();
        if (ValueOrigin.ContainsAny(value, Input))
        {
            // "#{params[:id].to_i}", "#{connection.quote(params[:q])}": the request's text does not reach the string.
            return ConvertedWhole(value, pattern.UnlessValue) ? Judgement.Cleared : Judgement.Standing;
        }
        var calls = SafeCalls.For(pattern);
        var origin = ValueOrigin.Read(masked, index, length);
        // What the pattern asks of the hit's value (ifValue: a string built there) was asked of the hit already; the values
        // it is built from, and the arguments its method's callers pass, are judged as any value is.
        if (!origin.Counts(pattern, askIfValue: false) || Constant().IsMatch(value) || Literal().IsMatch(value) || CodeIdentifier().IsMatch(value)
            || calls.IsSafeCall(value))
        {
            return Judgement.Cleared;
        }
        var read = Read().Match(value);
        if (!read.Success)
        {
            // A helper's result: link_to_project(issue.project), format_date(issue.due_date).
            return HelperCalled(value) is { } called ? new Judgement(false, new ReturnedBy(called, null) { Pattern = ValueQuestion.AskedBy(pattern) }) : Judgement.Standing;
        }
        var name = read.Groups["name"].Value;
        var key = read.Groups["key"].Success ? read.Groups["key"].Value : null;
        var (line, _) = masked.Position(index);
        var method = RubyMethods.Enclosing(masked, line);
        if (method is not null && !method.Parameters.Contains(name) && RubyReturnValue.AssignedFromCode(masked, method, name, calls))
        {
            // Every assignment gives it a value the code makes: label ||= l(:field_project), tag = check_box_tag 'id', …
            // An instance variable is asked of the other files too.
            return name[0] == '@' ? new Judgement(false, new IvarFromCode(name) { Pattern = ValueQuestion.AskedBy(pattern) }) : Judgement.Cleared;
        }
        if (origin.BindingLine is { } found && !Binds(masked, found, name))
        {
            // The origin's reading of bindings is made for every language: in Ruby a name interpolated into a hash's
            // string (:join_table => "#{table_name_prefix}…") is not bound there.
            origin = origin with { Binding = null, BindingLine = null };
        }
        if (method is not null && (origin.BindingLine is not { } bound || bound <= method.Line) && method.Parameters.IndexOf(name) is var position and >= 0)
        {
            return followParameters ? new Judgement(false, new PassedTo(method.Name, position, key) { Pattern = ValueQuestion.AskedBy(pattern) }) : Judgement.Standing;
        }
        if (origin.BindingLine is not { } bindingLine || (method is not null && bindingLine < method.Line))
        {
            // Not bound in the method: a call of a method of that name, unless the name is bound in a way the value's
            // origin does not read (a, b = …; x ||= …; |x|).
            if (name[0] == '@' || AssignedIn(masked, method?.Line ?? 1, line, name))
            {
                return Judgement.Standing;
            }
            // A model's own name for its table, or its id, is the code's or the database's: table_name, primary_key, id.
            return key is null && RecordIdentifiers.Contains(value) ? Judgement.Cleared : new Judgement(false, new ReturnedBy(name, key) { Pattern = ValueQuestion.AskedBy(pattern) });
        }
        // A binding made from the code alone (compare = flag ? "not" : "") is cleared; one that calls a helper is judged
        // by the helper, even when it hands the helper request input.
        if (origin.Binding is null || origin.Binding.Contains('\n', StringComparison.Ordinal)
            || ValueOrigin.BindingIn(masked.CodeAndStringsLine(bindingLine), name) is not { } assigned)
        {
            return Judgement.Standing;
        }
        if (RubyReturnValue.BindsFromCode(masked, bindingLine, calls))
        {
            return Judgement.Cleared;
        }
        return HelperCalled(assigned) is { } helper ? new Judgement(false, new ReturnedBy(helper, key) { Pattern = ValueQuestion.AskedBy(pattern) }) : Judgement.Standing;
    }

    /// <summary>
    /// Whether the whole expression is what one of the pattern's safe texts (<c>unlessValue</c>) makes of a value: a
    /// conversion it ends with (<c>params[:id].to_i</c>) or a call around all of it (<c>Integer(params[:n])</c>,
    /// <c>Item.connection.quote(params[:q])</c>). A safe text elsewhere in the expression
    /// (<c>params[:a].to_i + params[:b]</c>, <c>quote(x) + params[:q]</c>) converts only a part.
    /// </summary>
    internal static bool ConvertedWhole(string value, IEnumerable<string> safe)
    {
        foreach (var text in safe)
        {
            if (text.EndsWith('('))
            {
                var at = value.IndexOf(text, StringComparison.Ordinal);
                // Called bare or on a receiver (Integer(x), Item.connection.quote(x)), or on the value itself (x.presence_in(LIST)).
                if (at >= 0 && (Receiver().IsMatch(value.AsSpan(0, at)) || (value[at - 1] == '.' && OneRead(value.AsSpan(0, at - 1))))
                    && at + text.Length - 1 is var open
                    && CallMatcher.Arguments(value, open).Length == value.Length - open - 2)
                {
                    return true;
                }
            }
            else if (text.StartsWith('.') && value.EndsWith(text, StringComparison.Ordinal)
                && value.AsSpan(0, value.Length - text.Length) is var read && OneRead(read.EndsWith('&') ? read[..^1] : read))
            {
                // params[:id].to_i, or params[:id]&.to_i.
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the text is one read, a chain of names, keys and calls with nothing between them outside brackets: <c>params[:id]</c>, not <c>a || params[:id]</c>.</summary>
    private static bool OneRead(ReadOnlySpan<char> text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            depth += c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            // `&.` is a call that passes nil along (params[:id]&.to_i).
            var safeNavigation = c == '&' && i + 1 < text.Length && text[i + 1] == '.';
            if (depth == 0 && !(char.IsLetterOrDigit(c) || c is '_' or '.' or ':' or '@' or ')' or ']' or '}' or '?' or '!' || safeNavigation))
            {
                return false;
            }
        }
        return depth == 0 && text.Length > 0;
    }

    // What may stand before a call that wraps a whole value: nothing, or a receiver (Item.connection., ::Kernel.).
    [GeneratedRegex(@"^(?:(?:::)?[A-Za-z_]\w*(?:::[A-Za-z_]\w*)*\.)*$")]
    private static partial Regex Receiver();

    /// <summary>Whether the line binds the name: assigns it, takes it as a block's parameter, or declares it as a method's.</summary>
    private static bool Binds(MaskedSource masked, int line, string name)
    {
        var code = masked.CodeLine(line);
        return RubyReturnValue.Assigns(code, name) || ValueOrigin.BlockParameter(code, name)
            || (RubyMethods.At(masked, line) is { } declared && declared.Parameters.Contains(name));
    }

    /// <summary>ActiveRecord's names for a model's table and key, read without a receiver inside the model.</summary>
    private static readonly HashSet<string> RecordIdentifiers = new(StringComparer.Ordinal)
    {
        "table_name", "quoted_table_name", "table_name_prefix", "table_name_suffix", "primary_key", "quoted_primary_key", "id",
        // A relation's Arel table, in an association's scope: has_one :token, -> { where("#{table.name}.action = 'api'") }.
        "table.name", "arel_table.name",
    };

    /// <summary>
    /// The method a binding's expression is a single call of (<c>time_interval(params[:length])</c>, <c>sort_column</c>,
    /// <c>Interval.parse(x)</c>), or null when it is anything else: a chain, an operator, request input itself.
    /// </summary>
    internal static string? HelperCalled(string expression)
    {
        var text = expression.Trim().TrimEnd(';').TrimEnd();
        var helper = Helper().Match(text);
        if (!helper.Success || Input.Contains(helper.Groups["method"].Value))
        {
            return null;
        }
        // The bracket after the name must be the one that closes at the end: "a(x).b(y)" is a chain.
        var open = helper.Groups["arguments"];
        return open.Success && CallMatcher.Arguments(text, open.Index).Length != text.Length - open.Index - 2 ? null : helper.Groups["method"].Value;
    }

    /// <summary>Whether <paramref name="name"/> is bound between the lines in a way a value's origin does not read: several names at once, <c>||=</c>, a block or a rescue.</summary>
    private static bool AssignedIn(MaskedSource masked, int fromLine, int toLine, string name)
    {
        var escaped = Regex.Escape(name);
        var bound = new Regex(
            $@"(?<![\w.@$:]){escaped}\s*(?:\|\||&&|[-+*/]|,[^=\n]*)?=(?![=~>])|,\s*{escaped}\s*(?:,[^=\n]*)?=(?![=~>])|\|[^|\n]*(?<![\w]){escaped}(?![\w])[^|\n]*\||=>\s*{escaped}\b",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        for (var l = Math.Max(1, fromLine); l <= toLine; l++)
        {
            var code = masked.CodeLine(l);
            if (code.Contains(name, StringComparison.Ordinal) && bound.IsMatch(code))
            {
                return true;
            }
        }
        return false;
    }

    // A value read from a name, at a hash key or not, and then through calls with no arguments: length[:intv].upcase.
    [GeneratedRegex(@"^(?<name>@?[a-z_]\w*[?!]?)(?:\s*\[\s*(?::(?<key>\w+)|[""'](?<key>\w+)[""'])\s*\])?(?:\s*&?\.[a-z_]\w*[?!]?)*$")]
    private static partial Regex Read();

    // Names the code or the database chose, read on a receiver: Project.table_name, self.primary_key, self.class.name,
    // Issue.name (a class's name), issue.root_id and user.id (keys, integers by Rails' convention).
    [GeneratedRegex(@"^(?:(?:self|(?:::)?[A-Z]\w*(?:::[A-Z]\w*)*|[a-z_]\w*(?:\.[a-z_]\w*)*)\.(?:table_name|quoted_table_name|table_name_prefix|table_name_suffix|primary_key|quoted_primary_key)|(?:(?:self|[a-z_]\w*)\.)*class\.name|(?:::)?[A-Z]\w*(?:::[A-Z]\w*)*\.name|(?:self|[a-z_]\w*)(?:\.[a-z_]\w*)*\.(?:id|[a-z_]\w*_id))$")]
    private static partial Regex CodeIdentifier();

    // One attribute read from a name: issue.lft, @issue.rgt, self.position.
    [GeneratedRegex(@"^@?[a-z_]\w*\.(?<attribute>[a-z_]\w*)$")]
    private static partial Regex AttributeRead();

    // A constant the code holds: TABLE, Config::COLUMN.
    [GeneratedRegex(@"^(?:::)?[A-Z]\w*(?:::[A-Z]\w*)*$")]
    private static partial Regex Constant();

    // A literal a caller passes: "flags", 'name', :name, 10, nil.
    [GeneratedRegex(@"^(?:""[^""#\\]*""|'[^'\\]*'|:[a-z_]\w*|-?\d[\d_]*(?:\.\d+)?|nil|true|false)$")]
    private static partial Regex Literal();

    /// <summary>Whether the text is one Ruby literal: a string without interpolation, a symbol, a number, nil, true or false.</summary>
    internal static bool IsLiteral(string text) => Literal().IsMatch(text);

    // The call of a helper that a binding makes: time_interval(params[:length]), self.sort_column, Interval.parse(x), period.
    [GeneratedRegex(@"^(?:(?:self|(?:::)?[A-Z]\w*(?:::[A-Z]\w*)*)\.)?(?<method>[a-z_]\w*[?!]?)\s*(?<arguments>\(.*\))?$")]
    private static partial Regex Helper();
}
