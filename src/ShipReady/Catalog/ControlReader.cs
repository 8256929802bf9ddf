using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ShipReady.Facts;
using ShipReady.Facts.Code;
using ShipReady.Inventory;
using ShipReady.Model;
using YamlDotNet.Core;

namespace ShipReady.Catalog;

/// <summary>Reads one control file and checks every field, naming the file and the field in each error.</summary>
internal sealed partial class ControlReader(IReadOnlyDictionary<string, DependencyCategory> categories)
{
    private static readonly string[] RequiredFixStacks = ["node", "python", "dotnet"];

    public Control Read(string source, string text)
    {
        ControlDocument document;
        try
        {
            document = ControlCatalog.Deserializer.Deserialize<ControlDocument>(text)
                ?? throw new CatalogException($"{source}: the file is empty; write a control as docs/control-format.md shows.");
        }
        catch (YamlException e)
        {
            throw new CatalogException($"{source}:{e.Start.Line}: {FirstLine(e)}");
        }
        string Required(string? value, string field) =>
            string.IsNullOrWhiteSpace(value) ? throw Error(source, $"missing '{field}'; every control needs it (docs/control-format.md).") : value.Trim();

        var id = Required(document.Id, "id");
        if (!IsControlId(id))
        {
            throw Error(source, $"id '{id}' must look like AREA-NAME in upper case, e.g. ERR-TIMEOUT.");
        }
        var fileName = Path.GetFileNameWithoutExtension(source.Replace('\\', '/').Split('/')[^1]);
        if (!source.EndsWith(id + ".yaml", StringComparison.Ordinal))
        {
            throw Error(source, $"the file of control '{id}' must be named {id}.yaml (it is {fileName}.yaml).");
        }
        var area = ParseEnum<Area>(source, document.Area, "area");
        var impact = ParseEnum<Impact>(source, document.Impact, "impact");
        var lifecycle = Required(document.Lifecycle, "lifecycle");
        if (lifecycle is not ("preview" or "stable" or "deprecated"))
        {
            throw Error(source, $"lifecycle '{lifecycle}' is not one of: preview, stable, deprecated.");
        }
        var fix = (document.Fix ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal);
        foreach (var stack in RequiredFixStacks)
        {
            if (!fix.TryGetValue(stack, out var guidance) || string.IsNullOrWhiteSpace(guidance))
            {
                throw Error(source, $"fix has no '{stack}' guidance; every control explains the fix for node, python and dotnet.");
            }
        }
        var patterns = ReadPatterns(source, id, document.Patterns);
        var detect = ReadDetection(source, document.Detect, patterns);
        if (document.Revisit is null || document.Revisit.Count == 0)
        {
            throw Error(source, "missing 'revisit'; a deferral needs at least one trigger that brings it back.");
        }
        return new Control
        {
            Id = id,
            Area = area,
            Lifecycle = lifecycle,
            Since = Required(document.Since, "since"),
            Title = Required(document.Title, "title"),
            FailureTitle = Required(document.FailureTitle, "failureTitle"),
            Impact = impact,
            Why = Required(document.Why, "why"),
            Checks = Required(document.Checks, "checks"),
            Example = Required(document.Example, "example").TrimEnd(),
            Fix = fix.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value.Trim(), StringComparer.Ordinal),
            Effort = ReadEffort(source, document.Effort),
            Question = Required(document.Question, "question"),
            DependsOn = [.. document.DependsOn ?? []],
            YieldsTo = [.. document.YieldsTo ?? []],
            Triage = ReadTriage(source, document.Triage),
            Revisit = [.. document.Revisit.Select(t => ReadTrigger(source, t))],
            References = [.. document.References ?? []],
            Detect = detect,
            Patterns = patterns,
            Source = source,
        };
    }

    internal static string FirstLine(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
        return message.Contains("not found on type", StringComparison.Ordinal)
            ? message.Replace("Property", "field", StringComparison.Ordinal) + "; check its spelling against docs/control-format.md."
            : message + ".";
    }

    internal static ImmutableArray<DependencyGlob> ParseDeps(string source, IEnumerable<string>? deps)
    {
        var globs = ImmutableArray.CreateBuilder<DependencyGlob>();
        foreach (var text in deps ?? [])
        {
            if (!DependencyGlob.TryParse(text, out var glob))
            {
                throw Error(source, $"dependency '{text}' must be written ecosystem:name with ecosystem {string.Join(", ", DependencyGlob.Ecosystems)}.");
            }
            globs.Add(glob!);
        }
        return globs.ToImmutable();
    }

    private static CatalogException Error(string source, string message) => new($"{source}: {message}");

    private static T ParseEnum<T>(string source, string? text, string field) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text)
            ? throw Error(source, $"missing '{field}'; use one of: {Names.Choices<T>()}.")
            : Names.TryParse<T>(text, out var value)
                ? value
                : throw Error(source, $"{field} '{text}' is not one of: {Names.Choices<T>()}.");

    private static Effort ReadEffort(string source, EffortDocument? effort)
    {
        if (effort?.Hours is not { } hours || hours <= 0)
        {
            throw Error(source, "effort.hours must be a positive number of hours.");
        }
        var perExtra = effort.PerExtraSite ?? 0;
        var max = effort.Max ?? Math.Max(hours, hours + perExtra * 8);
        if (perExtra < 0 || max < hours)
        {
            throw Error(source, "effort.perExtraSite must be >= 0 and effort.max >= effort.hours.");
        }
        return new Effort(hours, perExtra, max, (effort.Frameworks ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    private static TriagePolicy ReadTriage(string source, TriageDocument? triage)
    {
        if (triage is null)
        {
            throw Error(source, "missing 'triage'; give a base bucket and the reason for it.");
        }
        var baseBucket = ParseEnum<Bucket>(source, triage.Base, "triage.base");
        if (string.IsNullOrWhiteSpace(triage.Because))
        {
            throw Error(source, "triage.because is missing; say in a few words why the base bucket is right.");
        }
        var rules = ImmutableArray.CreateBuilder<TriageRule>();
        foreach (var rule in triage.Rules ?? [])
        {
            var archetypes = rule.When?.Archetype ?? [];
            var handles = rule.When?.Handles ?? [];
            if (archetypes.Count == 0 && handles.Count == 0)
            {
                throw Error(source, "a triage rule needs 'when' with archetype and/or handles.");
            }
            foreach (var a in archetypes.Where(a => !Archetype.IsKnown(a)))
            {
                throw Error(source, $"triage rule names unknown archetype '{a}'; use one of: {string.Join(", ", Archetype.All)}.");
            }
            foreach (var h in handles.Where(h => !DataKind.IsKnown(h)))
            {
                throw Error(source, $"triage rule names unknown data kind '{h}'; use one of: {string.Join(", ", DataKind.All)}.");
            }
            rules.Add(new TriageRule([.. archetypes], [.. handles], ParseEnum<Bucket>(source, rule.Bucket, "triage rule bucket"), rule.Because?.Trim()));
        }
        return new TriagePolicy(baseBucket, triage.Because.Trim(), rules.ToImmutable());
    }

    private RevisitTrigger ReadTrigger(string source, TriggerDocument trigger)
    {
        var kind = ParseEnum<TriggerKind>(source, trigger.Kind, "revisit kind");
        if (string.IsNullOrWhiteSpace(trigger.Say))
        {
            throw Error(source, "a revisit trigger needs 'say': what a person would read, e.g. \"a payments SDK appears\".");
        }
        var values = (trigger.Values ?? []).Concat(new[] { trigger.Category, trigger.Value }.OfType<string>()).ToImmutableArray();
        switch (kind)
        {
            case TriggerKind.Dependency when values.Length == 0 || values.Any(v => !categories.ContainsKey(v)):
                throw Error(source, $"revisit trigger names unknown dependency category '{string.Join(", ", values)}'; known: {string.Join(", ", categories.Keys)}.");
            case TriggerKind.Handles when values.Length == 0 || values.Any(v => !DataKind.IsKnown(v)):
                throw Error(source, $"revisit trigger needs a data kind, one of: {string.Join(", ", DataKind.All)}.");
            case TriggerKind.Archetype when values.Length == 0 || values.Any(v => !Archetype.IsKnown(v)):
                throw Error(source, $"revisit trigger needs archetypes, from: {string.Join(", ", Archetype.All)}.");
        }
        var promoteTo = trigger.PromoteTo is null ? Bucket.Within30Days : ParseEnum<Bucket>(source, trigger.PromoteTo, "revisit promoteTo");
        return new RevisitTrigger(kind, trigger.Say.Trim(), values, promoteTo);
    }

    /// <summary>AREA-NAME: upper-case letters, a dash, upper-case letters and digits.</summary>
    private static bool IsControlId(string id)
    {
        var dash = id.IndexOf('-');
        return dash > 0 && dash < id.Length - 1
            && id.AsSpan(0, dash).IndexOfAnyExceptInRange('A', 'Z') < 0
            && id.AsSpan(dash + 1).IndexOfAnyExcept(UpperAndDigits) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> UpperAndDigits =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static ImmutableArray<CodePattern> ReadPatterns(string source, string controlId, List<PatternDocument>? documents)
    {
        var patterns = ImmutableArray.CreateBuilder<CodePattern>();
        foreach (var p in documents ?? [])
        {
            var id = string.IsNullOrWhiteSpace(p.Id) ? throw Error(source, "a pattern has no 'id'.") : p.Id;
            string Where(string message) => $"pattern '{id}': {message}";
            if ((p.Call is null) == (p.Regex is null))
            {
                throw Error(source, Where("give exactly one of 'call' or 'regex'."));
            }
            var languages = ImmutableArray.CreateBuilder<Language>();
            foreach (var name in p.Languages ?? [])
            {
                if (!Languages.TryParse(name, out var language) || !Languages.IsScanned(language))
                {
                    throw Error(source, Where($"language '{name}' is not one the matcher reads (javascript, typescript, python, csharp, ruby, erb, go, yaml)."));
                }
                languages.Add(language);
            }
            if (languages.Count == 0)
            {
                throw Error(source, Where("needs 'languages'."));
            }
            if (p.Prefilter is not { Count: > 0 } || p.Prefilter.Any(string.IsNullOrEmpty))
            {
                throw Error(source, Where("needs 'prefilter': literals that every match contains, so that files without them are skipped."));
            }
            // Every text holds itself and the empty text: an empty entry would clear, or admit, every file and line.
            foreach (var (key, texts) in new[] { ("ifFile", p.IfFile), ("unlessFile", p.UnlessFile), ("unlessPackage", p.UnlessPackage), ("unlessLine", p.UnlessLine), ("unlessArgs", p.UnlessArgs), ("unlessClass", p.UnlessClass), ("unlessBoundTo", p.UnlessBoundTo), ("unlessModule", p.UnlessModule), ("unlessDecorator", p.UnlessDecorator), ("unlessFunction", p.UnlessFunction), ("ifFunction", p.IfFunction), ("ifCall", p.IfCall), ("unlessCall", p.UnlessCall), ("ifLiteral", p.IfLiteral), ("unlessLiteral", p.UnlessLiteral), ("ifFunctionText", p.IfFunctionText), ("unlessFunctionText", p.UnlessFunctionText), ("unlessServedBy", p.UnlessServedBy), ("unlessRunAfter", p.UnlessRunAfter) })
            {
                if (texts is not null && texts.Any(string.IsNullOrEmpty))
                {
                    throw Error(source, Where($"'{key}' has an empty entry, which every text contains; remove it."));
                }
            }
            // Classes are found by indentation, which only Python's syntax makes the rule.
            if (p.UnlessClass is { Count: > 0 } && languages.Any(l => l != Language.Python))
            {
                throw Error(source, Where("uses 'unlessClass', which reads Python classes; give the pattern 'languages: [python]' only."));
            }
            if (p.UnlessBoundTo is { Count: > 0 } && languages.Any(l => l is not (Language.JavaScript or Language.TypeScript)))
            {
                throw Error(source, Where("uses 'unlessBoundTo', which reads JavaScript and TypeScript object literals; give the pattern 'languages: [javascript, typescript]' only."));
            }
            if (p.UnlessDecorator is { Count: > 0 } && languages.Any(l => l != Language.Python))
            {
                throw Error(source, Where("uses 'unlessDecorator', which reads Python decorators; give the pattern 'languages: [python]' only."));
            }
            if (p.UnlessClickCommand == true && languages.Any(l => l != Language.Python))
            {
                throw Error(source, Where("uses 'unlessClickCommand', which reads Python decorators; give the pattern 'languages: [python]' only."));
            }
            if (p.UnlessReadOnlyGraphql == true && languages.Any(l => l != Language.Python))
            {
                throw Error(source, Where("uses 'unlessReadOnlyGraphql', which reads Python GraphQL schemas; give the pattern 'languages: [python]' only."));
            }
            if (p.UnlessOnlyGetRoutes == true && languages.Any(l => l != Language.Ruby))
            {
                throw Error(source, Where("uses 'unlessOnlyGetRoutes', which reads a Rails application's config/routes.rb; give the pattern 'languages: [ruby]' only."));
            }
            if (p.UnlessSignInSkipped == true && languages.Any(l => l != Language.Ruby))
            {
                throw Error(source, Where("uses 'unlessSignInSkipped', which reads a Rails controller's filters; give the pattern 'languages: [ruby]' only."));
            }
            if (p.UnlessModule is { Count: > 0 } && languages.Any(l => l != Language.Python))
            {
                throw Error(source, Where("uses 'unlessModule', which reads the names of Python modules; give the pattern 'languages: [python]' only."));
            }
            if ((p.IfFunction is { Count: > 0 } || p.UnlessFunction is { Count: > 0 }) && languages.Any(l => l != Language.Python))
            {
                throw Error(source, Where("uses 'ifFunction' or 'unlessFunction', which read Python functions; give the pattern 'languages: [python]' only."));
            }
            if (p.UnlessRunAfter is { Count: > 0 } && languages.Any(l => l != Language.CSharp))
            {
                throw Error(source, Where("uses 'unlessRunAfter', which reads the C# methods on the way to a hit; give the pattern 'languages: [csharp]' only."));
            }
            if (p.UnlessOnlyTestsCall == true && (!(languages.All(l => l == Language.CSharp) || languages.All(l => l is Language.JavaScript or Language.TypeScript))
                || p.UnlessPath is not { Count: > 0 }))
            {
                throw Error(source, Where("uses 'unlessOnlyTestsCall', which follows C# calls, or JavaScript and TypeScript imports, into the paths 'unlessPath' skips: give the pattern 'languages: [csharp]' or 'languages: [javascript, typescript]' only and an 'unlessPath' naming the test folders."));
            }
            var interpolated = p.Interpolated switch
            {
                null => InterpolatedSql.Any,
                "values" => InterpolatedSql.Values,
                "names" => InterpolatedSql.Names,
                _ => throw Error(source, Where("'interpolated' must be 'values' or 'names'.")),
            };
            if (interpolated != InterpolatedSql.Any && (languages.Any(l => l is not (Language.JavaScript or Language.TypeScript)) || p.Strings != "keep"))
            {
                throw Error(source, Where("uses 'interpolated', which reads the template literals a match opens: give it 'languages: [javascript, typescript]' and 'strings: keep'."));
            }
            if (p.UnlessJsonValue == true && (languages.Any(l => l is not (Language.JavaScript or Language.TypeScript)) || p.IfCall is not { Count: > 0 }))
            {
                throw Error(source, Where("uses 'unlessJsonValue', which reads a JavaScript cookie's value for the texts of 'ifCall': give the pattern 'languages: [javascript, typescript]' only and an 'ifCall'."));
            }
            if ((p.IfCall is { Count: > 0 } || p.UnlessCall is { Count: > 0 }) && languages.Any(l => l is not (Language.JavaScript or Language.TypeScript)))
            {
                throw Error(source, Where("uses 'ifCall' or 'unlessCall', which read the JavaScript call a match sits in; give the pattern 'languages: [javascript, typescript]' only."));
            }
            if ((p.IfFunctionText is { Count: > 0 } || p.UnlessFunctionText is { Count: > 0 }) && languages.Any(l => l != Language.Go))
            {
                throw Error(source, Where("uses 'ifFunctionText' or 'unlessFunctionText', which read the Go function a match sits in; give the pattern 'languages: [go]' only."));
            }
            if (p.UnlessServedBy is { Count: > 0 } && languages.Any(l => l != Language.Python))
            {
                throw Error(source, Where("uses 'unlessServedBy', which reads how launch files start a Python app; give the pattern 'languages: [python]' only."));
            }
            if ((p.IfLiteral is { Count: > 0 } || p.UnlessLiteral is { Count: > 0 }) && languages.Any(l => l != Language.Go))
            {
                throw Error(source, Where("uses 'ifLiteral' or 'unlessLiteral', which read the Go composite literal a match sits in; give the pattern 'languages: [go]' only."));
            }
            if (p.UnlessFixedParts == true && languages.Any(l => l is not (Language.Python or Language.JavaScript or Language.TypeScript or Language.Go or Language.CSharp)))
            {
                throw Error(source, Where("uses 'unlessFixedParts', which reads the parts of SQL a Python, JavaScript, Go or C# call is given: give the pattern python, javascript, typescript, go or csharp only."));
            }
            if (p.UnlessBoundFragments == true && (languages.Any(l => l != Language.Python) || p.Regex is null || !p.Regex.Contains("(?<value>", StringComparison.Ordinal)))
            {
                throw Error(source, Where("uses 'unlessBoundFragments', which reads how a Python variable of SQL is built: give it 'languages: [python]' and a regex whose '(?<value>...)' group is the variable a call is given."));
            }
            if (p.UnlessPlaceholderLists == true && languages.Any(l => l is not (Language.Python or Language.JavaScript or Language.TypeScript)))
            {
                throw Error(source, Where("uses 'unlessPlaceholderLists', which reads the holes of a Python f-string or a JavaScript template literal of SQL: give the pattern python, javascript or typescript only."));
            }
            if (p.InClass == true && languages.Any(l => l != Language.Python))
            {
                throw Error(source, Where("uses 'inClass', which reads Python classes; give the pattern 'languages: [python]' only."));
            }
            Lazy<Regex>? guard = null;
            if (p.UnlessGuard is not null)
            {
                if (string.IsNullOrWhiteSpace(p.UnlessGuard))
                {
                    throw Error(source, Where("'unlessGuard' needs a regex for the condition that keeps the code from running in production."));
                }
                var unread = languages.Where(l => !GuardingConditions.Reads(l)).Select(Languages.Name).ToList();
                if (unread.Count > 0)
                {
                    throw Error(source, Where($"uses 'unlessGuard', which does not read the blocks of {string.Join(", ", unread)}; give it javascript, typescript, python, csharp, ruby or go only."));
                }
                if (PatternSyntax.Unsupported(p.UnlessGuard) is { } guardConstruct)
                {
                    throw Error(source, Where($"'unlessGuard' uses {guardConstruct}, which the non-backtracking engine does not run; rewrite it without lookarounds, backreferences or atomic groups."));
                }
                _ = CheckSyntax(source, p.UnlessGuard, Where("the 'unlessGuard' regex"));
                var guardText = p.UnlessGuard;
                guard = new Lazy<Regex>(() => new Regex(guardText, RegexOptions.NonBacktracking | PrecompiledPatterns.Options));
            }
            var argsMatch = KeyRegex(source, "unlessArgsMatch", p.UnlessArgsMatch, "the arguments that clear the call", Where);
            if (p.UnlessElseOf is not null && languages.Any(l => l is not (Language.CSharp or Language.JavaScript or Language.TypeScript or Language.Go)))
            {
                throw Error(source, Where("uses 'unlessElseOf', which reads the blocks of languages with braces; give it csharp, javascript, typescript or go only."));
            }
            var elseOf = KeyRegex(source, "unlessElseOf", p.UnlessElseOf, "the condition whose else branch clears the hit", Where);
            var text = p.Call is not null ? $"(?:{p.Call})\\s*\\(" : p.Regex!;
            if (PatternSyntax.Unsupported(text) is { } construct)
            {
                throw Error(source, Where($"the regex uses {construct}, which the non-backtracking engine does not run; rewrite it without lookarounds, backreferences or atomic groups."));
            }
            var precompiled = PrecompiledPatterns.Find(text) ?? CheckSyntax(source, text, Where("the regex"));
            BeforeExpression? before = null;
            if (p.Before is not null)
            {
                if (string.IsNullOrWhiteSpace(p.Before) || p.Before.Contains("(?<value>", StringComparison.Ordinal))
                {
                    throw Error(source, Where("'before' needs a regex for the text the match follows, without a 'value' group."));
                }
                if (PatternSyntax.Unsupported(p.Before) is { } beforeConstruct)
                {
                    throw Error(source, Where($"'before' uses {beforeConstruct}, which the non-backtracking engine does not run; rewrite it without lookarounds, backreferences or atomic groups."));
                }
                var anchored = BeforeExpression.Anchored(p.Before);
                // Checked on its own first: "a)|(b" is valid once wrapped, but no longer anchored.
                var beforePrecompiled = PrecompiledPatterns.Find(anchored);
                if (beforePrecompiled is null)
                {
                    _ = CheckSyntax(source, p.Before, Where("the 'before' regex"));
                }
                before = new BeforeExpression
                {
                    Expression = anchored,
                    Matcher = new Lazy<Regex>(() => new Regex(anchored, RegexOptions.NonBacktracking | PrecompiledPatterns.Options)),
                    Precompiled = beforePrecompiled,
                };
            }
            if ((p.UnlessValue is { Count: > 0 } || p.IfValue is { Count: > 0 } || p.UnlessConstant == true) && (p.Regex is null || !p.Regex.Contains("(?<value>", StringComparison.Ordinal)))
            {
                throw Error(source, Where("uses 'unlessValue', 'ifValue' or 'unlessConstant', which need a regex with a '(?<value>...)' group where the value starts."));
            }
            var regex = new Lazy<Regex>(() => new Regex(text, RegexOptions.NonBacktracking | PrecompiledPatterns.Options));
            var strings = p.Strings ?? "mask";
            var scriptOnly = languages.Count > 0 && languages.All(l => l is Language.JavaScript or Language.TypeScript);
            if (p.FollowCalls == true && scriptOnly && (p.Regex is null || !p.Regex.Contains("(?<value>", StringComparison.Ordinal)))
            {
                throw Error(source, Where("uses 'followCalls' in JavaScript or TypeScript, which reads the value a sink is given: give it a regex with a '(?<value>...)' group."));
            }
            var goOnly = languages.Count > 0 && languages.All(l => l == Language.Go);
            if (p.FollowCalls == true && goOnly && p.UnlessFixedParts != true)
            {
                throw Error(source, Where("uses 'followCalls' in Go, which follows the parameters among the values the SQL pastes in that the function does not fix: set 'unlessFixedParts: true' too."));
            }
            var pythonOnly = languages.Count > 0 && languages.All(l => l == Language.Python);
            if (p.FollowCalls == true && !scriptOnly && !goOnly && !pythonOnly && (languages.Any(l => l is not (Language.Ruby or Language.Erb)) || !languages.Contains(Language.Ruby) || strings != "keep"))
            {
                throw Error(source, Where("uses 'followCalls', which reads the values Ruby strings interpolate, the value a JavaScript or TypeScript sink is given, or the parameters Go SQL pastes in, or the values a Python call's text formats in: give it 'languages: [ruby]' (erb views are matched but not followed) and 'strings: keep', 'languages: [javascript, typescript]', 'languages: [go]', or 'languages: [python]'."));
            }
            if (p.UnlessDefined == true && (languages.Any(l => l is not (Language.Ruby or Language.Erb)) || p.Regex is null || !p.Regex.Contains("(?<value>", StringComparison.Ordinal)))
            {
                throw Error(source, Where("uses 'unlessDefined', which reads the method a Ruby value ends in: give it 'languages: [ruby]' or '[erb]' and a regex with a '(?<value>...)' group."));
            }
            if (p.EscapedBy is { Count: > 0 } && p.FollowCalls != true)
            {
                throw Error(source, Where("uses 'escapedBy', which names the calls 'followCalls' accepts: set 'followCalls: true'."));
            }
            if (scriptOnly && p.EscapedBy?.FirstOrDefault(n => !ScriptCalledName().IsMatch(n)) is { } badScriptName)
            {
                throw Error(source, Where($"'escapedBy' entry '{badScriptName}' is not a JavaScript function name (a receiver such as 'i18n.' and a closing '()' for a call safe only with literal arguments are allowed)."));
            }
            if (pythonOnly && p.EscapedBy?.FirstOrDefault(n => !PythonCalledName().IsMatch(n)) is { } badPythonName)
            {
                throw Error(source, Where($"'escapedBy' entry '{badPythonName}' is not a Python function name (a module such as 'html.' and a closing '()' for a call safe only with literal arguments are allowed)."));
            }
            if (!scriptOnly && !pythonOnly && p.EscapedBy?.FirstOrDefault(n => !EscapedName().IsMatch(n) || !n.Any(char.IsAsciiLetterLower)) is { } badName)
            {
                throw Error(source, Where($"'escapedBy' entry '{badName}' is not a Ruby method name (a receiver such as 'ERB::Util.', '*' for any part of a name and a closing '()' for a call safe only with literal arguments are allowed)."));
            }
            if (p.UnlessBrowserPackage == true && languages.Any(l => l is not (Language.JavaScript or Language.TypeScript)))
            {
                throw Error(source, Where("uses 'unlessBrowserPackage', which reads the package.json nearest a script file: give the pattern 'languages: [javascript, typescript]' only."));
            }
            if (p.UnlessRelativeAddress == true && (languages.Any(l => l is not (Language.JavaScript or Language.TypeScript)) || p.Call is null))
            {
                throw Error(source, Where("uses 'unlessRelativeAddress', which reads a JavaScript call's first argument and the local it names: give the pattern 'languages: [javascript, typescript]' only and a 'call'."));
            }
            if (p.UnlessRaced == true && (languages.Any(l => l is not (Language.JavaScript or Language.TypeScript)) || p.Call is null))
            {
                throw Error(source, Where("uses 'unlessRaced', which reads the Promise.race a JavaScript call sits in: give the pattern 'languages: [javascript, typescript]' only and a 'call'."));
            }
            if (p.UnlessServerFragment == true && (languages.Any(l => l is not (Language.JavaScript or Language.TypeScript)) || !(p.Regex ?? "").Contains("(?<value>", StringComparison.Ordinal)))
            {
                throw Error(source, Where("uses 'unlessServerFragment', which reads the binding of a JavaScript value: give the pattern 'languages: [javascript, typescript]' only and a '(?<value>...)' group."));
            }
            if (p.UnlessPageText == true && (!scriptOnly || p.FollowCalls != true))
            {
                throw Error(source, Where("uses 'unlessPageText', which reads the parts of a JavaScript value that 'followCalls' judges: give the pattern 'languages: [javascript, typescript]' only and 'followCalls: true'."));
            }
            if (p.UnlessReplacedSetting == true && languages.Any(l => l != Language.Python))
            {
                throw Error(source, Where("uses 'unlessReplacedSetting', which reads the Python modules that import a settings module whole: give the pattern 'languages: [python]' only."));
            }
            if (strings is not ("mask" or "keep"))
            {
                throw Error(source, Where("strings must be 'mask' or 'keep'."));
            }
            patterns.Add(new CodePattern
            {
                Id = id,
                ControlId = controlId,
                Languages = languages.ToImmutable(),
                Prefilter = [.. p.Prefilter],
                Expression = text,
                Matcher = regex,
                Precompiled = precompiled,
                IsCall = p.Call is not null,
                Before = before,
                KeepStrings = strings == "keep",
                UnlessArgs = [.. p.UnlessArgs ?? []],
                UnlessArgsMatch = argsMatch,
                UnlessElseOf = elseOf,
                UnlessFile = [.. p.UnlessFile ?? []],
                UnlessPackage = [.. p.UnlessPackage ?? []],
                UnlessLine = [.. p.UnlessLine ?? []],
                UnlessClass = [.. p.UnlessClass ?? []],
                UnlessBoundTo = [.. p.UnlessBoundTo ?? []],
                UnlessModule = [.. p.UnlessModule ?? []],
                UnlessDecorator = [.. p.UnlessDecorator ?? []],
                UnlessClickCommand = p.UnlessClickCommand ?? false,
                UnlessReadOnlyGraphql = p.UnlessReadOnlyGraphql ?? false,
                UnlessOnlyGetRoutes = p.UnlessOnlyGetRoutes ?? false,
                UnlessSignInSkipped = p.UnlessSignInSkipped ?? false,
                OwnStackOnly = p.OwnStackOnly ?? false,
                InClass = p.InClass ?? false,
                IfFunction = [.. p.IfFunction ?? []],
                UnlessGuard = guard,
                UnlessOnlyTestsCall = p.UnlessOnlyTestsCall ?? false,
                UnlessRunAfter = [.. p.UnlessRunAfter ?? []],
                Interpolated = interpolated,
                IfCall = [.. p.IfCall ?? []],
                UnlessFixedParts = p.UnlessFixedParts ?? false,
                UnlessBoundFragments = p.UnlessBoundFragments ?? false,
                UnlessPlaceholderLists = p.UnlessPlaceholderLists ?? false,
                UnlessFunction = [.. p.UnlessFunction ?? []],
                UnlessCall = [.. p.UnlessCall ?? []],
                UnlessJsonValue = p.UnlessJsonValue ?? false,
                UnlessBrowserPackage = p.UnlessBrowserPackage ?? false,
                UnlessRelativeAddress = p.UnlessRelativeAddress ?? false,
                UnlessRaced = p.UnlessRaced ?? false,
                UnlessServerFragment = p.UnlessServerFragment ?? false,
                UnlessPageText = p.UnlessPageText ?? false,
                UnlessReplacedSetting = p.UnlessReplacedSetting ?? false,
                IfFunctionText = [.. p.IfFunctionText ?? []],
                UnlessFunctionText = [.. p.UnlessFunctionText ?? []],
                UnlessServedBy = [.. p.UnlessServedBy ?? []],
                IfLiteral = [.. p.IfLiteral ?? []],
                UnlessLiteral = [.. p.UnlessLiteral ?? []],
                UnlessValue = [.. p.UnlessValue ?? []],
                IfValue = [.. p.IfValue ?? []],
                UnlessConstant = p.UnlessConstant ?? false,
                FollowCalls = p.FollowCalls ?? false,
                EscapedBy = [.. p.EscapedBy ?? []],
                UnlessDefined = p.UnlessDefined ?? false,
                IfFile = [.. p.IfFile ?? []],
                UnlessPattern = [.. p.UnlessPattern ?? []],
                UnlessDeps = ParseDeps(source, p.UnlessDeps),
                UnlessPath = [.. (p.UnlessPath ?? []).Select(g => Glob.Parse(g))],
                IfPath = [.. (p.IfPath ?? []).Select(g => Glob.Parse(g))],
                Message = string.IsNullOrWhiteSpace(p.Message) ? throw Error(source, Where("needs 'message'.")) : p.Message.Trim(),
            });
        }
        var duplicate = patterns.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Error(source, $"pattern id '{duplicate.Key}' is used twice.");
        }
        var ids = patterns.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            if (pattern.UnlessPattern.FirstOrDefault(other => other == pattern.Id || !ids.Contains(other)) is { } wrong)
            {
                throw Error(source, $"pattern '{pattern.Id}': 'unlessPattern' names '{wrong}', which is {(wrong == pattern.Id ? "the pattern itself" : "not a pattern of this control")}; name another pattern of the control.");
            }
        }
        return patterns.ToImmutable();
    }

    /// <summary>A pattern key's regex (<c>unlessArgsMatch</c>, <c>unlessElseOf</c>), checked as every catalog regex is; null when the pattern has none.</summary>
    /// <param name="what">What the regex must match, for the message when it is blank.</param>
    private static Lazy<Regex>? KeyRegex(string source, string key, string? expression, string what, Func<string, string> where)
    {
        if (expression is null)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(expression))
        {
            throw Error(source, where($"'{key}' needs a regex for {what}."));
        }
        if (PatternSyntax.Unsupported(expression) is { } construct)
        {
            throw Error(source, where($"'{key}' uses {construct}, which the non-backtracking engine does not run; rewrite it without lookarounds, backreferences or atomic groups."));
        }
        _ = CheckSyntax(source, expression, where($"the '{key}' regex"));
        return new Lazy<Regex>(() => new Regex(expression, RegexOptions.NonBacktracking | PrecompiledPatterns.Options));
    }

    /// <summary>
    /// Parsing with the interpreter checks the syntax at load time, cheaply; the non-backtracking matcher itself is
    /// built the first time a file needs it. Returns null: the expression has no precompiled matcher.
    /// </summary>
    private static Regex? CheckSyntax(string source, string expression, string where)
    {
        try
        {
            _ = new Regex(expression, PrecompiledPatterns.Options);
            return null;
        }
        catch (ArgumentException e)
        {
            throw Error(source, $"{where} is not valid ({e.Message.Split('\n')[0]}).");
        }
    }

    private Detection? ReadDetection(string source, DetectDocument? detect, ImmutableArray<CodePattern> patterns)
    {
        if (detect is null)
        {
            if (!patterns.IsEmpty)
            {
                throw Error(source, "has patterns but no 'detect' block that uses them.");
            }
            return null;
        }
        var known = patterns.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Signals? Signals(SignalsDocument? d, string field)
        {
            if (d is null)
            {
                return null;
            }
            foreach (var name in (d.Patterns ?? []).Where(n => !known.Contains(n)))
            {
                throw Error(source, $"detect.{field} names pattern '{name}', which this control does not define.");
            }
            foreach (var h in (d.Handles ?? []).Where(h => !DataKind.IsKnown(h)))
            {
                throw Error(source, $"detect.{field} names unknown data kind '{h}'.");
            }
            return new Signals
            {
                Web = d.Web ?? false,
                Handles = [.. d.Handles ?? []],
                Deps = ParseDeps(source, d.Deps),
                Files = [.. (d.Files ?? []).Select(f => Glob.Parse(f))],
                Patterns = [.. d.Patterns ?? []],
            };
        }
        foreach (var name in (detect.Violations ?? []).Where(n => !known.Contains(n)))
        {
            throw Error(source, $"detect.violations names pattern '{name}', which this control does not define.");
        }
        foreach (var name in (detect.Review ?? []).Where(n => !known.Contains(n)))
        {
            throw Error(source, $"detect.review names pattern '{name}', which this control does not define.");
        }
        foreach (var name in (detect.ReviewWhenSatisfied ?? []).Where(n => !(detect.Violations ?? []).Contains(n)))
        {
            throw Error(source, $"detect.reviewWhenSatisfied names pattern '{name}', which is not one of detect.violations.");
        }
        if ((detect.ReviewWhenSatisfied ?? []).Count > 0 && (detect.SatisfiedBy?.Patterns ?? []).Count + (detect.SatisfiedBy?.Deps ?? []).Count + (detect.SatisfiedBy?.Files ?? []).Count == 0)
        {
            throw Error(source, "detect.reviewWhenSatisfied needs satisfiedBy signals: without them its patterns are always violations.");
        }
        foreach (var rule in (detect.SecretViolations ?? []).Where(r => !Facts.Secrets.SecretScanner.RuleIds.Contains(r)))
        {
            throw Error(source, $"detect.secretViolations names '{rule}', which is not a rule of the secret scan ({string.Join(", ", Facts.Secrets.SecretScanner.RuleIds.Order(StringComparer.Ordinal))}).");
        }
        if (detect.Builtin is not null && detect.Builtin is not ("secrets" or "lockfiles"))
        {
            throw Error(source, $"detect.builtin '{detect.Builtin}' is not a detector the engine has (secrets, lockfiles).");
        }
        if (detect.Builtin is null && (detect.SatisfiedBy?.Patterns ?? []).Count + (detect.SatisfiedBy?.Deps ?? []).Count + (detect.SatisfiedBy?.Files ?? []).Count == 0
            && (detect.Violations ?? []).Count == 0)
        {
            throw Error(source, "detect needs satisfiedBy signals, violations, or a builtin; without them there is nothing to decide on (remove detect for a questionnaire-only control).");
        }
        var missing = detect.Missing ?? "gap";
        if (missing is not ("gap" or "unknown"))
        {
            throw Error(source, "detect.missing must be 'gap' or 'unknown'.");
        }
        return new Detection
        {
            Builtin = detect.Builtin,
            AppliesWhen = Signals(detect.AppliesWhen, "appliesWhen"),
            SatisfiedBy = Signals(detect.SatisfiedBy, "satisfiedBy"),
            Missing = missing == "gap" ? ResultStatus.Gap : ResultStatus.Unknown,
            Violations = [.. detect.Violations ?? []],
            Review = [.. detect.Review ?? []],
            ReviewWhenSatisfied = [.. detect.ReviewWhenSatisfied ?? []],
            SecretViolations = [.. detect.SecretViolations ?? []],
        };
    }

    // A Ruby method name, with a receiver if the call needs one: h, link_to, ERB::Util.h, I18n.l, *_tag.
    [GeneratedRegex(@"^(?:[A-Z]\w*(?:::[A-Z]\w*)*\.)?[a-z_*][\w*]*[?!]?(?:\(\))?$")]
    private static partial Regex EscapedName();

    // A JavaScript function, with its receivers: t, i18n.t, $t, this.$t.
    [GeneratedRegex(@"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\(\))?$")]
    private static partial Regex ScriptCalledName();

    [GeneratedRegex(@"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?:\(\))?$")]
    private static partial Regex PythonCalledName();
}
