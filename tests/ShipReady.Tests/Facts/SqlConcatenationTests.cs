using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class SqlConcatenationTests
{
    private static bool Fixed(string call, Language language = Language.Python)
    {
        using var masked = CodeMasker.Mask(call, language);
        return SqlConcatenation.OnlyFixedParts(masked, 0, call.IndexOf('(') + 1, language);
    }

    [Theory]
    [InlineData("cur.execute(\"SELECT reltuples FROM pg_class WHERE relname = '%s';\" % self.model._meta.db_table)")]
    [InlineData("cur.execute(\"SELECT * FROM %s JOIN %s USING (id)\" % (Book._meta.db_table, Author._meta.db_table))")]
    [InlineData("cur.execute(\"SELECT * FROM %s\" % (TABLE,))")]
    [InlineData("cur.execute(\"SELECT * FROM \" + Book._meta.db_table + \" WHERE id = %s\", (1,))")]
    [InlineData("cur.execute(f\"VACUUM {self.model._meta.db_table!r} -- {{done}}\")")]
    public void A_Django_model_s_table_name_is_fixed(string call) => Assert.True(Fixed(call));

    [Theory]
    [InlineData("cur.execute(\"SELECT * FROM %s\" % table)")]
    [InlineData("cur.execute(\"SELECT * FROM %s JOIN %s\" % (Book._meta.db_table, table))")]
    [InlineData("cur.execute(f\"VACUUM {self.model._meta.db_table}{suffix}\")")]
    [InlineData("cur.execute(f\"VACUUM ANALYZE\")")]
    [InlineData("cur.execute(\"SELECT * FROM %s\" % self.model._meta.db_table + suffix)")]
    public void Anything_else_beside_it_is_not(string call) => Assert.False(Fixed(call));

    [Fact]
    public void Only_Python_reads_the_table_name() =>
        Assert.False(Fixed("db.query(\"SELECT * FROM \" + Book._meta.db_table)", Language.JavaScript));
}
