using ShipReady.Auditing;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Inventory;
using ShipReady.Model;
using Xunit.Abstractions;

namespace ShipReady.Fixtures.Tests;

/// <summary>Audits every fixture repository and fails on any missing or extra finding, or a wrong status.</summary>
public sealed class FixtureTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in FixtureCase.Discover())
        {
            data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_has_exactly_the_annotated_findings(string name)
    {
        var fixture = FixtureCase.Load(name);
        var result = new Auditor().Run(new DiskFileSource(fixture.Folder), fixture.Profile);
        var problems = new List<string>();

        foreach (var id in fixture.Controls.Concat(fixture.Annotations.Select(a => a.ControlId)).Concat(fixture.Statuses.Keys).Distinct())
        {
            if (result.Catalog.Find(id) is null)
            {
                problems.Add($"names unknown control {id}");
            }
        }

        var inScope = fixture.Controls.Concat(fixture.Annotations.Select(a => a.ControlId)).ToHashSet(StringComparer.Ordinal);
        var found = result.Results
            .Where(r => inScope.Contains(r.ControlId) && r.Status is ResultStatus.Gap or ResultStatus.Partial)
            .SelectMany(r => r.Findings.Select(e => (r.ControlId, e.Location!.File, e.Location.Line)))
            .ToHashSet();
        var expected = fixture.Annotations.Where(a => a.Expect).Select(a => (a.ControlId, a.File, a.Line)).ToHashSet();
        foreach (var missing in expected.Except(found))
        {
            problems.Add($"Missing: {missing.ControlId} at {missing.File}:{missing.Line}");
        }
        foreach (var extra in found.Except(expected))
        {
            var ok = fixture.Annotations.Any(a => a.Ok && a.ControlId == extra.ControlId && a.File == extra.File && a.Line == extra.Line);
            problems.Add($"{(ok ? "Noisy (marked ok)" : "Noisy")}: {extra.ControlId} at {extra.File}:{extra.Line}");
        }
        // Places to review: hits of a control's review patterns that are not already one of its findings. A violation
        // that turns to review once the control is satisfied is one of its findings when it is not.
        var reviewFound = result.Results
            .Where(r => inScope.Contains(r.ControlId) && r.Status is ResultStatus.Gap or ResultStatus.Partial or ResultStatus.Unknown)
            .SelectMany(r => (result.Catalog.Find(r.ControlId)!.Detect is { } detect ? detect.Review.AddRange(detect.ReviewWhenSatisfied) : [])
                .SelectMany(p => result.Facts.Hits.Where(h => h.ControlId == r.ControlId && h.PatternId == p))
                .Select(h => (r.ControlId, h.Location.File, h.Location.Line)))
            .Where(place => !found.Contains(place))
            .ToHashSet();
        var reviewExpected = fixture.Annotations.Where(a => a.Review).Select(a => (a.ControlId, a.File, a.Line)).ToHashSet();
        foreach (var missing in reviewExpected.Except(reviewFound))
        {
            problems.Add($"Missing review place: {missing.ControlId} at {missing.File}:{missing.Line}");
        }
        foreach (var extra in reviewFound.Except(reviewExpected))
        {
            problems.Add($"Unannotated review place: {extra.ControlId} at {extra.File}:{extra.Line}");
        }
        foreach (var (id, status) in fixture.Statuses)
        {
            var actual = result.Results.FirstOrDefault(r => r.ControlId == id);
            if (actual is not null && !string.Equals(actual.Status.ToString(), status, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"Status: {id} is {actual.Status} ({actual.Summary}), expected {status}");
            }
        }
        foreach (var note in result.Notes)
        {
            output.WriteLine($"note: {note}");
            // A reading that failed is a fault of the tool, which the audit only survives: a fixture must never hit one.
            if (note.IsReadFailure)
            {
                problems.Add($"Read failed: {note}");
            }
        }
        output.WriteLine($"{name}: {expected.Count} expected, {fixture.Annotations.Count(a => a.Ok)} ok, {found.Count} found");
        Assert.True(problems.Count == 0, $"{name}:\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void There_are_fixtures_to_run()
    {
        Assert.NotEmpty(FixtureCase.Discover());
    }

    [Fact]
    public void Every_code_detector_of_the_core_has_fixtures_in_node_python_and_dotnet()
    {
        var fixtures = FixtureCase.Discover().Select(FixtureCase.Load).ToList();
        var missing = new List<string>();
        foreach (var id in CoreDetectors)
        {
            foreach (var stack in new[] { "node", "python", "dotnet" })
            {
                if (!fixtures.Any(f => f.Stack == stack && f.Controls.Contains(id)))
                {
                    missing.Add($"{id} has no {stack} fixture");
                }
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Every_stable_control_with_a_detector_has_a_fixture()
    {
        var covered = FixtureCase.Discover().Select(FixtureCase.Load).SelectMany(f => f.Controls).ToHashSet(StringComparer.Ordinal);

        var missing = ControlCatalog.Default.Controls
            .Where(c => c.Lifecycle == "stable" && !c.IsQuestionnaireOnly && !covered.Contains(c.Id))
            .Select(c => c.Id)
            .ToList();

        Assert.True(missing.Count == 0, "stable controls without a fixture: " + string.Join(", ", missing));
    }

    [Fact]
    public void Fixtures_report_per_control_counts()
    {
        var fixtures = FixtureCase.Discover().Select(FixtureCase.Load).ToList();
        foreach (var group in fixtures.SelectMany(f => f.Annotations).GroupBy(a => a.ControlId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{group.Key}: {group.Count(a => a.Expect)} expect, {group.Count(a => a.Ok)} ok");
        }
        Assert.All(fixtures.SelectMany(f => f.Annotations), a => Assert.NotNull(ControlCatalog.Default.Find(a.ControlId)));
    }

    [Fact]
    public void Every_code_pattern_control_has_three_expect_and_three_ok_cases_in_every_stack_it_claims()
    {
        var annotations = FixtureCase.Discover().Select(FixtureCase.Load).SelectMany(f => f.Annotations).ToList();
        var short_ = new List<string>();
        foreach (var control in ControlCatalog.Default.Controls.Where(c => c.Detect is { Violations.Length: > 0 }).OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            // Patterns that only reveal that the control is met are proved by fixture statuses, not by annotations.
            var stacks = control.Patterns.Where(p => control.Detect!.Violations.Contains(p.Id))
                .SelectMany(p => p.Languages).Select(StackOf).Distinct().Order(StringComparer.Ordinal);
            foreach (var stack in stacks)
            {
                var cases = annotations.Where(a => a.ControlId == control.Id && Languages.FromPath(a.File) is { } l && StackOf(l) == stack).ToList();
                var (expect, ok) = (cases.Count(a => a.Expect), cases.Count(a => a.Ok));
                output.WriteLine($"{control.Id} {stack}: {expect} expect, {ok} ok");
                if (expect < 3 || ok < 3)
                {
                    short_.Add($"{control.Id} in {stack}: {expect} expect, {ok} ok");
                }
            }
        }
        Assert.True(short_.Count == 0, "fewer than 3 expect and 3 ok cases:\n" + string.Join("\n", short_));
    }

    [Fact]
    public void Every_stack_a_control_has_patterns_for_has_a_fixture()
    {
        // Satisfying and applicability patterns are proved by a fixture's status, not by annotations.
        // Configuration (YAML) has no stack: its patterns are proved in the stack whose files they read.
        var fixtures = FixtureCase.Discover().Select(FixtureCase.Load).ToList();
        var missing = ControlCatalog.Default.Controls
            .SelectMany(c => c.Patterns.SelectMany(p => p.Languages).Where(Languages.IsCode).Select(StackOf).Distinct().Select(stack => (c.Id, Stack: stack)))
            .Where(x => !fixtures.Any(f => f.Stack == x.Stack && f.Controls.Contains(x.Id)))
            .Select(x => $"{x.Id} has patterns for {x.Stack} and no {x.Stack} fixture")
            .ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    // Configuration (YAML) has no stack of its own; its patterns are counted under its name.
    private static string StackOf(Language language) => Languages.StackOf(language) ?? Languages.Name(language);

    /// <summary>The detectors the core promises to be truthful, in all three stacks.</summary>
    internal static readonly string[] CoreDetectors =
    [
        "AUTH-AUTHN", "AUTH-SESSION", "AUTH-RESET", "AUTH-RATELIMIT", "ERR-TIMEOUT", "ERR-RETRY", "DATA-DB", "DATA-MIGRATIONS",
        "VAL-UPLOAD", "DEP-BUILD", "DEP-SECRETS", "DEP-CICD", "OBS-ERRORS", "OBS-HEALTH", "AI-RESILIENCE", "QA-TESTS",
    ];
}
