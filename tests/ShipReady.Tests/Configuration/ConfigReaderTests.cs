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

    [Theory]
    [InlineData("profile:\n  archetype: startup\n", "shipready.yml:2: unknown archetype 'startup'; use one of:")]
    [InlineData("profile:\n  timebox: lots\n", "shipready.yml:2: timebox 'lots' must be a number of hours")]
    [InlineData("profile:\n  handles: [money, cash]\n", "shipready.yml:2: unknown data kind 'cash'")]
    [InlineData("profle:\n  archetype: b2b\n", "shipready.yml:1: unknown key 'profle'; known keys here: profile, ignore")]
    [InlineData("profile: [\n", "shipready.yml:")]
    public void Errors_name_file_line_and_fix(string text, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigReader.Read("shipready.yml", text));

        Assert.StartsWith(expected, error.Message);
    }
}
