using System.Text.RegularExpressions;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Tests.Facts;

public sealed class PatternScannerTests
{
    private static readonly CodePattern Call = ControlCatalog.Default.Find("ERR-TIMEOUT")!.Patterns.Single(p => p.Id == "py-requests-no-timeout");

    [Fact]
    public void Flags_calls_without_the_argument_and_clears_calls_with_it_across_lines()
    {
        const string code = "import requests\nr = requests.get(url)\nok = requests.post(\n    url,\n    timeout=5,\n)\n# requests.get(in_a_comment)\ns = 'requests.get(in_a_string)'\n";

        var hits = Scan(code, Call);

        Assert.Equal([2], hits.Select(h => h.Location.Line));
    }

    [Fact]
    public void File_conditions_ignore_comments()
    {
        var pattern = Call with { UnlessFile = ["timeout="] };

        Assert.Single(Scan("import requests\n# TODO: pass timeout=30\nrequests.get(url)\n", pattern));
        Assert.Empty(Scan("import requests\nDEFAULTS = dict(timeout=30)\nrequests.get(url)\n", pattern));
    }

    [Fact]
    public void Line_conditions_clear_only_their_own_line_and_not_from_a_comment()
    {
        var pattern = Call with { UnlessLine = ["test.db"] };

        var hits = Scan("import requests\nrequests.get('sqlite:///test.db')\nrequests.get(url)  # test.db\nrequests.get(url)\n", pattern);

        Assert.Equal([3, 4], hits.Select(h => h.Location.Line));
    }

    [Fact]
    public void Two_patterns_of_one_control_on_one_line_both_hit()
    {
        // An applies-only pattern must not hide a violation that shares its line; the detector merges places.
        var other = Call with { Id = "requests-read" };

        var hits = new PatternScanner([Call, other]).Scan(new SourceFile("app.py", 40, Language.Python), "import requests\nrequests.get(url)\n");

        Assert.Equal(["py-requests-no-timeout", "requests-read"], hits.Select(h => h.PatternId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Files_without_a_prefilter_literal_are_not_lexed()
    {
        Assert.Empty(Scan("import httpx\nhttpx.get(url)\n", Call));
    }

    [Fact]
    public void A_precompiled_matcher_that_times_out_hands_the_file_to_the_non_backtracking_engine()
    {
        // "(a+)+b" backtracks exponentially on a run of a's with no b; the linear engine does not.
        const string expression = "(a+)+b";
        var pattern = Call with
        {
            Prefilter = ["aaaa"],
            Expression = expression,
            IsCall = false,
            Precompiled = new Regex(expression, PrecompiledPatterns.Options, TimeSpan.FromMilliseconds(1)),
            Matcher = new Lazy<Regex>(() => new Regex(expression, RegexOptions.NonBacktracking | PrecompiledPatterns.Options)),
        };
        var code = new string('a', 40) + "c\nx = 'a'\naab\n";

        var hits = Scan(code, pattern);

        Assert.Equal([3], hits.Select(h => h.Location.Line));
    }

    [Fact]
    public void A_hit_with_text_before_it_starts_where_that_text_starts()
    {
        var pattern = Regex("\\.create\\(", ".create", before: "(\\w+\\.)*\\w*stripe\\w*");

        var hits = Scan("a = self.stripe_client.create(1)\nb = stripe.create(2)\nc = client.create(3)\n", pattern);

        Assert.Equal([(1, 5), (2, 5)], hits.Select(h => (h.Location.Line, h.Location.Column)));
    }

    [Fact]
    public void Text_before_is_read_only_within_reach()
    {
        var pattern = Regex("\\.create\\(", ".create", before: "\\bstripe\\w*");
        var name = "stripe" + new string('x', BeforeExpression.Reach);

        Assert.Empty(Scan($"{name}.create(1)\n", pattern));
        Assert.Single(Scan($"{name[..(BeforeExpression.Reach - 1)]}.create(1)\n", pattern));
    }

    [Fact]
    public void Text_before_that_times_out_is_read_again_on_the_non_backtracking_engine()
    {
        // Before the "b", "(a+)+" anchored to the end backtracks exponentially over the a's that the X ends.
        const string before = "(a+)+";
        var pattern = Regex("b", "b", before: before);
        pattern = pattern with
        {
            Before = pattern.Before! with { Precompiled = new Regex(BeforeExpression.Anchored(before), PrecompiledPatterns.Options, TimeSpan.FromMilliseconds(1)) },
        };

        var hits = Scan(new string('a', 40) + "Xab\n", pattern);

        Assert.Equal([42], hits.Select(h => h.Location.Column));
    }

    [Fact]
    public void A_regex_hit_is_cleared_by_a_word_in_the_first_bracket_it_opens_in_code()
    {
        // The bracket in the SQL text is no argument list, and a word outside the call's brackets clears nothing.
        var pattern = Regex("\\bquery\\(\"[^\"\\n]*\\{", "query(") with { UnlessArgs = ["procedure"], KeepStrings = true };
        const string code = "a = query(\"count(x) {q}\", kind=procedure)\n"
            + "b = query(\"count(x) {q}\")\n"
            + "c = query(\"count(x) {q}\")  # procedure\n"
            + "d = query(\"procedure {q}\")\n"
            + "e = query(\"x {q}\"); kind = procedure\n";

        var hits = Scan(code, pattern);

        Assert.Equal([2, 3, 4, 5], hits.Select(h => h.Location.Line));
    }

    /// <summary>A regex pattern built the way the catalog builds one, run on the non-backtracking engine only.</summary>
    private static CodePattern Regex(string expression, string literal, string? before = null) => Call with
    {
        Prefilter = [literal],
        Expression = expression,
        IsCall = false,
        UnlessArgs = [],
        Precompiled = null,
        Matcher = new Lazy<Regex>(() => new Regex(expression, RegexOptions.NonBacktracking | PrecompiledPatterns.Options)),
        Before = before is null ? null : new BeforeExpression
        {
            Expression = BeforeExpression.Anchored(before),
            Matcher = new Lazy<Regex>(() => new Regex(BeforeExpression.Anchored(before), RegexOptions.NonBacktracking | PrecompiledPatterns.Options)),
        },
    };

    private static IReadOnlyList<CodeHit> Scan(string code, CodePattern pattern) =>
        new PatternScanner([pattern]).Scan(new SourceFile("app.py", code.Length, Language.Python), code);
}
