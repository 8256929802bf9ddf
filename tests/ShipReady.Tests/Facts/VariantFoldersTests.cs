using ShipReady.Facts;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Tests.Facts;

public sealed class VariantFoldersTests
{
    [Theory]
    [InlineData("loginChallenge_1.ts", "loginChallenge")]
    [InlineData("loginChallenge_2_correct.ts", "loginChallenge")]
    [InlineData("db_schema_12.py", "db_schema")]
    [InlineData("0001_initial.py", null)]
    [InlineData("0002_auto_20200101_1234.py", null)]
    [InlineData("utils.ts", null)]
    [InlineData("file_v2.ts", null)]
    [InlineData("snake_case_name.rb", null)]
    public void A_variant_is_a_name_and_a_short_number(string name, string? stem)
    {
        Assert.Equal(stem, VariantFolders.VariantStem(name));
    }

    [Fact]
    public void A_folder_of_numbered_variants_of_several_names_is_found()
    {
        Assert.True(VariantFolders.HoldsVariants(Files("data/fixes", "login_1.ts", "login_2_correct.ts", "search_1.ts", "search_2.ts", "union_1.ts", "union_2.ts", "union_3_correct.ts")));
        Assert.False(VariantFolders.HoldsVariants(Files("src", "server.ts", "routes.ts", "db.ts", "login.ts", "search.ts", "union.ts")));
    }

    [Fact]
    public void Too_few_names_or_too_much_other_code_is_not_a_variant_folder()
    {
        // Two names in variants only; then three names but most of the folder is ordinary code.
        Assert.False(VariantFolders.HoldsVariants(Files("a", "x_1.ts", "x_2.ts", "y_1.ts", "y_2.ts", "z.ts", "w.ts")));
        Assert.False(VariantFolders.HoldsVariants(Files("b", "x_1.ts", "x_2.ts", "y_1.ts", "y_2.ts", "v_1.ts", "v_2.ts",
            "a.ts", "b.ts", "c.ts", "d.ts", "e.ts", "f.ts")));
    }

    [Fact]
    public void Numbered_migrations_are_not_variants()
    {
        Assert.False(VariantFolders.HoldsVariants(Files("app/migrations", "0001_initial.py", "0002_users.py", "0003_orders.py", "0004_index.py", "0005_more.py", "0006_last.py")));
    }

    private static SourceFile[] Files(string folder, params string[] names) =>
        [.. names.Select(n => new SourceFile($"{folder}/{n}", 100, Languages.FromPath(n)))];
}
