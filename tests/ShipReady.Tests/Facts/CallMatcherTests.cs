using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class CallMatcherTests
{
    [Fact]
    public void Finds_balanced_arguments_across_lines()
    {
        const string code = "axios.get(url, {\n  headers: { a: f(1) },\n  timeout: 5000,\n}); next()";
        var open = code.IndexOf('(');

        var arguments = CallMatcher.Arguments(code, open).ToString();

        Assert.EndsWith("timeout: 5000,\n}", arguments);
        Assert.True(CallMatcher.ContainsWord(arguments, "timeout"));
        Assert.False(CallMatcher.ContainsWord(arguments, "time"));
    }

    [Fact]
    public void Stops_at_the_length_limit_on_an_unclosed_call()
    {
        var code = "fetch(" + new string('x', CallMatcher.MaxArgumentLength * 2);

        Assert.Equal(CallMatcher.MaxArgumentLength - 1, CallMatcher.Arguments(code, 5).Length);
    }

    [Fact]
    public void Splits_arguments_at_the_commas_outside_brackets_trimmed_and_without_empty_ones()
    {
        const string Arguments = " @user, f(a, b) , [1, 2], { k: 1, j: 2 },";

        var parts = CallMatcher.Split(Arguments).Select(p => Arguments.Substring(p.Start, p.Length));

        Assert.Equal(["@user", "f(a, b)", "[1, 2]", "{ k: 1, j: 2 }"], parts);
    }
}
