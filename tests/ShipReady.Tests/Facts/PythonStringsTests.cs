using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class PythonStringsTests
{
    [Theory]
    [InlineData("f\"{last_error} - <a href=\\\"{url_for('settings', uuid=self.get('uuid'))}\\\">x</a>\"", new[] { "last_error", "url_for('settings', uuid=self.get('uuid'))" })]
    [InlineData("f'{a!r:>10} {{literal}} {b=}'", new[] { "a", "b" })]
    [InlineData("'<b>' f'{name}' \"</b>\"", new[] { "name" })]
    [InlineData("f'{d[\"k\"]}'", new[] { "d[\"k\"]" })]
    public void Reads_the_holes_of_f_strings(string text, string[] holes) =>
        Assert.Equal(holes, PythonStrings.Read(text)!.Holes);

    [Fact]
    public void Reads_what_format_is_given() =>
        Assert.Equal("url_for('x'), self.get('url', '')", PythonStrings.Read("'<a href=\"{}\">{}</a>'.format(url_for('x'), self.get('url', ''))")!.FormatArguments);

    [Theory]
    [InlineData("'a'.join(items)")]
    [InlineData("name")]
    [InlineData("f'{x:{width}}'")]
    [InlineData("'unclosed")]
    public void Leaves_anything_else_unread(string text) =>
        Assert.Null(PythonStrings.Read(text));
}
