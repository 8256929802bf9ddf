using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class ScriptOperandsTests
{
    [Theory]
    [InlineData("c ? `<img src=\"${u}\">` : '<span></span>'", new[] { " `<img src=\"${u}\">` ", " '<span></span>'" })]
    [InlineData("a ? b ? c : d : e", new[] { " b ? c : d ", " e" })]
    [InlineData("`new` + Math.floor(Math.random() * 1000)", new[] { "`new` ", " Math.floor(Math.random() * 1000)" })]
    [InlineData("name || 'Anonymous'", new[] { "name ", " 'Anonymous'" })]
    [InlineData("user?.name ?? 'x'", new[] { "user?.name ", " 'x'" })]
    [InlineData("'a?b:c' + x", new[] { "'a?b:c' ", " x" })]
    public void Reads_the_branches_of_a_conditional_and_the_operands_of_a_join(string expression, string[] parts) =>
        Assert.Equal(parts, ScriptOperands.Of(expression));

    [Theory]
    [InlineData("el.textContent")]
    [InlineData("x = a ? b : c")]
    [InlineData("(a) => a ? b : c")]
    [InlineData("/a?b/.test(s) ? x : y")]
    [InlineData("i++")]
    [InlineData("f(a ? b : c")]
    public void Leaves_an_expression_it_cannot_read_whole(string expression) =>
        Assert.Null(ScriptOperands.Of(expression));

    [Theory]
    [InlineData("el.getBoundingClientRect().width", true)]
    [InlineData("$(e.target).data('id')", true)]
    [InlineData("el!.id", true)]
    [InlineData("a + el.offsetWidth", false)]
    [InlineData("cond ? x : el.offsetWidth", false)]
    public void A_chain_has_nothing_but_members_at_its_outermost_level(string expression, bool chain) =>
        Assert.Equal(chain, ScriptOperands.IsChain(expression));

    [Theory]
    [InlineData("button.textContent", true)]
    [InlineData("field.dataset[meta.key]", true)]
    [InlineData("$(event.currentTarget).data('step-index')", true)]
    [InlineData("parentElement\n.querySelector('input[type=number]')\n.id.split('-')[1]", true)]
    [InlineData("comment.id", false)]
    [InlineData("input.value", false)]
    [InlineData("el.textContent.length", false)]
    [InlineData("a + el.textContent", false)]
    public void Page_text_is_read_from_an_element(string expression, bool pageText) =>
        Assert.Equal(pageText, PageText.Holds(expression));

    [Theory]
    [InlineData("original.offsetWidth", true)]
    [InlineData("window.innerWidth", true)]
    [InlineData("el.getBoundingClientRect().height", true)]
    [InlineData("el.dataset.width", false)]
    [InlineData("x ? label : el.offsetWidth", false)]
    public void Layout_numbers_are_read_off_an_element(string expression, bool number) =>
        Assert.Equal(number, BrowserValues.IsLayoutNumber(expression));
}
