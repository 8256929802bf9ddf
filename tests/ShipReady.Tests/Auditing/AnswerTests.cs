using ShipReady.Auditing;
using ShipReady.Configuration;
using ShipReady.Inventory;
using ShipReady.Model;

namespace ShipReady.Tests.Auditing;

/// <summary>Answers in shipready.yml settle the controls that code cannot show.</summary>
public sealed class AnswerTests
{
    private static AuditResult Audit(string config) =>
        new Auditor().Run(new MemoryFileSource()
            .Add("package.json", "{\"dependencies\":{\"express\":\"^4.19.0\"}}")
            .Add("server.js", "const app = require('express')();\napp.listen(3000);\n")
            .Add(AuditConfig.FileName, config));

    private static ControlResult Result(AuditResult audit, string id) => audit.Results.Single(r => r.ControlId == id);

    [Fact]
    public void Yes_meets_the_control_no_makes_it_a_gap_and_silence_leaves_the_question()
    {
        var audit = Audit("answers:\n  DATA-BACKUP: yes\n  DEP-TLS: no\n");

        Assert.Equal(ResultStatus.Met, Result(audit, "DATA-BACKUP").Status);
        Assert.DoesNotContain(audit.Items, i => i.Id == "DATA-BACKUP");
        var tls = Result(audit, "DEP-TLS");
        Assert.Equal(ResultStatus.Gap, tls.Status);
        Assert.Equal(Confidence.High, tls.Confidence);
        Assert.Contains("answered no in shipready.yml (line 3)", Assert.Single(tls.Evidence).Why);
        Assert.Equal(ResultStatus.Unknown, Result(audit, "OBS-UPTIME").Status);
    }

    [Fact]
    public void An_answers_key_with_nothing_under_it_answers_nothing()
    {
        var audit = Audit("answers:\n  # DATA-BACKUP: yes|no\n");

        Assert.Equal(ResultStatus.Unknown, Result(audit, "DATA-BACKUP").Status);
    }

    [Theory]
    [InlineData("answers:\n  DEP-SECRETS: yes\n", "shipready.yml:2: answer for DEP-SECRETS, which is detected from the code, not asked; answers are for:")]
    [InlineData("answers:\n  DATA-BAKUP: yes\n", "shipready.yml:2: answer for DATA-BAKUP, which is not a control;")]
    [InlineData("answers:\n  DATA-BACKUP: maybe\n", "shipready.yml:2: the answer for DATA-BACKUP must be yes or no, not 'maybe'.")]
    [InlineData("answers:\n  DATA-BACKUP: yes\n  data-backup: no\n", "shipready.yml:3: a second answer for DATA-BACKUP; keep one.")]
    [InlineData("answers: [DATA-BACKUP]\n", "shipready.yml:1: 'answers' must be a mapping of control ids to yes or no")]
    public void A_wrong_answer_is_a_config_error_with_its_line(string config, string message)
    {
        var error = Assert.Throws<ConfigException>(() => Audit(config));

        Assert.StartsWith(message, error.Message);
    }
}
