using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class SqlTemplateNamesTests
{
    [Theory]
    [InlineData("SELECT * FROM ${table} WHERE id = $1")]
    [InlineData("INSERT INTO \"${schema}\".${table} (a) VALUES ($1)")]
    [InlineData("UPDATE ${table} SET a = $1")]
    [InlineData("SELECT * FROM a JOIN ${other} ON a.id = b.id")]
    [InlineData("DROP TABLE IF EXISTS ${table}")]
    [InlineData("CREATE TABLE IF NOT EXISTS ${table} (id int)")]
    [InlineData("ALTER TABLE ${table} ADD COLUMN ${column} text")]
    [InlineData("ALTER TABLE users RENAME COLUMN ${from} TO ${to}")]
    [InlineData("CREATE UNIQUE INDEX ${name} ON ${table} (email)")]
    [InlineData("DROP TRIGGER stamp ON ${table}")]
    [InlineData("GRANT SELECT ON ${table} TO ${role}")]
    [InlineData("CREATE OR REPLACE VIEW ${view} AS SELECT 1")]
    [InlineData("TRUNCATE ${table}; VACUUM ${table}")]
    [InlineData("INSERT INTO t (a) VALUES ($1) ON CONFLICT ON CONSTRAINT ${constraint} DO NOTHING")]
    public void Interpolations_where_sql_puts_a_name_are_names(string sql) =>
        Assert.True(OnlyNames(sql));

    [Theory]
    [InlineData("SELECT * FROM users WHERE id = ${id}")]
    [InlineData("SELECT * FROM users LIMIT ${n}")]
    [InlineData("SELECT * FROM users WHERE ${clause}")]
    [InlineData("SELECT * FROM ${table} WHERE id = ${id}")]
    // In a query the schema words are columns: the value after them is a value.
    [InlineData("SELECT * FROM items ORDER BY type ${direction}")]
    [InlineData("SELECT name, index ${rest} FROM items")]
    [InlineData("UPDATE items SET view = 1 WHERE schema ${op} 2")]
    // A condition's [NOT] EXISTS is followed by a query, not a name.
    [InlineData("SELECT * FROM a WHERE NOT EXISTS ${subquery}")]
    [InlineData("SELECT * FROM a WHERE EXISTS ${subquery}")]
    // A join's ON is followed by a condition, even when a table's name holds "index".
    [InlineData("SELECT * FROM user_index JOIN b ON ${condition}")]
    [InlineData("SELECT * FROM a JOIN b ON ${condition}")]
    // FROM inside these is followed by a value.
    [InlineData("SELECT * FROM a WHERE b IS DISTINCT FROM ${value}")]
    [InlineData("SELECT EXTRACT(YEAR FROM ${value}) FROM a")]
    [InlineData("SELECT SUBSTRING(name FROM ${start}) FROM a")]
    public void A_value_pasted_where_a_value_goes_is_not_a_name(string sql) =>
        Assert.False(OnlyNames(sql));

    [Fact]
    public void Sql_that_interpolates_nothing_has_no_answer() =>
        Assert.Null(OnlyNames("SELECT * FROM users"));

    [Fact]
    public void A_match_that_opens_no_template_has_no_answer() =>
        Assert.Null(SqlTemplateNames.OnlyNames("db.query('SELECT 1', `${x}`)", 0, "db.query('".Length));

    private static bool? OnlyNames(string sql)
    {
        var text = $"db.query(`{sql}`)";
        return SqlTemplateNames.OnlyNames(text, 0, "db.query(`".Length);
    }
}
