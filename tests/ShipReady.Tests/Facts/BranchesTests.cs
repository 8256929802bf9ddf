using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class BranchesTests
{
    private static int LineOf(string code, string text) =>
        code[..code.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void A_binding_in_an_else_is_a_branch_and_its_if_is_found()
    {
        const string code = """
            function show(box, compact) {
              let html = location.hash;
              if (compact) {
                html = '<b>a</b>';
              } else {
                html = '<b>b</b>';
              }
              box.innerHTML = html;
            }
            """;
        using var masked = CodeMasker.Mask(code, Language.JavaScript);
        var sink = LineOf(code, "box.innerHTML");
        var inElse = LineOf(code, "html = '<b>b</b>'");

        Assert.True(Branches.InBranch(masked, inElse, sink));
        Assert.Equal(LineOf(code, "if (compact)"), Branches.FirstBranchOfFullChain(masked, inElse, "html"));
        Assert.Equal(LineOf(code, "if (compact)"), Branches.Opener(masked, LineOf(code, "html = '<b>a</b>'")));
        Assert.False(Branches.InBranch(masked, LineOf(code, "let html"), sink));
    }

    [Fact]
    public void A_brace_on_its_own_line_belongs_to_the_statement_above()
    {
        const string code = """
            class Reports
            {
                string Query(bool all)
                {
                    var sql = "SELECT 1";
                    if (all)
                    {
                        sql = "SELECT 2";
                    }
                    else
                    {
                        sql = "SELECT 3";
                    }
                    return Run(sql);
                }
            }
            """;
        using var masked = CodeMasker.Mask(code, Language.CSharp);
        var sink = LineOf(code, "return Run");
        var inElse = LineOf(code, "sql = \"SELECT 3\"");

        Assert.True(Branches.InBranch(masked, inElse, sink));
        Assert.Equal(LineOf(code, "if (all)"), Branches.FirstBranchOfFullChain(masked, inElse, "sql"));
    }

    [Fact]
    public void A_callbacks_body_is_another_scope_not_a_branch()
    {
        const string code = """
            function show(box, items) {
              let html = '<b>a</b>';
              items.forEach((item) => {
                const html = item.body;
                box.title = html;
              });
              box.innerHTML = html;
            }
            """;
        using var masked = CodeMasker.Mask(code, Language.JavaScript);
        var sink = LineOf(code, "box.innerHTML");
        var inCallback = LineOf(code, "const html = item.body");

        Assert.True(Branches.InClosedBlock(masked, inCallback, sink));
        Assert.False(Branches.InBranch(masked, inCallback, sink));
        Assert.DoesNotContain(inCallback, Branches.LinesBefore(masked, "html", sink, 1, sink));
        Assert.Contains(LineOf(code, "let html"), Branches.LinesBefore(masked, "html", sink, 1, sink));
    }

    [Fact]
    public void Lines_before_stop_at_the_function_around_the_sink()
    {
        const string code = """
            def first(request):
                sql = "SELECT '%s'" % request.GET["q"]


            def second(request):
                if request.user.is_staff:
                    sql = "SELECT 1"
                cursor.execute(sql)
            """;
        using var masked = CodeMasker.Mask(code, Language.Python);
        var sink = LineOf(code, "cursor.execute");
        var read = Branches.LinesBefore(masked, "sql", LineOf(code, "sql = \"SELECT 1\""), 1, sink).ToList();

        Assert.Equal(LineOf(code, "def second"), read[^1]);
        Assert.DoesNotContain(LineOf(code, "sql = \"SELECT '%s'\""), read);
    }

    [Theory]
    [InlineData("    sql = \"SELECT 1\" if admin", true)]
    [InlineData("    sql = \"SELECT 1\" unless user.nil?", true)]
    [InlineData("    sql = a if staff else b", false)]
    [InlineData("    sql = \" \".join(p for p in parts if p)", false)]
    [InlineData("    sql = \"SELECT 1\"", false)]
    public void A_modifier_is_a_condition_after_the_whole_statement(string line, bool modifier) =>
        Assert.Equal(modifier, Branches.HasModifier(line));

    [Theory]
    [InlineData("    order = \"created_at\" unless %w[name created_at].include?(order)", true)]
    [InlineData("    order = \"created_at\" if !SORTABLE.include?(order)", true)]
    [InlineData("    order = \"created_at\" unless order.in?(SORTABLE)", true)]
    [InlineData("    order = \"created_at\" unless %w[name created_at].include?(params[:order])", true)]
    [InlineData("    order = \"created_at\" unless params[:order].in?(SORTABLE)", true)]
    [InlineData("    order = \"created_at\" unless %w[name created_at].include?(params[:sort])", false)]
    [InlineData("    order = \"created_at\" unless %w[name created_at].include?(params[\"sort\"])", false)]
    [InlineData("    order = \"created_at\" if SORTABLE.include?(order)", false)]
    [InlineData("    order = \"created_at\" unless %w[name created_at].include?(params[\"order\"])", true)]
    [InlineData("    order = \"created_at\" unless admin? || %w[name created_at].include?(params[:order])", false)]
    [InlineData("    order = \"created_at\" if !admin? && !SORTABLE.include?(order)", false)]
    [InlineData("    order = \"created_at\" unless SORTABLE.include?(order) or admin?", false)]
    public void An_allow_list_keeps_only_allowed_values(string line, bool allows)
    {
        // The list checks the local, or the request value the local was given just above.
        var code = "def sorted\n    order = params[:order]\n" + line + "\nend\n";
        using var masked = CodeMasker.Mask(code, Language.Ruby);

        Assert.Equal(allows, Branches.AllowsFromList(masked, 3, "order"));
    }

    [Fact]
    public void An_allow_list_on_a_value_the_local_took_in_a_branch_does_not_clear_it()
    {
        const string code = """
            def sorted
              order = params[:sort]
              if admin?
                order = params[:order]
              end
              order = "created_at" unless %w[name created_at].include?(params[:order])
            end
            """;
        using var masked = CodeMasker.Mask(code, Language.Ruby);

        Assert.False(Branches.AllowsFromList(masked, LineOf(code, "unless"), "order"));
    }

    [Theory]
    [InlineData("params[:order].to_s")]
    [InlineData("params.fetch(:order, \"name\")")]
    [InlineData("params['order']")]
    public void An_allow_list_on_the_request_value_clears_a_local_given_it_in_another_spelling(string read)
    {
        var code = "def sorted\n  order = " + read + "\n  order = \"name\" unless %w[name date].include?(params[:order])\nend\n";
        using var masked = CodeMasker.Mask(code, Language.Ruby);

        Assert.True(Branches.AllowsFromList(masked, 3, "order"));
    }
}
