using System.Buffers;
using System.Collections.Immutable;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ShipReady.Catalog;
using ShipReady.Inventory;
using ShipReady.Model;

namespace ShipReady.Facts.Code;

/// <summary>
/// Runs the catalog's code patterns over a file: where each prefilter literal first occurs decides
/// whether the file is worth lexing at all, and each pattern whose literals occur runs over the
/// masked text from the line of its first literal. A pattern with a <c>before</c> text begins at its literal, and
/// its hit is moved back to where the text in front of it starts.
/// </summary>
public sealed partial class PatternScanner
{
    private readonly FrozenDictionary<Language, LanguagePatterns> _byLanguage;

    /// <summary>A language's patterns, its prefilter, and each pattern's literals by their number in the prefilter.</summary>
    private sealed class LanguagePatterns
    {
        public LanguagePatterns(CodePattern[] patterns)
        {
            Patterns = patterns;
            Prefilter = new LiteralSet(patterns.SelectMany(p => p.Prefilter));
            LiteralIds = [.. patterns.Select(p => p.Prefilter.Select(Prefilter.IdOf).ToArray())];
            IfFile = [.. patterns.Select(p => Search(p.IfFile))];
            UnlessFile = [.. patterns.Select(p => Search(p.UnlessFile))];
            UnlessPackage = [.. patterns.Select(p => Search(p.UnlessPackage))];
        }

        /// <summary>
        /// A pattern's file conditions, each searched for in one pass over the file: a pattern names four texts
        /// on average, and the file was read once per text.
        /// </summary>
        private static SearchValues<string>? Search(ImmutableArray<string> texts) =>
            texts.IsEmpty ? null : SearchValues.Create([.. texts], StringComparison.Ordinal);

        public CodePattern[] Patterns { get; }

        public LiteralSet Prefilter { get; }

        /// <summary>For each pattern, in the same order, the numbers of its literals in <see cref="Prefilter"/>.</summary>
        public int[][] LiteralIds { get; }

        /// <summary>For each pattern, in the same order, the texts one of which the file must hold; null when none is asked for.</summary>
        public SearchValues<string>?[] IfFile { get; }

        /// <summary>For each pattern, in the same order, the texts any of which clears the file; null when none is given.</summary>
        public SearchValues<string>?[] UnlessFile { get; }

        /// <summary>For each pattern, in the same order, the texts any of which in the file or its Go package clears the file; null when none is given.</summary>
        public SearchValues<string>?[] UnlessPackage { get; }
    }

    /// <remarks>Patterns a dependency clears run too; their hits are dropped once the manifests are all read (see <see cref="TreeScan"/>).</remarks>
    public PatternScanner(IEnumerable<CodePattern> patterns)
    {
        _byLanguage = patterns
            .SelectMany(p => p.Languages.Select(l => (Language: l, Pattern: p)))
            .GroupBy(x => x.Language)
            .ToFrozenDictionary(g => g.Key, g => new LanguagePatterns([.. g.Select(x => x.Pattern)]));
    }

    /// <summary>Every literal the prefilter looks for, per language: what a plain text search would need to find.</summary>
    public IReadOnlyDictionary<Language, IReadOnlyList<string>> Literals =>
        _byLanguage.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.Patterns.SelectMany(p => p.Prefilter).Distinct().Order(StringComparer.Ordinal).ToList());

    public bool Reads(Language language) => _byLanguage.ContainsKey(language);

    public IReadOnlyList<CodeHit> Scan(SourceFile file, string text) => Scan(file, text.AsMemory());

    /// <summary>The hits in a file's text, which may live in a pooled buffer: nothing returned refers to it.</summary>
    /// <param name="goPackage">
    /// For a Go file, the declarations of the package it names, the file's own among them, asked only when a query
    /// pastes in a value the file does not fix; null, or null returned, reads the file alone.
    /// </param>
    /// <param name="goPackageHolds">
    /// For a Go file, whether a file of the package it names holds one of the texts, asked at the first hit of a pattern
    /// with an <c>unlessPackage</c> its own file does not settle; null reads the file alone.
    /// </param>
    public IReadOnlyList<CodeHit> Scan(SourceFile file, ReadOnlyMemory<char> text, Func<string, GoDeclarations?>? goPackage = null,
        Func<string, SearchValues<string>, bool>? goPackageHolds = null)
    {
        if (file.Language is not { } language || !_byLanguage.TryGetValue(language, out var set))
        {
            return [];
        }
        // One slot per literal of the language: a few hundred, so a user's catalog that adds thousands goes to the heap.
        var occurrences = set.Prefilter.Count <= 1024 ? stackalloc int[set.Prefilter.Count] : new int[set.Prefilter.Count];
        if (!set.Prefilter.FindFirst(text.Span, occurrences))
        {
            return [];
        }
        // The mask and its views are written at the first pattern that needs them, into pooled buffers given back here.
        MaskedSource? masked = null;
        try
        {
            return Hits(file, text, language, set, occurrences, goPackage, goPackageHolds, ref masked);
        }
        finally
        {
            masked?.Dispose();
        }
    }

    /// <summary>The reading a Go file's hits share, made at the first hit that needs it.</summary>
    private static GoFileReading GoReading(Func<string, GoDeclarations?>? goPackage, MaskedSource masked, ref GoFileReading? reading) =>
        reading ??= new GoFileReading(masked, goPackage is null ? null : () => GoDeclarations.PackageName(masked.CodeText) is { } name ? goPackage(name) : null);

    private static IReadOnlyList<CodeHit> Hits(SourceFile file, ReadOnlyMemory<char> text, Language language, LanguagePatterns set, ReadOnlySpan<int> occurrences,
        Func<string, GoDeclarations?>? goPackage, Func<string, SearchValues<string>, bool>? goPackageHolds, ref MaskedSource? masked)
    {
        var patterns = set.Patterns;
        var literalIds = set.LiteralIds;
        List<CodeHit>? hits = null;
        // One hit per pattern and line. Not per control: a pattern that only shows the control applies, or
        // is met, must not hide a violation on the same line; the detector merges a control's violations by place.
        // The hit set, like the hit list, is made at the first hit, and the match list at the first pattern tried:
        // most files read here have a literal and no hit.
        HashSet<(string Control, string Pattern, int Line)>? seen = null;
        bool? clientModule = null;
        bool? callsHooks = null;
        Dictionary<string, bool>? assignedNames = null;
        GoFileReading? goReading = null;
        List<(int Index, int Length, int Value, int ValueLength)>? matches = null;
        for (var p = 0; p < patterns.Length; p++)
        {
            var pattern = patterns[p];
            var first = FirstOf(literalIds[p], occurrences);
            if (first < 0 || !pattern.ReadsPath(file.Path))
            {
                continue;
            }
            masked ??= CodeMasker.Mask(text, language);
            if (pattern.UnlessBrowserPackage && (clientModule ??= ReactComponents.ClientModule(masked)) == true)
            {
                // A React module marked "use client" runs in the page, as a browser package's code does.
                continue;
            }
            // File conditions read the code and its strings, not its comments: "TODO: set timeout:" clears nothing.
            // Text missing from the file as written is missing from that view too, so the view is written only
            // when the file itself holds one of the texts.
            if ((set.IfFile[p] is { } ifFile && !(text.Span.ContainsAny(ifFile) && masked.CodeAndStrings.ContainsAny(ifFile)))
                || (set.UnlessFile[p] is { } unlessFile && text.Span.ContainsAny(unlessFile) && masked.CodeAndStrings.ContainsAny(unlessFile)))
            {
                continue;
            }
            if (set.UnlessPackage[p] is { } unlessPackage && text.Span.ContainsAny(unlessPackage) && masked.CodeAndStrings.ContainsAny(unlessPackage))
            {
                continue;
            }
            // The other files of the package are read only when the file has a hit to clear, once per pattern.
            bool? packageClears = null;
            // A match holds one of the pattern's literals, so nothing before the line of the first one can start it.
            var from = text.Span[..(first + 1)].LastIndexOf('\n') + 1;
            matches ??= [];
            Matches(pattern, masked, from, matches);
            foreach (var (at, matchLength, valueAt, valueLength) in matches)
            {
                var index = from + at;
                var length = matchLength;
                if (pattern.Before is { } before)
                {
                    var start = StartOfBefore(before, masked, pattern.KeepStrings, from, index);
                    if (start < 0)
                    {
                        continue;
                    }
                    length += index - start;
                    index = start;
                }
                if (pattern.IsCall ? !IsCall(pattern, masked, language, index, length) : ArgumentsClear(pattern, masked, language, index, length))
                {
                    continue;
                }
                if (pattern.UnlessRaced && ScriptRace.AgainstTimer(masked.Code, index, CallMatcher.FirstOpened(masked.Code, index, length)))
                {
                    continue;
                }
                var (line, column) = masked.Position(index);
                if (pattern.UnlessLine.Length > 0 && ContainsAny(LineWithArguments(masked, line), pattern.UnlessLine))
                {
                    continue;
                }
                if (pattern.UnlessRelativeAddress && RelativeAddress.FirstArgument(masked, index + length - 1, assignedNames ??= []))
                {
                    continue;
                }
                // Whether the file calls a hook at all is asked once: a generated file of thousands of calls and no component
                // would otherwise read back from each of them.
                if (pattern.UnlessBrowserPackage && language is Language.JavaScript or Language.TypeScript
                    && (callsHooks ??= ReactComponents.CallsHooks(masked)) && ReactComponents.Encloses(masked, index))
                {
                    // A handler or effect inside a React component runs in the page, as a browser package's code does.
                    continue;
                }
                if ((pattern.UnlessClass.Length > 0 || pattern.InClass) && PythonClass.Enclosing(masked, line) is var owner
                    && (owner is null ? pattern.InClass : PythonClass.NameHasWord(owner, pattern.UnlessClass)))
                {
                    continue;
                }
                if (pattern.UnlessDecorator.Length > 0 && PythonFunction.EnclosingDecoratedWith(masked, line, pattern.UnlessDecorator))
                {
                    continue;
                }
                if (pattern.UnlessClickCommand && PythonFunction.EnclosingClickCommand(masked, line))
                {
                    continue;
                }
                if (pattern.UnlessSignInSkipped && RailsSignInSkip.Covers(masked, line))
                {
                    continue;
                }
                if (pattern.UnlessFunction.Length > 0 && PythonFunction.Enclosing(masked, line) is { } function
                    && PythonClass.NameHasWord(function, pattern.UnlessFunction))
                {
                    continue;
                }
                if (pattern.IfFunction.Length > 0 && PythonFunction.DecoratedHolds(masked, line, pattern.IfFunction) == false)
                {
                    continue;
                }
                if (pattern.UnlessFixedParts && language switch
                    {
                        Language.Go => GoFixedValues.Only(masked, index, length, GoReading(goPackage, masked, ref goReading)),
                        Language.CSharp => CSharpFixedSql.Only(masked, index, length),
                        _ => SqlConcatenation.OnlyFixedParts(masked, index, length, language),
                    })
                {
                    continue;
                }
                if (pattern.UnlessBoundFragments && valueAt >= 0 && CallMatcher.FirstOpened(masked.Code, index, length) is var open and >= 0
                    && BoundSqlFragments.Holds(masked, from + valueAt, valueLength, open))
                {
                    continue;
                }
                if (pattern.UnlessPlaceholderLists && SqlPlaceholderLists.Hold(masked, language, index, length, valueAt >= 0 ? from + valueAt : -1, valueLength))
                {
                    continue;
                }
                if ((pattern.IfCall.Length > 0 || pattern.UnlessCall.Length > 0) && !CallCounts(pattern, masked, index))
                {
                    continue;
                }
                if (pattern.UnlessJsonValue && JsonCookieValue.HoldsOnlyData(masked, index, pattern.IfCall))
                {
                    continue;
                }
                if ((pattern.IfLiteral.Length > 0 || pattern.UnlessLiteral.Length > 0) && !LiteralCounts(pattern, masked, index))
                {
                    continue;
                }
                if ((pattern.IfFunctionText.Length > 0 || pattern.UnlessFunctionText.Length > 0) && !FunctionTextCounts(pattern, masked, index))
                {
                    continue;
                }
                if (pattern.Interpolated != InterpolatedSql.Any
                    && SqlTemplateNames.OnlyNames(masked.CodeAndStrings, index, length) is var names
                    && (pattern.Interpolated == InterpolatedSql.Names ? names != true : names == true))
                {
                    continue;
                }
                if (pattern.UnlessGuard is { } guard && GuardingConditions.Holds(guard.Value, masked, language, index))
                {
                    continue;
                }
                if (pattern.UnlessRunAfter.Length > 0 && language == Language.CSharp && CSharpRunBefore.Ran(masked, index, pattern.UnlessRunAfter))
                {
                    continue;
                }
                if (pattern.UnlessElseOf is { } elseOf && GuardingConditions.ElseOf(masked, language, index).Any(elseOf.Value.IsMatch))
                {
                    continue;
                }
                if (pattern.UnlessBoundTo.Length > 0 && ScriptBoundObject.NameAround(masked.CodeText, index) is { } bound
                    && ScriptBoundObject.NameSays(bound, pattern.UnlessBoundTo))
                {
                    continue;
                }
                if (pattern.FollowsValue
                    && (valueAt < 0 ? !pattern.IfValue.IsEmpty : !ValueOrigin.Read(masked, from + valueAt, valueLength).Counts(pattern, askUnlessValue: !(language == Language.Ruby && pattern.FollowCalls),
                        serverFragments: pattern.UnlessServerFragment && !ServerFragment.SetsBaseAddress(masked.CodeAndStrings))))
                {
                    continue;
                }
                ImmutableArray<PassedTo>? scriptCallers = null;
                if (pattern.FollowCalls && language is Language.JavaScript or Language.TypeScript && valueAt >= 0)
                {
                    var judgement = ScriptValueFlow.Judge(masked, pattern, ScriptValueFlow.ValueText(masked, from + valueAt, valueLength), line);
                    if (judgement.IsFixed)
                    {
                        continue;
                    }
                    scriptCallers = judgement.Stands ? null : judgement.Asks;
                }
                ImmutableArray<string>? pythonHelpers = null;
                if (pattern.FollowCalls && language == Language.Python)
                {
                    var judgement = PythonMarkupValue.JudgeCall(masked, pattern, index, length);
                    if (judgement.IsFixed)
                    {
                        continue;
                    }
                    pythonHelpers = judgement.Stands ? null : judgement.Helpers;
                }
                ImmutableArray<PassedTo>? goCallers = null;
                if (pattern.FollowCalls && language == Language.Go)
                {
                    goCallers = GoValueFlow.Questions(masked, index, length, GoReading(goPackage, masked, ref goReading));
                }
                ImmutableArray<ValueQuestion>? questions = null;
                if (pattern.FollowCalls && language == Language.Ruby)
                {
                    questions = RubyValueFlow.Questions(masked, pattern, index, length, valueAt >= 0 ? (from + valueAt, valueLength) : null);
                    if (questions is { IsEmpty: true })
                    {
                        // Every value the string takes is made by the code in this file.
                        continue;
                    }
                }
                if (pattern.UnlessDefined && valueAt >= 0 && DefinedMethod(masked, from + valueAt, valueLength) is { } method)
                {
                    questions = [new DefinedOutsideModels(method) { Pattern = ValueQuestion.AskedBy(pattern) }];
                }
                if (set.UnlessPackage[p] is { } inPackage && language == Language.Go && goPackageHolds is not null
                    && (packageClears ??= GoDeclarations.PackageName(masked.CodeText) is { } packageName && goPackageHolds(packageName, inPackage)))
                {
                    continue;
                }
                if (!(seen ??= []).Add((pattern.ControlId, pattern.Id, line)))
                {
                    if (scriptCallers is not { } callers)
                    {
                        Settle(hits!, pattern, line, h => h with { ScriptCallers = null });
                    }
                    else
                    {
                        Settle(hits!, pattern, line, h => h.ScriptCallers is { } asked ? h with { ScriptCallers = [.. asked.Union(callers)] } : h);
                    }
                    if (pythonHelpers is not { } helpers)
                    {
                        Settle(hits!, pattern, line, h => h with { PythonHelpers = null });
                    }
                    else
                    {
                        Settle(hits!, pattern, line, h => h.PythonHelpers is { } asked ? h with { PythonHelpers = [.. asked.Union(helpers)] } : h);
                    }
                    if (goCallers is not { } pasted)
                    {
                        Settle(hits!, pattern, line, h => h with { GoCallers = null });
                    }
                    else
                    {
                        Settle(hits!, pattern, line, h => h.GoCallers is { } asked ? h with { GoCallers = [.. asked.Union(pasted)] } : h);
                    }
                    if (questions is not { } more)
                    {
                        // A second string on the line stands: so does the line's hit, whatever the first one asked.
                        Settle(hits!, pattern, line, h => h with { Questions = null });
                    }
                    else
                    {
                        Settle(hits!, pattern, line, h => h.Questions is { } asked ? h with { Questions = [.. asked.Union(more)] } : h);
                    }
                    continue;
                }
                var snippet = Snippet.FromLine(masked.LineText(line));
                (hits ??= []).Add(new CodeHit(pattern.ControlId, pattern.Id, new Location(file.Path, line, column), snippet, pattern.Message)
                {
                    ReachedThrough = pattern.FollowsCallers && language == Language.CSharp ? Callers(pattern, masked, index) : null,
                    Questions = questions,
                    ScriptCallers = scriptCallers,
                    GoCallers = goCallers,
                    PythonHelpers = pythonHelpers,
                    ForwardedFrom = pattern.ReadsArguments && language == Language.CSharp && ArgumentsOpen(pattern, masked.Code, index, length) is var opened and >= 0
                        ? ForwardedArguments.Of(masked.Code, index, opened)
                        : null,
                    UnderMainGuard = pattern.UnlessServedBy.Length > 0 && language == Language.Python
                        && GuardingConditions.Holds(MainGuard(), masked, language, index),
                    InGraphqlView = pattern.UnlessReadOnlyGraphql && language == Language.Python && PythonGraphqlSchemas.InGraphqlView(masked, line),
                });
            }
        }
        return hits ?? [];
    }

    /// <summary>
    /// Writes into <paramref name="matches"/> where the pattern matches, from <paramref name="from"/> on (offsets
    /// relative to it), with where its <c>value</c> group starts (else -1) and its length when the pattern follows values.
    /// </summary>
    private static void Matches(CodePattern pattern, MaskedSource masked, int from, List<(int Index, int Length, int Value, int ValueLength)> matches) =>
        OnEitherEngine(pattern.Precompiled, pattern.Matcher, (pattern, masked, from, matches),
            static (regex, state) => Collect(regex, state.pattern, state.masked, state.from, state.matches));

    /// <summary>The view a pattern reads: the code alone, or with its strings.</summary>
    private static ReadOnlySpan<char> Subject(MaskedSource masked, bool keepStrings) => keepStrings ? masked.CodeAndStrings : masked.Code;

    /// <summary>
    /// Reads with the precompiled matcher when there is one, and again with the non-backtracking engine when
    /// there is none or when the precompiled one times out on this file.
    /// </summary>
    /// <remarks>The state is passed along rather than captured, so that the call allocates nothing per file and pattern.</remarks>
    private static T OnEitherEngine<TState, T>(Regex? precompiled, Lazy<Regex> linear, TState state, Func<Regex, TState, T> read)
    {
        if (precompiled is not null)
        {
            try
            {
                return read(precompiled, state);
            }
            catch (RegexMatchTimeoutException)
            {
                // Read it again on the engine that cannot time out.
            }
        }
        return read(linear.Value, state);
    }

    /// <summary>Fills <paramref name="matches"/>, emptied first (a read that timed out may have left some behind), and gives their number.</summary>
    private static int Collect(Regex regex, CodePattern pattern, MaskedSource masked, int from, List<(int Index, int Length, int Value, int ValueLength)> matches)
    {
        matches.Clear();
        var view = Subject(masked, pattern.KeepStrings)[from..];
        if (!pattern.FollowsValue && !pattern.UnlessDefined && !pattern.FollowCalls)
        {
            // The common case needs no groups, and enumerating without them allocates nothing per match.
            foreach (var match in regex.EnumerateMatches(view))
            {
                matches.Add((match.Index, match.Length, -1, 0));
            }
            return matches.Count;
        }
        // Groups are only read on a string, so the view is copied into one only for a file where the pattern matches.
        if (!regex.IsMatch(view))
        {
            return matches.Count;
        }
        var subject = pattern.KeepStrings ? masked.CodeAndStringsText : masked.CodeText;
        // Match(input, beginning, length) sees only the range, as the span above does, without copying the file;
        // its indices are the input's, so they are made relative to the range like the span's.
        for (var match = regex.Match(subject, from, subject.Length - from); match.Success; match = match.NextMatch())
        {
            var value = match.Groups["value"];
            matches.Add((match.Index - from, match.Length, value.Success ? value.Index - from : -1, value.Success ? value.Length : 0));
        }
        return matches.Count;
    }

    /// <summary>
    /// Where the text that the match at <paramref name="index"/> must directly follow starts, read at most
    /// <see cref="BeforeExpression.Reach"/> characters back and not before <paramref name="from"/>; -1 when the text
    /// there is not what the pattern asks for.
    /// </summary>
    private static int StartOfBefore(BeforeExpression before, MaskedSource masked, bool keepStrings, int from, int index)
    {
        var windowStart = Math.Max(from, index - BeforeExpression.Reach);
        return OnEitherEngine(before.Precompiled, before.Matcher, (masked, keepStrings, windowStart, index), static (regex, state) =>
        {
            foreach (var match in regex.EnumerateMatches(Subject(state.masked, state.keepStrings)[state.windowStart..state.index]))
            {
                return state.windowStart + match.Index;
            }
            return -1;
        });
    }

    /// <summary>The method a value's chain of calls ends in (<c>gantt.subjects</c>: <c>subjects</c>); null for a bare name.</summary>
    private static string? DefinedMethod(MaskedSource masked, int index, int length)
    {
        var value = masked.Code.Slice(index, length).Trim();
        var dot = value.LastIndexOf('.');
        if (dot <= 0 || dot == value.Length - 1)
        {
            return null;
        }
        var name = value[(dot + 1)..];
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return null;
            }
        }
        return char.IsAsciiLetterLower(name[0]) || name[0] == '_' ? new string(name) : null;
    }

    /// <summary>Replaces the pattern's hit on the line with what <paramref name="change"/> makes of it.</summary>
    private static void Settle(List<CodeHit> hits, CodePattern pattern, int line, Func<CodeHit, CodeHit> change)
    {
        var at = hits.FindIndex(h => h.PatternId == pattern.Id && h.ControlId == pattern.ControlId && h.Location.Line == line);
        if (at >= 0)
        {
            hits[at] = change(hits[at]);
        }
    }

    /// <summary>The methods of a C# file a pattern's hit is reached through, following the calls no guard clears.</summary>
    private static CallerChain? Callers(CodePattern pattern, MaskedSource masked, int index) =>
        CallerChain.Of(masked, index, site => Cleared(pattern, masked, site));

    /// <summary>Whether a C# call on the way to a hit runs only where the pattern's guard holds, or after what clears it.</summary>
    internal static bool Cleared(CodePattern pattern, MaskedSource masked, int site) =>
        (pattern.UnlessGuard is { } guard && GuardingConditions.Holds(guard.Value, masked, Language.CSharp, site))
        || (pattern.UnlessRunAfter.Length > 0 && CSharpRunBefore.Ran(masked, site, pattern.UnlessRunAfter));

    private static bool ContainsAny(ReadOnlySpan<char> text, ImmutableArray<string> values)
    {
        foreach (var value in values)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The offset of the first of the pattern's literals in the file, or -1 when none occurs.</summary>
    private static int FirstOf(int[] literalIds, ReadOnlySpan<int> occurrences)
    {
        var first = int.MaxValue;
        foreach (var id in literalIds)
        {
            var at = occurrences[id];
            if (at >= 0 && at < first)
            {
                first = at;
            }
        }
        return first == int.MaxValue ? -1 : first;
    }

    private static bool IsCall(CodePattern pattern, MaskedSource masked, Language language, int index, int length)
    {
        var code = masked.Code;
        // The callee must start a name: "xfetch(" and "a.fetch(" are other functions.
        if (index > 0 && CallMatcher.IsWordChar(code[index]) && (CallMatcher.IsWordChar(code[index - 1]) || code[index - 1] == '.'))
        {
            return false;
        }
        var arguments = CallMatcher.Arguments(code, index + length - 1);
        if (Declares(code, language, index, index + length + arguments.Length + 1))
        {
            return false;
        }
        return !pattern.ClearedByArguments(arguments) && !NamedObjectsClear(pattern, masked, language, arguments, index);
    }

    /// <summary>
    /// JavaScript and TypeScript: an argument that is a name (<c>jwt.sign(payload, secret)</c>, <c>fetch(url, options)</c>)
    /// is read as the object literal its nearest binding above assigns, when it does: a word of <c>unlessArgs</c> among
    /// that object's keys and values clears the call as if written in it.
    /// </summary>
    private static bool NamedObjectsClear(CodePattern pattern, MaskedSource masked, Language language, ReadOnlySpan<char> arguments, int index)
    {
        if (language is not (Language.JavaScript or Language.TypeScript) || !pattern.ReadsArguments)
        {
            return false;
        }
        var line = 0;
        foreach (var (start, length) in CallMatcher.Split(arguments))
        {
            var argument = arguments.Slice(start, length);
            if (!IsName(argument))
            {
                continue;
            }
            line = line > 0 ? line : masked.Position(index).Line;
            if (ScriptValueFlow.ObjectBoundTo(masked, argument.ToString(), line) is var open and >= 0
                && pattern.ClearedByArguments(CallMatcher.Arguments(masked.Code, open)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || char.IsDigit(text[0]))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!CallMatcher.IsWordChar(c))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly string[] DeclaringWords = ["function", "def", "func", "fn"];

    /// <summary>
    /// Whether the name at <paramref name="index"/> is declared there rather than called: a keyword that declares a
    /// function before it (<c>function fetch(</c>, <c>def get(</c>), a body after its parameters, or a TypeScript
    /// return type after them (<c>public async fetch(input: RequestInfo): Promise&lt;Response&gt; {</c>, an interface's
    /// <c>fetch(input: string): Promise&lt;Response&gt;;</c>). A wrapper
    /// named for the call it wraps is judged by the call inside it. A Ruby block after a call (<c>fetch(key) { … }</c>)
    /// is not a body.
    /// </summary>
    private static bool Declares(ReadOnlySpan<char> code, Language language, int index, int afterArguments)
    {
        var before = code[..index].TrimEnd(" \t");
        foreach (var word in DeclaringWords)
        {
            if (before.EndsWith(word, StringComparison.Ordinal) && (before.Length == word.Length || !CallMatcher.IsWordChar(before[^(word.Length + 1)])))
            {
                return true;
            }
        }
        if (language == Language.Ruby || afterArguments >= code.Length)
        {
            return false;
        }
        var rest = code[afterArguments..];
        var lineEnd = rest.IndexOf('\n');
        var line = (lineEnd < 0 ? rest : rest[..lineEnd]).TrimStart(" \t");
        if (line.StartsWith("{"))
        {
            return true;
        }
        // A colon right after the parameters starts a return type: a method with a body, or a signature in an interface or
        // a type literal (`fetch(input: string): Promise<Map<string, T>>;`). After a call, TypeScript puts a colon only in
        // a conditional, `cond ? fetch(a) : other`, where it opens the other branch.
        var lineStart = code[..index].LastIndexOf('\n') + 1;
        return line.StartsWith(":") && language is (Language.TypeScript or Language.JavaScript) && !code[lineStart..index].Contains('?');
    }

    /// <summary>
    /// Whether the calls a hit sits in let it count. Read out through up to <see cref="EnclosingCall.MaxCallsOut"/>
    /// calls, so that options merged by a helper (<c>res.cookie("token", t, Object.assign({}, base, { httpOnly: false }))</c>)
    /// are judged by the call they go to: none holds a text of unlessCall before the hit (the cookie's name and the
    /// callee come before its options; a later option says nothing about them), and one holds a text of ifCall. A hit
    /// in no call counts.
    /// </summary>
    private static bool CallCounts(CodePattern pattern, MaskedSource masked, int index)
    {
        if (EnclosingCall.Around(masked.Code, index) is not var (start, end))
        {
            return true;
        }
        var counts = pattern.IfCall.IsEmpty;
        var inner = index;
        for (var outward = 0; outward < EnclosingCall.MaxCallsOut; outward++)
        {
            // The innermost call is read up to the hit, through its objects; a call further out only in its own
            // arguments before the call inside it, so that a sibling call's options (another cookie's name in the same
            // object) are not taken for this one's.
            ReadOnlySpan<char> before = outward == 0 ? masked.CodeAndStrings[start..index] : OwnArguments(masked, start, inner);
            if (ContainsAny(before, pattern.UnlessCall))
            {
                return false;
            }
            counts = counts || ContainsAny(masked.CodeAndStrings[start..end], pattern.IfCall);
            if (EnclosingCall.Around(masked.Code, start) is not var (outerStart, outerEnd))
            {
                break;
            }
            inner = start;
            (start, end) = (outerStart, outerEnd);
        }
        return counts;
    }

    /// <summary>
    /// The text of a call from its callee to <paramref name="end"/>, without what nested brackets hold: the callee and
    /// the arguments written at the call's own level.
    /// </summary>
    private static string OwnArguments(MaskedSource masked, int start, int end)
    {
        var code = masked.Code;
        var text = masked.CodeAndStrings;
        var own = new System.Text.StringBuilder(end - start);
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var c = code[i];
            if (c is ')' or ']' or '}')
            {
                depth--;
            }
            if (depth <= 1)
            {
                own.Append(text[i]);
            }
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
        }
        return own.ToString();
    }

    /// <summary>
    /// A Go pattern's <c>ifLiteral</c> and <c>unlessLiteral</c>: a field (a cookie's flag) is judged by the whole
    /// literal it is set in, whose other fields (the cookie's name) may come before or after it. A hit in no literal
    /// does not count: the field means nothing without its owner.
    /// </summary>
    private static bool LiteralCounts(CodePattern pattern, MaskedSource masked, int index) =>
        GoStructLiteral.Around(masked.Code, index) is var (start, end)
        && GoTextCounts(new string(masked.CodeAndStrings[start..end]), pattern.IfLiteral, pattern.UnlessLiteral);

    /// <summary>
    /// A Go pattern's <c>ifFunctionText</c> and <c>unlessFunctionText</c>: what the function did before the hit (opened
    /// a read-only transaction) says what the hit can do.
    /// </summary>
    private static bool FunctionTextCounts(CodePattern pattern, MaskedSource masked, int index) =>
        GoFunction.TextBefore(masked, index) is { } text
            ? GoTextCounts(text, pattern.IfFunctionText, pattern.UnlessFunctionText)
            : pattern.IfFunctionText.IsEmpty;

    /// <summary>
    /// Whether Go text holds none of <paramref name="unlessTexts"/> and, when there are any, one of
    /// <paramref name="ifTexts"/>. Runs of spaces are read as one, since gofmt aligns the values of a literal's fields
    /// (<c>ReadOnly:  true</c>, <c>MaxAge:   -1</c>).
    /// </summary>
    private static bool GoTextCounts(string text, ImmutableArray<string> ifTexts, ImmutableArray<string> unlessTexts)
    {
        var collapsed = GoStructLiteral.Spaces().Replace(text, " ");
        return !ContainsAny(collapsed, unlessTexts) && (ifTexts.IsEmpty || ContainsAny(collapsed, ifTexts));
    }

    /// <summary>
    /// A regex pattern's <c>unlessArgs</c>: a word in the argument list of the first bracket the match opens in code
    /// (strings and comments blanked, so a bracket in SQL text is not it) clears the hit. A match that opens no
    /// bracket (<c>CommandText = $"..."</c>) has no argument list and keeps its hit.
    /// </summary>
    private static bool ArgumentsClear(CodePattern pattern, MaskedSource masked, Language language, int index, int length)
    {
        if (!pattern.ReadsArguments)
        {
            return false;
        }
        var code = masked.Code;
        var open = CallMatcher.FirstOpened(code, index, length);
        if (open < 0)
        {
            return false;
        }
        var arguments = CallMatcher.Arguments(code, open);
        return pattern.ClearedByArguments(arguments) || NamedObjectsClear(pattern, masked, language, arguments, index);
    }

    /// <summary>The <c>(</c> of the hit's call whose arguments the pattern reads: a call pattern's own, or the first a regex's match opens; -1 when none.</summary>
    private static int ArgumentsOpen(CodePattern pattern, ReadOnlySpan<char> code, int index, int length) =>
        pattern.IsCall ? index + length - 1 : CallMatcher.FirstOpened(code, index, length);

    /// <summary>
    /// The hit's line as <c>unlessLine</c> reads it, with its strings: when the line ends with the bracket of a call, the
    /// line below, where a formatter puts the arguments of a call too long for one line (<c>fetch(</c> / <c>`/api/…`,</c>), is
    /// read as if it followed on.
    /// </summary>
    private static string LineWithArguments(MaskedSource masked, int line)
    {
        var text = masked.CodeAndStringsLine(line);
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('(') && line < masked.LineCount ? trimmed + masked.CodeAndStringsLine(line + 1).TrimStart() : text;
    }

    /// <summary><c>if __name__ == "__main__":</c>, either way round: the block that runs only when the file is run as a script.</summary>
    [GeneratedRegex(@"^if\s+(__name__\s*==\s*['""]__main__['""]|['""]__main__['""]\s*==\s*__name__)")]
    private static partial Regex MainGuard();
}
