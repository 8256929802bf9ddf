using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class GoFormatVerbsTests
{
    [Theory]
    [InlineData("\"delete from %s where site_id=%d\"", "sd")]
    [InlineData("`LIMIT %d, %5d -- 100%% %-8.2f`", "ddf")]
    [InlineData("\"no verbs\"", "")]
    public void Reads_one_verb_per_value(string literal, string verbs) =>
        Assert.Equal(verbs, new string([.. GoFormatVerbs.Of(literal)!]));

    [Theory]
    [InlineData("\"%[2]d %[1]s\"")]
    [InlineData("\"%*d\"")]
    [InlineData("name")]
    public void A_format_that_picks_its_values_otherwise_is_not_read(string literal) => Assert.Null(GoFormatVerbs.Of(literal));
}
