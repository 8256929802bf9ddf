using ShipReady.Facts.Code;
using Xunit;

namespace ShipReady.Tests.Facts;

public sealed class SafeCallsTests
{
    private static readonly SafeCalls Html = new(["h", "link_to", "content_tag", "*_tag", "ERB::Util.h", "I18n.l"]);

    [Theory]
    [InlineData("h(user)", "nil")]
    [InlineData("h user.name", "nil")]
    [InlineData("link_to project.name, project_path(project), class: x", "nil")]
    [InlineData("content_tag(:b, name) + bio", "nil + bio")]
    [InlineData("check_box_tag 'ids', user.id", "nil")]
    [InlineData("ERB::Util.h(x)", "nil")]
    [InlineData("::I18n.l(date.to_date, **options)", "nil")]
    [InlineData("h(a) + h(b)", "nil + nil")]
    public void A_safe_call_reads_as_nil_arguments_and_all(string expression, string expected) =>
        Assert.Equal(expected, Html.Blank(expression));

    [Theory]
    [InlineData("user.h(x)")]
    [InlineData("Foo::h(x)")]
    [InlineData("show(x)")]
    [InlineData("tag")]
    [InlineData("h if x")]
    [InlineData("h + x")]
    [InlineData("my_link_to(x)")]
    [InlineData("Other.l(x)")]
    public void A_name_that_is_not_a_call_of_a_safe_method_is_left(string expression) =>
        Assert.Equal(expression, Html.Blank(expression));

    [Theory]
    [InlineData("(h user.name) + user.bio", "(nil) + user.bio")]
    [InlineData("h a; b", "nil; b")]
    [InlineData("[h a, b]", "[nil]")]
    public void A_call_without_brackets_ends_with_its_statement(string expression, string expected) =>
        Assert.Equal(expected, Html.Blank(expression));

    [Theory]
    [InlineData("t(:welcome)", "nil")]
    [InlineData("t('.title', count: 2)", "nil")]
    [InlineData("t :welcome", "nil")]
    [InlineData("t(:welcome, name: user.name)", "t(:welcome, name: user.name)")]
    [InlineData("t(key)", "t(key)")]
    public void A_translation_is_safe_only_from_literals(string expression, string expected) =>
        Assert.Equal(expected, new SafeCalls(["t()"]).Blank(expression));

    [Fact]
    public void A_pattern_that_can_match_an_empty_name_still_moves_on()
    {
        var calls = new SafeCalls(["*"]);

        Assert.Equal("a + nil", calls.Blank("a + b(c)"));
    }

    [Fact]
    public void A_whole_expression_is_a_safe_call_only_when_nothing_is_left()
    {
        Assert.True(Html.IsSafeCall(" link_to(name, url) "));
        Assert.False(Html.IsSafeCall("link_to(name, url) + bio"));
        Assert.False(SafeCalls.None.IsSafeCall("h(x)"));
    }
}
