using ShipReady.Catalog;
using ShipReady.Model;
using ShipReady.Planning;
using ShipReady.Triage;

namespace ShipReady.Tests.Planning;

public sealed class PlanBuilderTests
{
    [Fact]
    public void Orders_must_haves_by_dependency_then_severity()
    {
        var plan = PlanBuilder.Build(Profile.Default,
        [
            Item(TestControls.Make("DEP-BUILD", dependsOn: ["DEP-SECRETS"])),
            Item(TestControls.Make("DATA-DB", impact: Impact.DataLoss, dependsOn: ["DATA-MIGRATIONS"])),
            Item(TestControls.Make("DATA-MIGRATIONS", impact: Impact.DataLoss)),
            Item(TestControls.Make("DEP-SECRETS", impact: Impact.SecurityBreach)),
        ]);

        Assert.Equal(["DEP-SECRETS", "DATA-MIGRATIONS", "DATA-DB", "DEP-BUILD"], plan.MustHave.Select(i => i.Id));
    }

    [Fact]
    public void Says_plainly_what_does_not_fit_the_timebox()
    {
        var plan = PlanBuilder.Build(Profile.Default with { TimeboxHours = 10 },
        [
            Item(TestControls.Make("A-ONE", hours: 6)),
            Item(TestControls.Make("A-THREE", hours: 6)),
            Item(TestControls.Make("A-TWO", hours: 1)),
        ]);

        Assert.Equal(["A-ONE"], plan.MustHave.Select(i => i.Id));
        Assert.Equal(["A-THREE", "A-TWO"], plan.DoesNotFit.Select(i => i.Id));
        Assert.True(plan.OverTimebox);
        Assert.Equal(13, plan.MustHaveHours);
    }

    [Fact]
    public void Spreads_30_day_items_over_four_weeks_in_order()
    {
        var items = Enumerable.Range(1, 8).Select(i => Item(TestControls.Make($"OBS-X{i}", hours: 2), Bucket.Within30Days)).ToList();

        var plan = PlanBuilder.Build(Profile.Default, items);

        Assert.Equal(4, plan.Weeks.Length);
        Assert.All(plan.Weeks, w => Assert.Equal(4, w.Sum(i => i.Hours)));
        Assert.Equal(items.Select(i => i.Id), plan.Within30Days.Select(i => i.Id));
    }

    [Fact]
    public void Questions_are_listed_apart_and_not_counted()
    {
        var question = new TriagedItem(TestControls.Make("DEP-TLS"), new ControlResult("DEP-TLS", ResultStatus.Unknown, [], Confidence.Low, "?"), Bucket.MustHave, "r", 2, null);

        var plan = PlanBuilder.Build(Profile.Default, [question, Item(TestControls.Make("AUTH-AUTHN", hours: 4))]);

        Assert.Equal(["DEP-TLS"], plan.Questions.Select(i => i.Id));
        Assert.Equal(4, plan.MustHaveHours);
    }

    private static TriagedItem Item(Control control, Bucket bucket = Bucket.MustHave) =>
        new(control, TestControls.Gap(control.Id), bucket, "reason", control.Effort.Hours, null);
}
