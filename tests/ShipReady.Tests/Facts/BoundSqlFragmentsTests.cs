using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class BoundSqlFragmentsTests
{
    [Theory]
    // A fragment unpacked beside the values the call passes on.
    [InlineData("where, params = build_where(f)\n    sql = \"SELECT * FROM t\"\n    sql += \" WHERE \" + where\n    conn.execute(sql, params)", true)]
    [InlineData("(clause, args) = self.compile_clause(f)\n    sql = \"SELECT * FROM \" + TABLE + \" WHERE \" + clause\n    conn.execute(sql, [1, *args])", true)]
    [InlineData("where, params = build_where(f)\n    sql = (\n        \"SELECT * FROM t\"\n        + \" WHERE \"\n        + where\n    )\n    conn.execute(sql, params)", true)]
    // The values are dropped, or another name is pasted in, or the fragment comes from elsewhere.
    [InlineData("where, params = build_where(f)\n    sql = \"SELECT * FROM t WHERE \" + where\n    conn.execute(sql)", false)]
    [InlineData("where, params = build_where(f)\n    sql = \"SELECT * FROM t WHERE \" + where + \" AND a = \" + name\n    conn.execute(sql, params)", false)]
    [InlineData("where = build(f)\n    params = values(f)\n    sql = \"SELECT * FROM t WHERE \" + where\n    conn.execute(sql, params)", false)]
    [InlineData("where, params = build_where(f)\n    where = request.args[\"q\"]\n    sql = \"SELECT * FROM t WHERE \" + where\n    conn.execute(sql, params)", false)]
    [InlineData("where, params = build_where(f)\n    sql = f\"SELECT * FROM t WHERE {where}\"\n    conn.execute(sql, params)", false)]
    // A tuple split from the request, or taken from it, is no builder's.
    [InlineData("field, value = request.args[\"filter\"].split(\":\")\n    sql = \"SELECT * FROM t WHERE \" + field + \" = %s\"\n    conn.execute(sql, (value,))", false)]
    [InlineData("where, params = request.json[\"where\"], request.json[\"params\"]\n    sql = \"SELECT * FROM t WHERE \" + where\n    conn.execute(sql, params)", false)]
    // The SQL is started in a branch, or changed in a way not read.
    [InlineData("where, params = build_where(f)\n    if raw:\n        sql = \"SELECT * FROM t WHERE name = '\" + name + \"'\"\n    else:\n        sql = \"SELECT * FROM t WHERE \" + where\n    conn.execute(sql, params)", false)]
    [InlineData("where, params = build_where(f)\n    sql = \"SELECT * FROM t WHERE \" + where\n    sql %= order\n    conn.execute(sql, params)", false)]
    [InlineData("where, params = build_where(f)\n    sql: str = \"SELECT * FROM t ORDER BY \" + order\n    sql = \"SELECT * FROM t WHERE \" + where\n    conn.execute(sql, params)", true)]
    [InlineData("where, params = build_where(f)\n    sql = \"SELECT * FROM t WHERE \" + where\n    sql: str = sql + order\n    conn.execute(sql, params)", false)]
    // Only fixed parts: nothing bound, so nothing for this rule to clear (unlessFixedParts' case).
    [InlineData("sql = \"SELECT * FROM \" + TABLE\n    conn.execute(sql, params)", false)]
    // A parameter of the function: the assignment that starts the SQL is not in sight.
    [InlineData("sql += \" WHERE \" + where\n    conn.execute(sql, params)", false)]
    public void Clears_sql_joined_from_fixed_parts_and_fragments_bound_beside_their_values(string body, bool cleared)
    {
        var code = $"def query(conn, f, sql=None):\n    {body}\n";
        using var masked = CodeMasker.Mask(code, Language.Python);
        var call = code.LastIndexOf("conn.execute(", StringComparison.Ordinal);
        var open = code.IndexOf('(', call);
        var value = open + 1;

        Assert.Equal(cleared, BoundSqlFragments.Holds(masked, value, "sql".Length, open));
    }
}
