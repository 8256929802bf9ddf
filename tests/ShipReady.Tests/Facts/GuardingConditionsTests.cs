using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class GuardingConditionsTests
{
    /// <summary>The conditions around the first occurrence of <paramref name="place"/> in the code.</summary>
    private static IReadOnlyList<string> Around(string code, Language language, string place)
    {
        using var masked = CodeMasker.Mask(code, language);
        var index = code.IndexOf(place, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{place}' is not in the code");
        return GuardingConditions.Of(masked, language, index, masked.Position(index).Line);
    }

    private const string CSharp = """
        if (env.IsDevelopment())
        {
            foreach (var name in names)
            {
                var text = "{ not a block";
                // { nor is this
                Drop(name);
            }
        }
        else if (env.IsStaging()) { Staging(); }
        else
        {
            Production();
        }
        if (flags.Reset &&
            env.IsDevelopment()) Reset();
        if (db.Database.EnsureDeleted()) { }
        if (env.IsDevelopment() || force) { Forced(); }
        Later();
        """;

    [Theory]
    [InlineData("Drop(", "if (env.IsDevelopment())")]
    [InlineData("{ Staging(", "if (env.IsStaging())")]
    [InlineData("Production(", null)]
    [InlineData("Reset(", "if (flags.Reset && env.IsDevelopment())")]
    [InlineData("EnsureDeleted(", null)]
    [InlineData("Forced(", null)]
    [InlineData("Later(", null)]
    public void Reads_the_ifs_around_a_place_by_braces(string place, string? condition)
    {
        var found = Around(CSharp, Language.CSharp, place);

        Assert.Equal(condition is null ? [] : [condition], found);
    }

    [Fact]
    public void Lists_nested_conditions_innermost_first()
    {
        var found = Around("function f() {\n  if (a) {\n    if (b) {\n      run();\n    }\n  }\n}\n", Language.JavaScript, "run(");

        Assert.Equal(["if (b)", "if (a)"], found);
    }

    [Theory]
    [InlineData("Production();", "if (env.IsStaging())")]
    [InlineData("Staging();", null)]
    [InlineData("Drop(name);", null)]
    public void Reads_the_if_whose_else_holds_a_place(string place, string? condition)
    {
        using var masked = CodeMasker.Mask(CSharp, Language.CSharp);

        var conditions = GuardingConditions.ElseOf(masked, Language.CSharp, CSharp.IndexOf(place, StringComparison.Ordinal));

        Assert.Equal(condition is null ? [] : [condition], conditions);
    }

    [Fact]
    public void Reads_the_if_of_a_go_else_and_nothing_in_an_indented_language()
    {
        const string go = "if cfg.MaxSize > 0 {\n\tlimit = cfg.MaxSize\n} else {\n\tlimit = 0\n}\n";
        using var masked = CodeMasker.Mask(go, Language.Go);
        const string python = "if cfg.max_size > 0:\n    limit = cfg.max_size\nelse:\n    limit = None\n";
        using var indented = CodeMasker.Mask(python, Language.Python);

        Assert.Equal(["if cfg.MaxSize > 0"], GuardingConditions.ElseOf(masked, Language.Go, go.IndexOf("limit = 0", StringComparison.Ordinal)));
        Assert.Empty(GuardingConditions.ElseOf(indented, Language.Python, python.IndexOf("limit = None", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reads_a_go_condition_up_to_its_brace()
    {
        var found = Around("func f() {\n\tif cfg.Debug && ok {\n\t\tdb.Migrator().DropTable(&User{})\n\t}\n}\n", Language.Go, "db.");

        Assert.Equal(["if cfg.Debug && ok"], found);
    }

    [Fact]
    public void Reads_a_go_condition_after_a_statement_that_ends_at_its_line()
    {
        var found = Around("func f() {\n\tcfg, err := load()\n\tif err != nil {\n\t\treturn openai.NewClient(\"\")\n\t}\n}\n", Language.Go, "openai.");

        Assert.Equal(["if err != nil"], found);
    }

    [Fact]
    public void Reads_a_go_condition_written_over_several_lines()
    {
        var found = Around("func f() {\n\tcfg := load()\n\tif cfg.Debug &&\n\t\tcfg.AllowReset {\n\t\tdb.Migrator().DropTable(&User{})\n\t}\n}\n", Language.Go, "db.");

        Assert.Equal(["if cfg.Debug && cfg.AllowReset"], found);
    }

    private const string Python = """
        def reset():
            if app.debug:
                with app.app_context():
                    db.drop_all()
            elif env == "test":
                db.drop_tables()
            else:
                db.drop_everything()
            if os.environ.get("ENV") == "development": db.inline()
            if app.debug or force:
                db.forced()
        db.module_level()
        """;

    [Theory]
    [InlineData("db.drop_all", "if app.debug")]
    [InlineData("db.drop_tables", "elif env == \"test\"")]
    [InlineData("db.drop_everything", null)]
    [InlineData("db.inline", "if os.environ.get(\"ENV\") == \"development\"")]
    [InlineData("db.forced", null)]
    [InlineData("db.module_level", null)]
    public void Reads_pythons_ifs_by_indentation(string place, string? condition)
    {
        var found = Around(Python, Language.Python, place);

        Assert.Equal(condition is null ? [] : [condition], found);
    }

    private const string Ruby = """
        def run(connection)
          if Rails.env.development?
            connection.drop_table(:carts)
          else
            connection.drop_table(:orders)
          end
          connection.drop_table(:sessions) if Rails.env.test?
          unless Rails.env.production?
            connection.drop_table(:events)
          end
        end
        """;

    [Theory]
    [InlineData("connection.drop_table(:carts", "if Rails.env.development?")]
    [InlineData("connection.drop_table(:orders", null)]
    [InlineData("connection.drop_table(:sessions", "if Rails.env.test?")]
    [InlineData("connection.drop_table(:events", "unless Rails.env.production?")]
    public void Reads_rubys_blocks_by_indentation_and_its_statement_modifiers(string place, string? condition)
    {
        var found = Around(Ruby, Language.Ruby, place);

        Assert.Equal(condition is null ? [] : [condition], found);
    }
}
