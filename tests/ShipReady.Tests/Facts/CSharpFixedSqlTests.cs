using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class CSharpFixedSqlTests
{
    private const string Declarations = """
        public class Store
        {
            private const string Id = "Id";
            internal const string Users = "[Users]";
            public static readonly string Orders = "[Orders]";

        """;

    [Theory]
    [InlineData("cmd.CommandText = \"SELECT \" + Id + \" FROM \" + Users + \" WHERE x = @x\";", true)]
    [InlineData("cmd.CommandText = \"SELECT * FROM \" + Store.Users + \" WHERE \" + nameof(Store) + \" = 1\";", true)]
    [InlineData("cmd.CommandText = $\"SELECT {Id} FROM {Users} LIMIT {10}\";", true)]
    [InlineData("cmd.CommandText = $\"SELECT {Id} FROM {Users} WHERE Name = '{name}'\";", false)]
    [InlineData("cmd.CommandText = $\"SELECT {Id} FROM {Users:D}\";", true)]
    [InlineData("cmd.CommandText = \"SELECT * FROM \" + request.Id;", false)]
    [InlineData("cmd.CommandText = \"SELECT * FROM \" + Orders;", false)]
    [InlineData("cmd.CommandText = \"SELECT * FROM \" + Users + \" WHERE Name = '\" + name + \"'\";", false)]
    [InlineData("using var c = new SqlCommand(\"SELECT * FROM \" + Users, cn);", true)]
    [InlineData("using var c = new SqlCommand(\"SELECT * FROM \" + Users.ToLower(), cn);", false)]
    public void Only_literals_and_the_files_constants_are_fixed(string statement, bool fixedParts)
    {
        var code = Declarations + "    void Run(string name, Request request)\n    {\n        " + statement + "\n    }\n}\n";
        using var masked = CodeMasker.Mask(code, Language.CSharp);
        var index = code.IndexOf(statement, StringComparison.Ordinal);

        Assert.Equal(fixedParts, CSharpFixedSql.Only(masked, index, statement.Length));
    }

    [Fact]
    public void A_local_is_fixed_when_every_assignment_of_it_is()
    {
        const string code = """
            class Q
            {
                const string T = "[T]";

                private static string Clause(int order)
                {
                    if (order == 1)
                    {
                        return " ORDER BY Name";
                    }
                    return String.Empty;
                }

                void Run(SqlConnection cn, string name, int id, int? order)
                {
                    var sql = "SELECT * FROM " + T;
                    sql += " WHERE Id = " + id + Clause(order ?? 0);
                    sql += Clause(1);
                    using var c = new SqlCommand(sql, cn);
                    var other = "SELECT * FROM " + T;
                    other += " WHERE Name = '" + name + "'";
                    using var d = new SqlCommand(other, cn);
                    string filled;
                    Fill(out filled);
                    using var e = new SqlCommand(filled, cn);
                }
            }
            """;
        using var masked = CodeMasker.Mask(code, Language.CSharp);

        Assert.True(Fixed(masked, code, "new SqlCommand(sql"));
        Assert.False(Fixed(masked, code, "new SqlCommand(other"));
        Assert.False(Fixed(masked, code, "new SqlCommand(filled"));
    }

    [Fact]
    public void Names_the_method_gives_are_read_before_the_files_constants()
    {
        const string code = """
            class Q
            {
                private const string OrderBy = "Name";
                private string filter = "";

                int Count(SqlConnection cn)
                {
                    const string sql = "SELECT COUNT(*) FROM Users";
                    return new SqlCommand(sql, cn).ExecuteNonQuery();
                }

                void Find(SqlConnection cn, string name, Request Input)
                {
                    var sql = "SELECT * FROM Users WHERE Name = '" + name + "'";
                    using var a = new SqlCommand(sql, cn);
                    using var b = new SqlCommand("SELECT * FROM Users ORDER BY " + Input.OrderBy, cn);
                    using var c = new SqlCommand("SELECT * FROM Users ORDER BY " + Q.OrderBy, cn);
                    if (filter.Length == 0) filter = " 1 = 1";
                    using var d = new SqlCommand("SELECT * FROM Users WHERE " + filter, cn);
                    TryFilter(Input, out string where);
                    where = " 1 = 1";
                    using var e = new SqlCommand("SELECT * FROM Users WHERE " + where, cn);
                    string pair;
                    int n;
                    (pair, n) = (name, 0);
                    pair = "x";
                    using var f = new SqlCommand("SELECT * FROM Users WHERE " + pair, cn);
                    using var g = new SqlCommand("SELECT * FROM Users ORDER BY " + Column(name) + Direction(), cn);
                    using var h = new SqlCommand("SELECT * FROM Users ORDER BY " + Direction() + Arrow(), cn);
                }

                private static string Column(string input) => input;
                private static string Direction() { return " ASC"; }
                private static string Arrow() => " , Id";
            }
            """;
        using var masked = CodeMasker.Mask(code, Language.CSharp);

        Assert.False(Fixed(masked, code, "new SqlCommand(sql, cn);"));
        Assert.False(Fixed(masked, code, "new SqlCommand(\"SELECT * FROM Users ORDER BY \" + Input"));
        Assert.True(Fixed(masked, code, "new SqlCommand(\"SELECT * FROM Users ORDER BY \" + Q."));
        Assert.False(Fixed(masked, code, "new SqlCommand(\"SELECT * FROM Users WHERE \" + filter"));
        Assert.False(Fixed(masked, code, "new SqlCommand(\"SELECT * FROM Users WHERE \" + where"));
        Assert.False(Fixed(masked, code, "new SqlCommand(\"SELECT * FROM Users WHERE \" + pair"));
        Assert.False(Fixed(masked, code, "new SqlCommand(\"SELECT * FROM Users ORDER BY \" + Column"));
        Assert.True(Fixed(masked, code, "new SqlCommand(\"SELECT * FROM Users ORDER BY \" + Direction"));
    }

    private static bool Fixed(MaskedSource masked, string code, string call) =>
        CSharpFixedSql.Only(masked, code.IndexOf(call, StringComparison.Ordinal), call.Length);
}
