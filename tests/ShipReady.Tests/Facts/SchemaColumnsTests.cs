using ShipReady.Facts.Code;
using Xunit;

namespace ShipReady.Tests.Facts;

public sealed class SchemaColumnsTests
{
    [Theory]
    [InlineData("  t.integer \"lft\"", "integer")]
    [InlineData("  t.datetime \"lft\", precision: nil", "datetime")]
    [InlineData("    t.integer :lft", "integer")]
    [InlineData("    t.column :lft, :integer", "integer")]
    [InlineData("    add_column :issues, :lft, :integer, default: nil", "integer")]
    [InlineData("    add_column(:issues, \"lft\", :integer)", "integer")]
    [InlineData("    change_column :issues, :lft, :string", "string")]
    public void Reads_the_type_a_schema_or_a_migration_gives_a_column(string line, string type) =>
        Assert.Equal([type], SchemaColumns.TypesOf(line, "lft"));

    [Theory]
    [InlineData("    t.index :lft")]
    [InlineData("    remove_column :issues, :lft")]
    [InlineData("    t.integer :lft_count")]
    [InlineData("    t.integer \"left\"")]
    [InlineData("    Issue.update_all(\"lft = 1\")")]
    public void Finds_no_column_where_none_is_defined(string line) =>
        Assert.Empty(SchemaColumns.TypesOf(line, "lft"));

    [Fact]
    public void A_migration_written_to_be_slow_to_read_is_read_or_given_up_without_failing()
    {
        var hostile = "# lft\n" + string.Concat(Enumerable.Repeat("t.integer" + new string(' ', 60_000) + "\n", 3));

        Assert.Empty(SchemaColumns.TypesOf(hostile, "lft"));
    }

    [Fact]
    public void Only_numbers_truths_and_times_hold_no_text()
    {
        Assert.True(SchemaColumns.IsNonText("integer"));
        Assert.True(SchemaColumns.IsNonText("datetime"));
        Assert.False(SchemaColumns.IsNonText("string"));
        Assert.False(SchemaColumns.IsNonText("jsonb"));
    }
}
