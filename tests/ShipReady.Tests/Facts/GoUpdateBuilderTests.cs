using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

/// <summary>
/// web-core's <c>query.Update</c> builds its SQL text from the columns and conditions the code gives it: fixed when
/// those are, unknown when any is not, or when the builder leaves the function's sight.
/// </summary>
public sealed class GoUpdateBuilderTests
{
    private static bool Only(string body, string import = "\"github.com/writeas/web-core/query\"", string package = "query")
    {
        var indented = "\t" + body.Replace("\n", "\n\t", StringComparison.Ordinal).Replace("PKG", package, StringComparison.Ordinal);
        var code = $"package store\n\nimport (\n\t\"net/http\"\n\n\t{import}\n)\n\nfunc (db *datastore) Save(r *http.Request, id int64) error {{\n{indented}\n\treturn nil\n}}\n";
        using var masked = CodeMasker.Mask(code, Language.Go);
        var index = code.IndexOf("db.Exec(", StringComparison.Ordinal) + "db".Length;
        return GoFixedValues.Only(masked, index, ".Exec(".Length);
    }

    private const string Exec = "db.Exec(\"UPDATE users SET \" + q.Updates + \" WHERE \" + q.Conditions, q.Params...)";

    [Theory]
    [InlineData("q := PKG.NewUpdate().\n\tSet(r.FormValue(\"a\"), \"a\").\n\tSetStringPtr(nil, \"b\")\nq.Where(\"id = ?\", id)\n" + Exec)]
    [InlineData("q := PKG.NewUpdate()\nif r.FormValue(\"a\") != \"\" {\n\tq.Set(r.FormValue(\"a\"), \"a\")\n}\nq.Append(id)\nif q.Updates == \"\" {\n\treturn nil\n}\n" + Exec)]
    public void Columns_and_conditions_of_the_code_are_fixed(string body)
    {
        Assert.True(Only(body));
        Assert.True(Only(body, "wq \"github.com/writeas/web-core/query\"", "wq"));
    }

    [Theory]
    // A column or a condition from the request.
    [InlineData("q := query.NewUpdate()\nq.Set(\"x\", r.FormValue(\"col\"))\n" + Exec)]
    [InlineData("q := query.NewUpdate()\nq.Where(r.FormValue(\"where\"))\n" + Exec)]
    // The builder handed on, assigned, its text or parameters written, a method this reading does not know.
    [InlineData("q := query.NewUpdate()\nfill(q)\n" + Exec)]
    [InlineData("q := query.NewUpdate()\nq = other\n" + Exec)]
    [InlineData("q := query.NewUpdate()\nq.Updates = r.FormValue(\"u\")\n" + Exec)]
    [InlineData("q := query.NewUpdate()\nq.Conditions += r.FormValue(\"u\")\n" + Exec)]
    [InlineData("q := query.NewUpdate()\nq.Raw(r.FormValue(\"u\"))\n" + Exec)]
    [InlineData("q := query.NewUpdate()\np := &q\n_ = p\n" + Exec)]
    // Written through an address, or with another name at once.
    [InlineData("q := query.NewUpdate()\np := &q.Updates\n*p = r.FormValue(\"x\")\n" + Exec)]
    [InlineData("q := query.NewUpdate()\nn := 0\nq.Updates, n = r.FormValue(\"x\"), 1\n_ = n\n" + Exec)]
    [InlineData("q := query.NewUpdate()\nfmt.Sscan(r.FormValue(\"x\"), &q.Conditions)\n" + Exec)]
    // What a call returns is the builder again: kept, or handed on.
    [InlineData("q := query.NewUpdate()\nq2 := q.Set(\"a\", \"name\")\nq2.Set(r.FormValue(\"v\"), r.FormValue(\"c\"))\n" + Exec)]
    [InlineData("q := query.NewUpdate()\naddColumns(q.Set(\"a\", \"name\"), r)\n" + Exec)]
    // A chain that runs on past a comment or a blank line is read to its end.
    [InlineData("q := query.NewUpdate().\n\t// the column\n\tSet(r.FormValue(\"v\"), r.FormValue(\"c\"))\n" + Exec)]
    [InlineData("q := query.NewUpdate()\nq.Set(\"a\", \"name\").\n\n\tSet(r.FormValue(\"v\"), r.FormValue(\"c\"))\n" + Exec)]
    // Made twice, or not made here.
    [InlineData("q := query.NewUpdate()\nif id > 0 {\n\tq := query.NewUpdate()\n\t_ = q\n}\n" + Exec)]
    [InlineData("q := build(r)\n" + Exec)]
    public void Anything_else_is_not(string body) => Assert.False(Only(body));

    [Fact]
    public void The_path_written_outside_the_imports_imports_nothing()
    {
        const string Body = "q := query.NewUpdate()\nq.Set(\"x\", \"a\")\nknown := []string{\n\t\"github.com/writeas/web-core/query\",\n}\n_ = known\n" + Exec;
        Assert.False(Only(Body, "\"example.com/x/query\""));
        Assert.True(Only(Body));
    }

    [Fact]
    public void Another_package_named_query_is_not_the_builder()
    {
        const string Body = "q := query.NewUpdate()\nq.Set(\"x\", \"a\")\n" + Exec;
        Assert.True(Only(Body));
        Assert.False(Only(Body, "\"example.com/app/query\""));
        Assert.False(Only(Body, "wq \"github.com/writeas/web-core/query\""));
    }
}
