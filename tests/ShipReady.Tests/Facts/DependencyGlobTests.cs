using ShipReady.Facts;

namespace ShipReady.Tests.Facts;

public sealed class DependencyGlobTests
{
    [Theory]
    [InlineData("npm:@sentry/*", "npm:@sentry/node", true)]
    [InlineData("npm:@sentry/*", "npm:sentry", false)]
    [InlineData("nuget:Microsoft.AspNetCore.Authentication.*", "nuget:microsoft.aspnetcore.authentication.jwtbearer", true)]
    [InlineData("pypi:sentry_sdk", "pypi:Sentry-SDK", true)]
    [InlineData("pypi:opentelemetry-*", "pypi:opentelemetry.sdk", true)]
    [InlineData("npm:*-rate-*", "npm:express-rate-limit", true)]
    [InlineData("npm:a*a", "npm:a", false)]
    [InlineData("npm:express", "pypi:express", false)]
    [InlineData("go:github.com/stripe/stripe-go*", "go:github.com/stripe/stripe-go/v76", true)]
    [InlineData("maven:com.stripe:stripe-java", "maven:com.stripe:stripe-java", true)]
    [InlineData("gem:stripe", "gem:stripe-ruby-mock", false)]
    public void Matches_with_star_wildcards_case_insensitively(string glob, string key, bool expected)
    {
        Assert.True(DependencyGlob.TryParse(glob, out var parsed));

        Assert.Equal(expected, parsed!.IsMatch(DependencyGlob.Normalise(key)));
        var colon = key.IndexOf(':');
        Assert.Equal(expected, parsed.IsMatch(new Dependency(key[..colon], key[(colon + 1)..], null, new ShipReady.Model.Location("package.json"))));
    }

    [Theory]
    [InlineData("express")]
    [InlineData("cargo:serde")]
    [InlineData("npm:")]
    public void Rejects_patterns_without_a_known_ecosystem(string glob)
    {
        Assert.False(DependencyGlob.TryParse(glob, out _));
    }
}
