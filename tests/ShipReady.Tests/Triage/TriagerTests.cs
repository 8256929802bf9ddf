using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Evaluation;
using ShipReady.Facts;
using ShipReady.Model;
using ShipReady.Triage;

namespace ShipReady.Tests.Triage;

public sealed class TriagerTests
{
    private static readonly DependencyCategory Payments = new("payments", "money", [DependencyGlobOf("npm:stripe")]);

    [Fact]
    public void First_matching_rule_decides_and_the_reason_names_it()
    {
        var control = TestControls.Make("AUTH-RATELIMIT", Bucket.Defer, rules:
        [
            new TriageRule([Archetype.SideProject], [], Bucket.Defer, "a demo for friends"),
            new TriageRule([], [DataKind.Money], Bucket.MustHave, "payment endpoints get brute-forced"),
        ]);

        var item = Triage(control, Profile.Default with { Handles = [DataKind.Money] });

        Assert.Equal(Bucket.MustHave, item.Bucket);
        Assert.Equal("handles money → must-have: payment endpoints get brute-forced", item.Reason);
    }

    [Fact]
    public void Without_a_matching_rule_the_base_bucket_says_default()
    {
        var item = Triage(TestControls.Make("QA-TESTS", Bucket.Defer), Profile.Default);

        Assert.Equal(Bucket.Defer, item.Bucket);
        Assert.Equal("default → defer: base reason", item.Reason);
    }

    [Fact]
    public void A_deferral_whose_trigger_the_audit_sees_is_promoted_and_says_why()
    {
        var control = TestControls.Make("AUTH-RATELIMIT", Bucket.Defer, revisit:
            [new RevisitTrigger(TriggerKind.Dependency, "a payments SDK appears in the manifests", ["payments"], Bucket.MustHave)]);

        var quiet = Triage(control, Profile.Default, TestControls.Facts(TestControls.Npm("express")));
        var fired = Triage(control, Profile.Default, TestControls.Facts(TestControls.Npm("stripe")));

        Assert.Equal(Bucket.Defer, quiet.Bucket);
        Assert.Equal(Bucket.MustHave, fired.Bucket);
        Assert.Equal("deferred, but its trigger fired: a payments SDK appears in the manifests (npm:stripe in package.json:3) → must-have", fired.Reason);
    }

    [Fact]
    public void A_decision_replaces_the_policy_bucket_and_says_whose_it_is()
    {
        var decision = new Decision("OBS-ERRORS", Bucket.Defer, "we read the logs daily", "dana", new DateOnly(2027, 3, 1), null, 4);

        var item = Triage(TestControls.Make("OBS-ERRORS", Bucket.Within30Days), Profile.Default, decisions: [decision], today: new DateOnly(2026, 12, 1));

        Assert.Equal(Bucket.Defer, item.Bucket);
        Assert.Equal("decision (dana) → defer: we read the logs daily", item.Reason);
        Assert.Null(item.DecisionDue);
    }

    [Fact]
    public void A_decision_past_its_date_still_holds_but_is_due()
    {
        var decision = new Decision("OBS-ERRORS", Bucket.Defer, "later", null, new DateOnly(2026, 11, 1), null, 4);

        var item = Triage(TestControls.Make("OBS-ERRORS", Bucket.Within30Days), Profile.Default, decisions: [decision], today: new DateOnly(2026, 11, 24));

        Assert.Equal(Bucket.Defer, item.Bucket);
        Assert.Equal("its revisit date 2026-11-01 has passed", item.DecisionDue);
    }

    [Fact]
    public void A_decision_lapses_when_its_trigger_fires_and_the_policy_bucket_returns()
    {
        var trigger = new RevisitTrigger(TriggerKind.Dependency, "payments are added", ["payments"], Bucket.MustHave);
        var decision = new Decision("OBS-ERRORS", Bucket.Defer, "later", null, null, trigger, 4);
        var control = TestControls.Make("OBS-ERRORS", Bucket.Within30Days);

        var quiet = Triage(control, Profile.Default, TestControls.Facts(TestControls.Npm("express")), decisions: [decision]);
        var fired = Triage(control, Profile.Default, TestControls.Facts(TestControls.Npm("stripe")), decisions: [decision]);

        Assert.Equal(Bucket.Defer, quiet.Bucket);
        Assert.Equal(Bucket.Within30Days, fired.Bucket);
        Assert.Equal("decided defer: later; but its trigger fired: payments are added (npm:stripe in package.json:3) → within 30 days", fired.Reason);
    }

    [Fact]
    public void Hours_grow_with_evidence_up_to_the_cap()
    {
        var control = TestControls.Make("ERR-TIMEOUT", hours: 2);

        Assert.Equal(2, Triage(control, Profile.Default, result: TestControls.Gap("ERR-TIMEOUT", 1)).Hours);
        Assert.Equal(3, Triage(control, Profile.Default, result: TestControls.Gap("ERR-TIMEOUT", 3)).Hours);
        Assert.Equal(8, Triage(control, Profile.Default, result: TestControls.Gap("ERR-TIMEOUT", 100)).Hours);
    }

    private static TriagedItem Triage(Control control, Profile profile, FactSet? facts = null, ControlResult? result = null, Decision[]? decisions = null, DateOnly? today = null)
    {
        var catalog = ControlCatalog.Of([control], Payments);
        var context = new EvaluationContext(facts ?? TestControls.Facts(), profile);
        return Assert.Single(new Triager(catalog, profile, decisions, today).Triage([result ?? TestControls.Gap(control.Id)], context));
    }

    private static DependencyGlob DependencyGlobOf(string text)
    {
        Assert.True(DependencyGlob.TryParse(text, out var glob));
        return glob!;
    }
}
