using ShipReady.Facts.Secrets;

namespace ShipReady.Tests.Facts;

public sealed class GitHubTokenChecksumTests
{
    // Built from pieces so that the source of this test does not itself hold a key-shaped string.
    [Theory]
    [InlineData("ghp_", "yk8LTIKF7M9SgRPBFzu7nkPQBBLcAa", "2aAbrx")]
    [InlineData("ghp_", "vKdQ4XtRZOBFd16YZEgyLKyQ8Cee4g", "2NJ0mT")]
    [InlineData("gho_", "Ky9Pf34qY6Nb3wWD25RQ4F5ZR3qa7y", "3gm1IL")]
    // A checksum below 62⁵ is padded with zeros.
    [InlineData("ghs_", "QdwULL38u41vs1OcAjhKqcaSZ9W63r", "0Zu4ln")]
    public void A_token_whose_last_six_characters_are_the_checksum_of_its_body_holds(string prefix, string body, string checksum) =>
        Assert.True(GitHubTokenChecksum.Holds(prefix + body + checksum));

    [Theory]
    [InlineData("ghp_" + "M7H4jxUDDWHP4kZ6A4dxlQYsQIWJuq" + "11T4V3")]
    [InlineData("ghp_" + "vKdQ4XtRZOBFd16YZEgyLKyQ8Cee4g" + "2NJ0mt")]
    [InlineData("ghp_" + "T4V4")]
    public void A_token_typed_to_look_like_one_fails(string token) =>
        Assert.False(GitHubTokenChecksum.Holds(token));

    [Fact]
    public void A_fine_grained_token_has_no_published_check_and_is_kept() =>
        Assert.True(GitHubTokenChecksum.Holds("github_pat_" + new string('a', 22) + "_" + new string('b', 59)));

    [Fact]
    public void The_scanner_drops_a_classic_token_that_fails_its_checksum_and_keeps_one_that_passes()
    {
        var issued = "ghp_" + "vKdQ4XtRZOBFd16YZEgyLKyQ8Cee4g" + "2NJ0mT";
        var typed = "ghp_" + "vKdQ4XtRZOBFd16YZEgyLKyQ8Cee4g" + "2NJ0mX";

        var findings = SecretScanner.Scan("src/export.js", $"a = '{issued}'\nb = '{typed}'\n").ToList();

        Assert.Equal([1], findings.Select(f => f.Location.Line));
    }
}
