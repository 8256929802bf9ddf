using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Tests.Facts;

public sealed class ValueOriginTests
{
    private static readonly CodePattern InnerHtml = ControlCatalog.Default.Find("VAL-XSS")!.Patterns.Single(p => p.Id == "js-inner-html");

    [Theory]
    [InlineData("const html = await response.text();", "html", "await response.text();")]
    [InlineData("  score++;", "score", "0")]
    [InlineData("  --score;", "score", "0")]
    [InlineData("note += input.value;", "note", "input.value;")]
    [InlineData("rows := strings.Join(cells, \"\")", "rows", "strings.Join(cells, \"\")")]
    [InlineData("response.text().then(text => {", "text", "")]
    [InlineData("const [svg, setSvg] = useState(null);", "svg", "")]
    [InlineData("function show(box, message) {", "message", "")]
    [InlineData("    public void DropDatabase(SqlConnection connection, string databaseName)", "databaseName", "")]
    [InlineData("  private async renderRow(row: Row, label: string) {", "label", "")]
    public void Reads_assignments_increments_declarations_and_parameters(string line, string name, string expected)
    {
        Assert.Equal(expected, ValueOrigin.BindingIn(line, name));
    }

    [Theory]
    [InlineData("if (html === other) {", "html")]
    [InlineData("el.innerHTML = html;", "html")]
    [InlineData("const htmlText = 1;", "html")]
    [InlineData("this.html = 3;", "html")]
    [InlineData("if (score) {", "score")]
    [InlineData("    return Quote(databaseName);", "databaseName")]
    [InlineData("    var quoted = new SqlCommandBuilder().QuoteIdentifier(databaseName);", "databaseName")]
    [InlineData("    private static readonly Regex R = new(pattern);", "pattern")]
    [InlineData("    async for row in cur.stream(sql):", "sql")]
    public void Comparisons_reads_longer_names_and_members_are_not_bindings(string line, string name)
    {
        Assert.Null(ValueOrigin.BindingIn(line, name));
    }

    [Theory]
    [InlineData("html.replace('a', 'b')", "html")]
    [InlineData("item.count", "item")]
    [InlineData("this.preview", null)]
    [InlineData("`<b>${x}</b>`", null)]
    [InlineData("42", null)]
    public void The_name_a_value_starts_with(string value, string? expected)
    {
        Assert.Equal(expected, ValueOrigin.LeadingName(value));
    }

    [Fact]
    public void Only_the_nearest_binding_counts()
    {
        // The first binding is a server-rendered fragment; the second mixes in what the user typed.
        const string code = "async function f(el, input) {\n  let note = await (await fetch('/n')).text();\n  note = note + input.value;\n  el.innerHTML = note;\n}\n";

        Assert.Equal([4], Scan(code).Select(h => h.Location.Line));
    }

    [Fact]
    public void A_binding_goes_on_through_the_chain_of_calls_below_it_and_stops_where_the_chain_does()
    {
        const string code = "def f\n  sub = relation\n    .where(a: 1)\n    # comment\n    .to_sql\n  other = 2\n  run(sub)\nend\n";
        using var masked = CodeMasker.Mask(code, Language.Ruby);
        var at = code.IndexOf("sub)", StringComparison.Ordinal);

        var origin = ValueOrigin.Read(masked, at, 3);

        Assert.Equal("  sub = relation\n.where(a: 1)\n.to_sql", origin.Binding);
    }

    [Theory]
    [InlineData("  EVENTS.each do |event_name|", true)]
    [InlineData("  Notification::EVENTS.each_with_index do |event_name, i|", true)]
    [InlineData("  %w[comment mention].each { |event_name|", true)]
    [InlineData("  params[:events].each do |event_name|", false)]
    [InlineData("  events.each do |event_name|", false)]
    public void A_block_binds_its_parameters_and_a_block_over_a_constant_list_binds_a_constant(string block, bool constant)
    {
        var code = $"EVENTS.each do |event_name|\n{block}\n  run(event_name)\nend\n";
        using var masked = CodeMasker.Mask(code, Language.Ruby);

        var origin = ValueOrigin.Read(masked, code.LastIndexOf("event_name)", StringComparison.Ordinal), "event_name".Length);

        Assert.Equal(block.Trim(), origin.Binding);
        Assert.Equal(constant, origin.IsConstant);
    }

    [Theory]
    [InlineData("  rooms.each_with_index do |room, index|", "index", true)]
    [InlineData("  rooms.each_with_index do |room, index|", "index + 1", true)]
    [InlineData("  rooms.each.with_index(1) { |room, index|", "index", true)]
    [InlineData("  rooms.each_with_index.map do |room, index|", "index * 2", true)]
    [InlineData("  5.times do |index|", "index", true)]
    [InlineData("  rooms.size.times do |index|", "index", true)]
    [InlineData("  (1..last).each do |index|", "index", true)]
    [InlineData("  1.upto(last) do |index|", "index", true)]
    [InlineData("  rooms.each_index do |index|", "index", true)]
    // The item, not the index; a count not of an Integer's; the pair inject is given; the index joined to text.
    [InlineData("  rooms.each_with_index do |index, i|", "index", false)]
    [InlineData("  rooms.each do |index|", "index", false)]
    [InlineData("  schedule.times do |index|", "index", false)]
    [InlineData("  rooms.each_with_index.inject(0) do |sum, index|", "index", false)]
    [InlineData("  (first..last).each do |index|", "index", false)]
    [InlineData("  rooms.each_with_index do |room, index|", "index.to_s + name", false)]
    public void A_count_a_block_is_given_is_a_number(string block, string value, bool number)
    {
        var code = $"{block}\n  run({value})\nend\n";
        using var masked = CodeMasker.Mask(code, Language.Ruby);

        var origin = ValueOrigin.Read(masked, code.IndexOf("run(", StringComparison.Ordinal) + "run(".Length, value.Length);

        Assert.Equal(block.Trim(), origin.Binding);
        Assert.Equal(number, origin.IsNumber);
    }

    [Fact]
    public void A_binding_in_a_comment_is_not_read()
    {
        const string code = "function f(el, html) {\n  // html = await response.text();\n  el.innerHTML = html;\n}\n";

        Assert.Equal([3], Scan(code).Select(h => h.Location.Line));
    }

    [Fact]
    public void A_binding_further_back_than_the_window_is_not_followed()
    {
        var code = "const html = await response.text();\n" + string.Concat(Enumerable.Repeat("work();\n", ValueOrigin.MaxLinesBack + 1)) + "el.innerHTML = html;\n";

        Assert.Single(Scan(code));
    }

    [Fact]
    public void A_value_written_on_the_next_line_is_read_there()
    {
        Assert.Empty(Scan("el.innerHTML =\n  total.toFixed(2);\n"));
        Assert.Single(Scan("el.innerHTML =\n  data.body || 'none';\n"));
    }

    [Fact]
    public void A_user_control_with_unlessValue_needs_a_value_group()
    {
        // The built-in control, as a repository's own copy whose regex lost its value group.
        var builtIn = File.ReadAllText(Path.Combine(ShipReady.Testing.RepoRoot.Path, "src", "ShipReady", "Catalog", "validation", "VAL-XSS.yaml"));
        var text = builtIn.Replace("(?<value>", "(", StringComparison.Ordinal);

        var error = Assert.Throws<CatalogException>(() => ControlCatalog.Load([(".shipready/controls/VAL-XSS.yaml", text)]));

        Assert.Contains("(?<value>", error.Message);
    }

    private static IReadOnlyList<CodeHit> Scan(string code) =>
        new PatternScanner([InnerHtml]).Scan(new SourceFile("app.js", code.Length, Language.JavaScript), code);
}
