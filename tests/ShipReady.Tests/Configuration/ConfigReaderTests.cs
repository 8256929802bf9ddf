using ShipReady.Configuration;

namespace ShipReady.Tests.Configuration;

public sealed class ConfigReaderTests
{
    [Fact]
    public void Reads_the_profile_and_ignores()
    {
        var config = ConfigReader.Read("shipready.yml", "profile:\n  name: DocReview\n  archetype: fintech\n  handles: [money, personal-data]\n  timebox: 60\nignore:\n  - \"legacy/**\"\n");

        Assert.Equal("fintech", config.Profile.Archetype);
        Assert.Equal(["money", "personal-data"], config.Profile.Handles);
        Assert.Equal(60, config.Profile.TimeboxHours);
        Assert.Equal(["legacy/**"], config.Ignore.ToArray());
    }

    [Fact]
    public void Reads_decisions_with_owner_date_and_trigger()
    {
        const string text = "decisions:\n  - control: obs-errors\n    bucket: defer\n    reason: we read the logs daily until launch week\n    owner: dana\n    revisit: 2027-03-01\n    trigger: { kind: dependency, category: payments, say: payments are added }\n";

        var decision = Assert.Single(ConfigReader.Read("shipready.yml", text).Decisions);

        Assert.Equal(("OBS-ERRORS", ShipReady.Model.Bucket.Defer, "dana", new DateOnly(2027, 3, 1), 2), (decision.ControlId, decision.Bucket, decision.Owner, decision.RevisitOn!.Value, decision.Line));
        Assert.Equal(["payments"], decision.Trigger!.Values.ToArray());
    }

    [Theory]
    [InlineData("decisions:\n  - control: OBS-ERRORS\n    bucket: defer\n    revisit: 2027-03-01\n", "shipready.yml:2: the decision on OBS-ERRORS has no reason")]
    [InlineData("decisions:\n  - control: OBS-ERRORS\n    bucket: defer\n    reason: later\n", "shipready.yml:2: the deferral of OBS-ERRORS needs 'revisit: <date>' or a 'trigger'")]
    [InlineData("decisions:\n  - control: OBS-ERRORS\n    bucket: soon\n    reason: later\n", "shipready.yml:3: the decision on OBS-ERRORS needs 'bucket'")]
    [InlineData("decisions:\n  - control: OBS-ERRORS\n    bucket: defer\n    reason: later\n    revisit: next spring\n", "shipready.yml:5: revisit of the decision on OBS-ERRORS must be a date")]
    public void Decision_errors_name_file_line_and_fix(string text, string expected)
    {
        Assert.StartsWith(expected, Assert.Throws<ConfigException>(() => ConfigReader.Read("shipready.yml", text)).Message);
    }

    [Theory]
    [InlineData("profile:\n  archetype: startup\n", "shipready.yml:2: unknown archetype 'startup'; use one of:")]
    [InlineData("profile:\n  timebox: lots\n", "shipready.yml:2: timebox 'lots' must be a number of hours")]
    [InlineData("profile:\n  handles: [money, cash]\n", "shipready.yml:2: unknown data kind 'cash'")]
    [InlineData("profle:\n  archetype: b2b\n", "shipready.yml:1: unknown key 'profle'; known keys here: profile, ignore, answers, decisions")]
    [InlineData("profile: [\n", "shipready.yml:")]
    [InlineData("ignore:\n  - \"src/[z-a]\"\n", "shipready.yml:2: ignore pattern 'src/[z-a]' is not a valid glob")]
    public void Errors_name_file_line_and_fix(string text, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigReader.Read("shipready.yml", text));

        Assert.StartsWith(expected, error.Message);
    }
}
