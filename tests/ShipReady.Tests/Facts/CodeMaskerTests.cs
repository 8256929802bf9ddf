using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class CodeMaskerTests
{
    [Fact]
    public void Blanks_javascript_comments_and_string_contents_keeping_offsets()
    {
        const string code = "fetch(url); // fetch(x)\nconst s = 'fetch(y)'; /* fetch(\nz) */ `t ${fetch(q)}`";

        var masked = CodeMasker.Mask(code, Language.JavaScript);

        Assert.Equal(code.Length, masked.CodeText.Length);
        Assert.Single(AllIndexes(masked.CodeText, "fetch("));
        Assert.Equal(3, AllIndexes(masked.CodeAndStringsText, "fetch(").Count);
        Assert.Equal(code.Split('\n').Length, masked.CodeText.Split('\n').Length);
    }

    [Fact]
    public void Handles_python_triple_quoted_and_raw_strings()
    {
        const string code = "x = \"\"\"requests.get(a)\n\"\"\"\ny = r'\\' # requests.get(b)\nrequests.get(c)  # requests.get(d)";

        var masked = CodeMasker.Mask(code, Language.Python);

        var hit = Assert.Single(AllIndexes(masked.CodeText, "requests.get("));
        Assert.Equal((4, 1), masked.Position(hit));
    }

    [Fact]
    public void Handles_go_raw_strings_without_escapes()
    {
        const string code = "q := `SELECT \\` + `http.Get(a)`\n// http.Get(b)\ns := \"http.Get(\\\"c)\"; r := 'x'\nhttp.Get(u) /* http.Get(d) */";

        var masked = CodeMasker.Mask(code, Language.Go);

        var hit = Assert.Single(AllIndexes(masked.CodeText, "http.Get("));
        Assert.Equal((4, 1), masked.Position(hit));
        Assert.Equal(3, AllIndexes(masked.CodeAndStringsText, "http.Get(").Count);
    }

    [Fact]
    public void Handles_ruby_comments_strings_and_heredocs()
    {
        const string code =
            "sql = <<~SQL.squish # where(a)\n  SELECT * FROM t WHERE where(b)\nSQL\n" +
            "=begin\nwhere(c)\n=end\n" +
            "s = \"where(#{x})\" + 'where(e)' # where(f)\n" +
            "list <<item; User.where(g)";

        var masked = CodeMasker.Mask(code, Language.Ruby);

        var hit = Assert.Single(AllIndexes(masked.CodeText, "where("));
        Assert.Equal((8, 19), masked.Position(hit));
        Assert.Equal(4, AllIndexes(masked.CodeAndStringsText, "where(").Count);
        Assert.Equal(code.Length, masked.CodeText.Length);
    }

    [Fact]
    public void Reads_only_the_ruby_inside_erb_tags()
    {
        const string template =
            "<p>raw(params) in the page text</p>\n" +
            "<%# raw(params) in a comment %>\n" +
            "<%= 'raw(params) in a string' %> <%% raw(params) escaped %>\n" +
            "<span><%= raw(params[:q]) -%></span>\n" +
            "<% if user %><%== raw(params) %><% end %>";

        var masked = CodeMasker.Mask(template, Language.Erb);

        Assert.Equal(2, AllIndexes(masked.CodeText, "raw(params").Count);
        Assert.Equal((4, 11), masked.Position(AllIndexes(masked.CodeText, "raw(params")[0]));
        Assert.Equal(3, AllIndexes(masked.CodeAndStringsText, "raw(params").Count);
        Assert.DoesNotContain("<span>", masked.CodeAndStringsText, StringComparison.Ordinal);
        Assert.DoesNotContain("%>", masked.CodeText, StringComparison.Ordinal);
        Assert.Equal(template.Length, masked.CodeText.Length);
    }

    [Fact]
    public void Handles_yaml_comments_and_quoted_scalars()
    {
        const string yaml =
            "# adapter: sqlite3\n" +
            "dev:\n  adapter: sqlite3 # adapter: sqlite3\n" +
            "  note: 'it''s adapter: sqlite3'\n" +
            "  url: \"db#adapter: sqlite3\"\n" +
            "  title: it's adapter: sqlite3\n";

        var masked = CodeMasker.Mask(yaml, Language.Yaml);

        Assert.Equal(2, AllIndexes(masked.CodeText, "adapter: sqlite3").Count);
        Assert.Equal((3, 3), masked.Position(AllIndexes(masked.CodeText, "adapter: sqlite3")[0]));
        Assert.Equal(4, AllIndexes(masked.CodeAndStringsText, "adapter: sqlite3").Count);
        Assert.Equal(yaml.Length, masked.CodeText.Length);
    }

    [Fact]
    public void Handles_csharp_verbatim_interpolated_and_raw_strings()
    {
        const string code = "var a = @\"c:\\\"\"x\"\" GetAsync(\"; var b = $\"{GetAsync(x)}\"; var c = \"\"\"\n GetAsync(\n\"\"\"; client.GetAsync(u);";

        var masked = CodeMasker.Mask(code, Language.CSharp);

        Assert.Single(AllIndexes(masked.CodeText, "GetAsync("));
    }

    [Fact]
    public void Is_linear_on_an_unterminated_comment_in_a_huge_line()
    {
        var code = "/*" + new string('a', 2_000_000);

        var masked = CodeMasker.Mask(code, Language.TypeScript);

        Assert.Equal(code.Length, masked.CodeText.Length);
        Assert.DoesNotContain('a', masked.CodeText);
    }

    [Fact]
    public void Views_hold_exactly_the_text_though_their_buffers_come_from_a_pool_and_are_reused()
    {
        // Both texts rent a buffer of the same size on this thread; the second is shorter, so the end of its
        // buffer still holds the first text's call.
        var first = "const a = 1;\n" + new string(' ', 50) + "fetch(url);\n";
        var second = "const b = 2;\n" + new string(' ', 45);
        using (var masked = CodeMasker.Mask(first, Language.JavaScript))
        {
            Assert.Single(AllIndexes(masked.CodeText, "fetch("));
        }

        using var reused = CodeMasker.Mask(second.AsMemory(), Language.JavaScript);

        Assert.Equal(second, reused.Code.ToString());
        Assert.Equal(second, reused.CodeAndStrings.ToString());
    }

    [Fact]
    public void A_disposed_mask_refuses_to_write_a_view_into_a_buffer_it_gave_back()
    {
        var masked = CodeMasker.Mask("fetch(url);\n", Language.JavaScript);
        masked.Dispose();

        Assert.Throws<ObjectDisposedException>(() => masked.Code.Length);
    }

    [Fact]
    public void Disposing_a_mask_twice_leaves_the_next_files_ranges_alone()
    {
        var first = CodeMasker.Mask("a(); // note\n", Language.JavaScript);
        first.Dispose();
        using var second = CodeMasker.Mask("b(); // other\n", Language.JavaScript);

        first.Dispose();

        Assert.Equal("b();         \n", second.Code.ToString());
    }

    private static List<int> AllIndexes(string text, string needle)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }
        return found;
    }
}
