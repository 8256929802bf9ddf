using ShipReady.Model;

namespace ShipReady.History.Tests;

/// <summary>A diff names gaps closed and opened, bucket moves, hours burned down and findings by fingerprint.</summary>
public sealed class RunComparisonTests
{
    private static ItemState Item(string id, Bucket bucket, double hours) => new(id, ResultStatus.Gap, bucket, hours);

    private static FindingState Finding(string fingerprint, int line) => new(fingerprint, "ERR-TIMEOUT", "src/api.js", line);

    [Fact]
    public void Closed_opened_moved_and_hours_burned_down()
    {
        var before = new RunSnapshot(
            [Item("AUTH-AUTHN", Bucket.MustHave, 4), Item("AUTH-SESSION", Bucket.MustHave, 2), Item("QA-TESTS", Bucket.Defer, 6), Item("OBS-ERRORS", Bucket.Within30Days, 2)],
            [Finding("aaa", 10), Finding("bbb", 20)], FindingsComplete: true);
        var after = new RunSnapshot(
            [Item("AUTH-AUTHN", Bucket.MustHave, 4), Item("QA-TESTS", Bucket.Within30Days, 6), Item("OBS-ERRORS", Bucket.Within30Days, 2), Item("ERR-TIMEOUT", Bucket.MustHave, 1.5)],
            [Finding("bbb", 22), Finding("ccc", 30)], FindingsComplete: true);

        var diff = RunComparison.Compare(before, after);

        Assert.Equal(["AUTH-SESSION"], diff.Closed.Select(i => i.ControlId));
        Assert.Equal(["ERR-TIMEOUT"], diff.Opened.Select(i => i.ControlId));
        var moved = Assert.Single(diff.Moved);
        Assert.Equal(("QA-TESTS", Bucket.Defer, Bucket.Within30Days), (moved.After.ControlId, moved.Before.Bucket, moved.After.Bucket));
        Assert.Equal(6, diff.MustHaveHoursBefore);
        Assert.Equal(5.5, diff.MustHaveHoursAfter);
        Assert.Equal(0.5, diff.HoursBurnedDown);
        Assert.Equal(["aaa"], diff.FixedFindings.Select(f => f.Fingerprint));
        Assert.Equal(["ccc"], diff.NewFindings.Select(f => f.Fingerprint));
        Assert.True(diff.FindingsComplete);
    }

    [Fact]
    public void A_question_answered_no_is_reported_as_answered()
    {
        var before = new RunSnapshot([new ItemState("DATA-BACKUP", ResultStatus.Unknown, Bucket.Within30Days, 2), new ItemState("DEP-TLS", ResultStatus.Unknown, Bucket.MustHave, 1)], [], true);
        var after = new RunSnapshot([new ItemState("DATA-BACKUP", ResultStatus.Gap, Bucket.Within30Days, 2)], [], true);

        var diff = RunComparison.Compare(before, after);

        Assert.Equal(["DATA-BACKUP"], diff.Answered.Select(i => i.ControlId));
        Assert.Equal(["DEP-TLS"], diff.Closed.Select(i => i.ControlId));
        Assert.Empty(diff.Moved);
    }

    [Fact]
    public void A_run_compared_with_itself_shows_nothing()
    {
        var snapshot = RunSnapshot.From(HistoryFiles.Audit);

        var diff = RunComparison.Compare(snapshot, snapshot);

        Assert.Empty(diff.Closed);
        Assert.Empty(diff.Opened);
        Assert.Empty(diff.Moved);
        Assert.Empty(diff.NewFindings);
        Assert.Empty(diff.FixedFindings);
        Assert.Equal(0, diff.HoursBurnedDown);
    }

    [Fact]
    public void A_partial_side_makes_the_finding_lists_partial()
    {
        var full = new RunSnapshot([], [Finding("aaa", 1)], FindingsComplete: true);
        var partial = full with { FindingsComplete = false };

        Assert.False(RunComparison.Compare(full, partial).FindingsComplete);
    }
}
