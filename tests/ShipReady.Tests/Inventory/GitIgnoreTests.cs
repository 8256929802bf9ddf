using ShipReady.Inventory;

namespace ShipReady.Tests.Inventory;

public sealed class GitIgnoreTests
{
    [Theory]
    [InlineData("*.log", "debug.log", false, true)]
    [InlineData("*.log", "deep/er/debug.log", false, true)]
    [InlineData("/build", "build", true, true)]
    [InlineData("/build", "src/build", true, null)]
    [InlineData("logs/", "logs", false, null)]
    [InlineData("logs/", "logs", true, true)]
    [InlineData("docs/**/*.pdf", "docs/a/b/c.pdf", false, true)]
    [InlineData("docs/**/*.pdf", "docs/c.pdf", false, true)]
    [InlineData("**/cache", "a/b/cache", true, true)]
    [InlineData("a/**", "a/x/y", false, true)]
    [InlineData(@"\#hash", "#hash", false, true)]
    [InlineData("# comment", "# comment", false, null)]
    public void Decides_like_git(string rules, string path, bool isDirectory, bool? expected)
    {
        Assert.Equal(expected, GitIgnore.Parse("", rules).Decide(path, isDirectory));
    }

    [Fact]
    public void A_line_that_is_no_pattern_is_skipped_and_the_rest_still_apply()
    {
        var ignore = GitIgnore.Parse("", "[z-a]\n[[[[\n*.log\n");

        Assert.True(ignore.Decide("a.log", false));
        Assert.Null(ignore.Decide("z", false));
    }

    [Fact]
    public void Hostile_globs_are_literal_text_not_a_crash()
    {
        Assert.True(Glob.Parse("((((a*)*)*)*[[[[").IsMatch("((((a)))[[[["));
    }

    [Fact]
    public void Last_matching_line_wins_so_negation_reincludes()
    {
        var ignore = GitIgnore.Parse("", "*.env\n!example.env\n");

        Assert.True(ignore.Decide("prod.env", false));
        Assert.False(ignore.Decide("example.env", false));
    }

    [Fact]
    public void Nested_file_matches_relative_to_its_folder()
    {
        var ignore = GitIgnore.Parse("web", "/generated\n");

        Assert.True(ignore.Decide("web/generated", true));
        Assert.Null(ignore.Decide("web/src/generated", true));
    }
}
