using ShipReady.Catalog;
using ShipReady.Model;
using ShipReady.Reports;

namespace ShipReady.Tests.Catalog;

public sealed class CatalogTests
{
    private static readonly string[] Required =
    [
        "AUTH-AUTHN", "AUTH-HASH", "AUTH-SESSION", "AUTH-RATELIMIT", "AUTH-RESET", "AUTH-AUTHZ", "AUTH-CSRF",
        "ERR-TIMEOUT", "ERR-RETRY", "ERR-HANDLER", "ERR-SWALLOW", "ERR-PAYMENT",
        "DATA-DB", "DATA-MIGRATIONS", "DATA-NOSYNC", "DATA-BACKUP",
        "VAL-SCHEMA", "VAL-SQLI", "VAL-UPLOAD", "VAL-BODYLIMIT", "VAL-XSS",
        "DEP-BUILD", "DEP-SECRETS", "DEP-CONFIG", "DEP-TLS", "DEP-CICD", "DEP-DEBUG", "DEP-LOCK", "DEP-ROLLBACK",
        "OBS-ERRORS", "OBS-LOGGING", "OBS-HEALTH", "OBS-METRICS", "OBS-UPTIME",
        "AI-RESILIENCE", "AI-KEYEXPOSURE", "AI-COSTCAP", "QA-TESTS", "OPS-ADMIN", "OPS-ANALYTICS", "OPS-MULTIREGION",
    ];

    [Fact]
    public void Embedded_catalog_has_every_required_control_and_every_area()
    {
        var catalog = ControlCatalog.Default;

        Assert.DoesNotContain(Required, id => catalog.Find(id) is null);
        Assert.Equal(Enum.GetValues<Area>(), catalog.Controls.Select(c => c.Area).Distinct().Order());
    }

    [Fact]
    public void Every_control_lives_in_the_folder_of_its_area()
    {
        Assert.All(ControlCatalog.Default.Controls, c => Assert.Equal($"{Names.Kebab(c.Area)}/{c.Id}.yaml", c.Source));
    }

    [Fact]
    public void Generated_docs_are_up_to_date()
    {
        var path = Path.Combine(ShipReady.Testing.RepoRoot.Path, "docs", "controls.md");
        var expected = ControlDocs.Catalog(ControlCatalog.Default);

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected,
            "docs/controls.md is out of date; run: dotnet run --project src/ShipReady.Cli -- controls --markdown > docs/controls.md");
    }

    [Theory]
    [InlineData(@"(?<!\.)fetch\(", "a lookbehind")]
    [InlineData(@"(a)\1", "a backreference")]
    [InlineData(@"x(?=y)", "a lookahead")]
    [InlineData(@"(?>a+)b", "an atomic group")]
    [InlineData(@"\\1 and \(?= are literal", null)]
    public void Rejects_regexes_the_non_backtracking_engine_cannot_run(string regex, string? expected)
    {
        Assert.Equal(expected, PatternSyntax.Unsupported(regex));
    }

    [Theory]
    [InlineData("(?<![.\\w])", "'before' uses a lookbehind")]
    [InlineData("(?<value>\\w+)", "'before' needs a regex")]
    [InlineData("(\\w+", "the 'before' regex is not valid")]
    [InlineData("a)|(b", "the 'before' regex is not valid")]
    public void Rejects_a_before_text_the_scanner_cannot_use(string before, string expected)
    {
        var error = LoadRetryControlEdited(text => text.Replace("    call: 'fetch'", $"    before: '{before}'\n    call: 'fetch'", StringComparison.Ordinal));

        Assert.StartsWith(".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("ifFile")]
    [InlineData("unlessFile")]
    [InlineData("unlessPackage")]
    [InlineData("unlessLine")]
    [InlineData("unlessArgs")]
    [InlineData("unlessClass")]
    [InlineData("ifFunction")]
    public void Rejects_an_empty_text_in_a_pattern_condition(string key)
    {
        var error = LoadRetryControlEdited(text => text.Replace("    unlessFile: [\"retry\", \"Retry\"]", $"    unlessFile: [\"retry\"]\n    {key}: [\"x\", \"\"]", StringComparison.Ordinal)
                .Replace("    unlessFile: [\"retry\"]\n    unlessFile:", "    unlessFile:", StringComparison.Ordinal));

        Assert.Equal($".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': '{key}' has an empty entry, which every text contains; remove it.", error.Message);
    }

    [Theory]
    [InlineData("unlessClass: [\"testing\"]", "unlessClass")]
    [InlineData("inClass: true", "inClass")]
    public void Rejects_class_conditions_on_a_pattern_that_reads_other_languages_than_python(string condition, string key)
    {
        var error = LoadRetryControlEdited(text => text.Replace("    unlessFile: [\"retry\", \"Retry\"]", $"    unlessFile: [\"retry\", \"Retry\"]\n    {condition}", StringComparison.Ordinal));

        Assert.Equal($".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': uses '{key}', which reads Python classes; give the pattern 'languages: [python]' only.", error.Message);
    }

    [Theory]
    [InlineData("ifCall")]
    [InlineData("unlessCall")]
    public void Rejects_call_conditions_on_a_pattern_that_reads_other_languages_than_javascript(string key)
    {
        var error = LoadRetryControlEdited(text => text.Replace("    languages: [javascript, typescript]\n    prefilter: [\"fetch\"]", "    languages: [javascript, python]\n    prefilter: [\"fetch\"]", StringComparison.Ordinal)
                .Replace("    unlessFile: [\"retry\", \"Retry\"]", $"    unlessFile: [\"retry\", \"Retry\"]\n    {key}: [\"session\"]", StringComparison.Ordinal));

        Assert.Equal(".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': uses 'ifCall' or 'unlessCall', which read the JavaScript call a match sits in; give the pattern 'languages: [javascript, typescript]' only.", error.Message);
    }

    [Theory]
    [InlineData("[javascript, python]", "    ifCall: [\"session\"]\n")]
    [InlineData("[javascript, typescript]", "")]
    public void Rejects_a_json_value_condition_outside_javascript_or_without_the_call_texts_it_reads(string languages, string ifCall)
    {
        var error = LoadRetryControlEdited(text => text.Replace("    languages: [javascript, typescript]\n    prefilter: [\"fetch\"]", $"    languages: {languages}\n    prefilter: [\"fetch\"]", StringComparison.Ordinal)
                .Replace("    unlessFile: [\"retry\", \"Retry\"]", $"    unlessFile: [\"retry\", \"Retry\"]\n{ifCall}    unlessJsonValue: true", StringComparison.Ordinal));

        Assert.Contains("pattern 'fetch-no-retry': uses 'unlessJsonValue', which reads a JavaScript cookie's value for the texts of 'ifCall'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    languages: [javascript, python]\n    prefilter: [\"fetch\"]\n    call: 'fetch'")]
    [InlineData("    languages: [javascript, typescript]\n    prefilter: [\"fetch\"]\n    regex: 'fetch\\('")]
    public void Rejects_a_relative_address_condition_outside_javascript_or_on_a_pattern_that_is_no_call(string head)
    {
        // The browser-package key is dropped too: it names the same languages and is checked first.
        var error = LoadRetryControlEdited(text => text.Replace("    languages: [javascript, typescript]\n    prefilter: [\"fetch\"]\n    call: 'fetch'", head, StringComparison.Ordinal)
            .Replace("    unlessBrowserPackage: true\n", "", StringComparison.Ordinal));

        Assert.Equal(".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': uses 'unlessRelativeAddress', which reads a JavaScript call's first argument and the local it names: give the pattern 'languages: [javascript, typescript]' only and a 'call'.", error.Message);
    }

    [Theory]
    [InlineData("ifLiteral", "'ifLiteral' or 'unlessLiteral', which read the Go composite literal")]
    [InlineData("unlessLiteral", "'ifLiteral' or 'unlessLiteral', which read the Go composite literal")]
    [InlineData("ifFunctionText", "'ifFunctionText' or 'unlessFunctionText', which read the Go function")]
    [InlineData("unlessFunctionText", "'ifFunctionText' or 'unlessFunctionText', which read the Go function")]
    public void Rejects_go_conditions_on_a_pattern_that_reads_other_languages_than_go(string key, string what)
    {
        var error = LoadRetryControlEdited(text => text.Replace("    unlessFile: [\"retry\", \"Retry\"]", $"    unlessFile: [\"retry\", \"Retry\"]\n    {key}: [\"session\"]", StringComparison.Ordinal));

        Assert.Equal($".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': uses {what} a match sits in; give the pattern 'languages: [go]' only.", error.Message);
    }

    [Theory]
    [InlineData("nowhere", "'nowhere', which is not a pattern of this control")]
    [InlineData("fetch-no-retry", "'fetch-no-retry', which is the pattern itself")]
    public void An_unless_pattern_must_name_another_pattern_of_the_control(string named, string what)
    {
        var error = LoadRetryControlEdited(text => text.Replace("    unlessFile: [\"retry\", \"Retry\"]", $"    unlessFile: [\"retry\", \"Retry\"]\n    unlessPattern: [{named}]", StringComparison.Ordinal));

        Assert.Equal($".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': 'unlessPattern' names {what}; name another pattern of the control.", error.Message);
    }

    [Fact]
    public void Rejects_a_replaced_setting_condition_on_a_pattern_that_reads_other_languages_than_python()
    {
        var error = LoadRetryControlEdited(text => text.Replace("    unlessFile: [\"retry\", \"Retry\"]", "    unlessFile: [\"retry\", \"Retry\"]\n    unlessReplacedSetting: true", StringComparison.Ordinal));

        Assert.Equal(".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': uses 'unlessReplacedSetting', which reads the Python modules that import a settings module whole: give the pattern 'languages: [python]' only.", error.Message);
    }

    [Fact]
    public void Rejects_served_by_on_a_pattern_that_reads_other_languages_than_python()
    {
        var error = LoadRetryControlEdited(text => text.Replace("    unlessFile: [\"retry\", \"Retry\"]", "    unlessFile: [\"retry\", \"Retry\"]\n    unlessServedBy: [gunicorn]", StringComparison.Ordinal));

        Assert.Equal(".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': uses 'unlessServedBy', which reads how launch files start a Python app; give the pattern 'languages: [python]' only.", error.Message);
    }

    [Fact]
    public void Rejects_a_function_condition_on_a_pattern_that_reads_other_languages_than_python()
    {
        var error = LoadRetryControlEdited(text => text.Replace("    unlessFile: [\"retry\", \"Retry\"]", "    unlessFile: [\"retry\", \"Retry\"]\n    ifFunction: [\"request.user\"]", StringComparison.Ordinal));

        Assert.Equal(".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': uses 'ifFunction' or 'unlessFunction', which read Python functions; give the pattern 'languages: [python]' only.", error.Message);
    }

    [Theory]
    [InlineData("interpolated: names", "uses 'interpolated', which reads the template literals a match opens: give it 'languages: [javascript, typescript]' and 'strings: keep'.")]
    [InlineData("interpolated: tables", "'interpolated' must be 'values' or 'names'.")]
    [InlineData("unlessFixedParts: true\n    languages: [ruby]", "uses 'unlessFixedParts', which reads the parts of SQL a Python, JavaScript, Go or C# call is given: give the pattern python, javascript, typescript, go or csharp only.")]
    [InlineData("unlessBoundFragments: true\n    languages: [python]", "uses 'unlessBoundFragments', which reads how a Python variable of SQL is built: give it 'languages: [python]' and a regex whose '(?<value>...)' group is the variable a call is given.")]
    [InlineData("unlessPlaceholderLists: true\n    languages: [go]", "uses 'unlessPlaceholderLists', which reads the holes of a Python f-string or a JavaScript template literal of SQL: give the pattern python, javascript or typescript only.")]
    public void Rejects_an_interpolation_condition_it_cannot_read(string condition, string message)
    {
        var error = LoadRetryControlEdited(text => text.Replace("    unlessFile: [\"retry\", \"Retry\"]", $"    unlessFile: [\"retry\", \"Retry\"]\n    {condition}", StringComparison.Ordinal));

        Assert.Equal($".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': {message}", error.Message);
    }

    [Theory]
    [InlineData("[javascript, python]", "    unlessPath: [\"**/test/**\"]")]
    [InlineData("[csharp, typescript]", "    unlessPath: [\"**/test/**\"]")]
    [InlineData("[csharp]", "")]
    [InlineData("[javascript, typescript]", "")]
    public void Rejects_following_test_callers_outside_csharp_or_scripts_or_without_test_paths(string languages, string paths)
    {
        var error = LoadRetryControlEdited(text => text.Replace("    languages: [javascript, typescript]\n    prefilter: [\"fetch\"]", $"    languages: {languages}\n    prefilter: [\"fetch\"]", StringComparison.Ordinal)
                .Replace(text[text.IndexOf("    unlessPath:", text.IndexOf("id: fetch-no-retry", StringComparison.Ordinal), StringComparison.Ordinal)..].Split('\n')[0], paths, StringComparison.Ordinal)
                .Replace("    unlessFile: [\"retry\", \"Retry\"]", "    unlessFile: [\"retry\", \"Retry\"]\n    unlessOnlyTestsCall: true", StringComparison.Ordinal));

        Assert.Equal(".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': uses 'unlessOnlyTestsCall', which follows C# calls, or JavaScript and TypeScript imports, into the paths 'unlessPath' skips: give the pattern 'languages: [csharp]' or 'languages: [javascript, typescript]' only and an 'unlessPath' naming the test folders.", error.Message);
    }

    [Theory]
    [InlineData("[javascript, erb]", "'('", "uses 'unlessGuard', which does not read the blocks of erb; give it javascript, typescript, python, csharp, ruby or go only.")]
    [InlineData("[javascript]", "'(dev'", "the 'unlessGuard' regex is not valid")]
    [InlineData("[javascript]", "'(?<!!)dev'", "'unlessGuard' uses a lookbehind")]
    [InlineData("[javascript]", "' '", "'unlessGuard' needs a regex for the condition that keeps the code from running in production.")]
    public void Rejects_a_guard_the_matcher_cannot_read(string languages, string guard, string message)
    {
        var error = LoadRetryControlEdited(text => text.Replace("    languages: [javascript, typescript]\n    prefilter: [\"fetch\"]", $"    languages: {languages}\n    prefilter: [\"fetch\"]", StringComparison.Ordinal)
                .Replace("    unlessFile: [\"retry\", \"Retry\"]", $"    unlessFile: [\"retry\", \"Retry\"]\n    unlessGuard: {guard}", StringComparison.Ordinal));

        Assert.Contains($".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': {message}", error.Message);
    }

    [Theory]
    [InlineData("'(signal'", "the 'unlessArgsMatch' regex is not valid")]
    [InlineData("'(?=signal)'", "'unlessArgsMatch' uses a lookahead")]
    [InlineData("' '", "'unlessArgsMatch' needs a regex for the arguments that clear the call.")]
    [InlineData("'(signal'", "the 'unlessElseOf' regex is not valid", "unlessElseOf")]
    [InlineData("' '", "'unlessElseOf' needs a regex for the condition whose else branch clears the hit.", "unlessElseOf")]
    public void Rejects_an_arguments_regex_the_matcher_cannot_read(string regex, string message, string key = "unlessArgsMatch")
    {
        var error = LoadRetryControlEdited(text => text.Replace("    unlessFile: [\"retry\", \"Retry\"]", $"    unlessFile: [\"retry\", \"Retry\"]\n    {key}: {regex}", StringComparison.Ordinal));

        Assert.Contains($".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': {message}", error.Message);
    }

    [Theory]
    [InlineData("[ruby]", "strings: keep\n    escapedBy: [h]", "uses 'escapedBy', which names the calls 'followCalls' accepts: set 'followCalls: true'.")]
    [InlineData("[ruby]", "strings: keep\n    followCalls: true\n    escapedBy: [\"h(\"]", "'escapedBy' entry 'h(' is not a Ruby method name")]
    [InlineData("[erb]", "strings: keep\n    followCalls: true", "uses 'followCalls', which reads the values Ruby strings interpolate")]
    [InlineData("[ruby, python]", "strings: keep\n    followCalls: true", "uses 'followCalls', which reads the values Ruby strings interpolate")]
    [InlineData("[ruby]", "strings: keep\n    followCalls: true\n    escapedBy: [\"*\"]", "'escapedBy' entry '*' is not a Ruby method name")]
    [InlineData("[javascript, typescript]", "followCalls: true", "uses 'followCalls' in JavaScript or TypeScript, which reads the value a sink is given: give it a regex with a '(?<value>...)' group.")]
    [InlineData("[javascript, python]", "followCalls: true", "uses 'followCalls', which reads the values Ruby strings interpolate, the value a JavaScript or TypeScript sink is given, or the parameters Go SQL pastes in")]
    [InlineData("[go]", "followCalls: true", "uses 'followCalls' in Go, which follows the parameters among the values the SQL pastes in that the function does not fix: set 'unlessFixedParts: true' too.")]
    [InlineData("[python]", "ifFile: [\"requests\"]", "uses 'unlessBrowserPackage', which reads the package.json nearest a script file: give the pattern 'languages: [javascript, typescript]' only.")]
    [InlineData("[erb]", "unlessDefined: true", "uses 'unlessDefined', which reads the method a Ruby value ends in")]
    [InlineData("[python]", "unlessDefined: true", "uses 'unlessDefined', which reads the method a Ruby value ends in")]
    public void Rejects_followed_calls_the_value_flow_cannot_read(string languages, string keys, string message)
    {
        var error = LoadRetryControlEdited(text => text.Replace("    languages: [javascript, typescript]\n    prefilter: [\"fetch\"]", $"    languages: {languages}\n    prefilter: [\"fetch\"]", StringComparison.Ordinal)
                .Replace("    unlessFile: [\"retry\", \"Retry\"]", $"    unlessFile: [\"retry\", \"Retry\"]\n    {keys}", StringComparison.Ordinal));

        Assert.Contains($".shipready/controls/ERR-FROB.yaml: pattern 'fetch-no-retry': {message}", error.Message);
    }

    /// <summary>The built-in ERR-RETRY control, renamed ERR-FROB and edited, loaded as a repository's own: the error it is refused with.</summary>
    private static CatalogException LoadRetryControlEdited(Func<string, string> edit)
    {
        var text = File.ReadAllText(Path.Combine(ShipReady.Testing.RepoRoot.Path, "src", "ShipReady", "Catalog", "errors", "ERR-RETRY.yaml"))
            .Replace("id: ERR-RETRY", "id: ERR-FROB", StringComparison.Ordinal);
        return Assert.Throws<CatalogException>(() => ControlCatalog.Load([(".shipready/controls/ERR-FROB.yaml", edit(text))]));
    }

    [Fact]
    public void A_secret_violation_must_name_a_rule_of_the_secret_scan()
    {
        var error = LoadRetryControlEdited(text => text.Replace("  violations: [fetch-no-retry,", "  secretViolations: [jwt-secret]\n  violations: [fetch-no-retry,", StringComparison.Ordinal));

        Assert.Contains("detect.secretViolations names 'jwt-secret', which is not a rule of the secret scan (", error.Message);
        Assert.Contains("settings-signing-secret", error.Message);
    }

    [Theory]
    [InlineData("err-x")]
    [InlineData("ERR")]
    [InlineData("ERR-")]
    [InlineData("-X")]
    [InlineData("ERR-X-Y")]
    [InlineData("ERR-x")]
    public void Rejects_an_id_that_is_not_AREA_NAME(string id)
    {
        var error = Assert.Throws<CatalogException>(() => ControlCatalog.Load([($".shipready/controls/{id}.yaml", $"id: {id}\n")]));

        Assert.Contains("must look like AREA-NAME", error.Message);
    }

    [Theory]
    [InlineData("id: ERR-X\n", "missing 'area'")]
    [InlineData("id: ERR-X\narea: errorz\n", "area 'errorz' is not one of: auth, errors")]
    [InlineData("id: ERR-X\nareas: errors\n", ":2:")]
    public void A_bad_user_control_names_its_file_and_the_problem(string text, string expected)
    {
        var error = Assert.Throws<CatalogException>(() => ControlCatalog.Load([(".shipready/controls/ERR-X.yaml", text)]));

        Assert.StartsWith(".shipready/controls/ERR-X.yaml", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
