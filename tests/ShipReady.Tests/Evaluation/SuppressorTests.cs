using ShipReady.Evaluation;
using ShipReady.Facts;
using ShipReady.Inventory;
using ShipReady.Model;

namespace ShipReady.Tests.Evaluation;

public sealed class SuppressorTests
{
    private static ControlResult Gap(string id, params Evidence[] evidence) => new(id, ResultStatus.Gap, [.. evidence], Confidence.High, "gap");

    private static Evidence At(int line, string fingerprint = "f") => new(new Location("src/a.js", line), "x", "why", fingerprint);

    [Fact]
    public void An_inline_marker_hides_its_control_on_the_next_code_line_only()
    {
        var marker = Assert.Single(InlineSuppressions.Scan("src/a.js", "// shipready-ignore ERR-TIMEOUT: the partner answers within 50 ms\n\nfetch(url);\nfetch(other);\n"));
        Assert.Equal([1, 3], marker.AppliesToLines);

        var (results, statuses) = Suppressor.Apply([Gap("ERR-TIMEOUT", At(3), At(4)), Gap("ERR-RETRY", At(3))], [marker]);

        Assert.Equal([4], results[0].Findings.Select(e => e.Location!.Line));
        Assert.Equal("1 suppressed; 1 left: why", results[0].Summary);
        Assert.Equal(ResultStatus.Gap, results[1].Status);
        Assert.Equal(1, Assert.Single(statuses).Matched);
    }

    [Fact]
    public void A_result_whose_every_finding_is_accepted_is_met_and_an_unused_suppression_is_stale()
    {
        var byFingerprint = new Suppression("DEP-SECRETS", "a revoked test key", false, new Location("shipready.yml", 7), [], Fingerprint: "abc");
        var byPath = new Suppression("VAL-XSS", "generated code", false, new Location("shipready.yml", 10), [], Path: Glob.Parse("vendor-ui/**"));

        var (results, statuses) = Suppressor.Apply([Gap("DEP-SECRETS", At(2, "abc"))], [byFingerprint, byPath]);

        Assert.Equal(ResultStatus.Met, results[0].Status);
        Assert.Equal([false, true], statuses.Select(s => s.IsStale));
    }

    [Fact]
    public void A_marker_without_a_reason_is_found_with_an_empty_reason_for_the_audit_to_refuse()
    {
        var marker = Assert.Single(InlineSuppressions.Scan("app.py", "x = 1  # shipready-ignore ERR-TIMEOUT\n"));

        Assert.Equal("", marker.Reason);
    }
}
