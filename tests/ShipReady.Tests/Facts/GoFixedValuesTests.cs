using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class GoFixedValuesTests
{
    private static bool Only(string body)
    {
        var indented = "\t" + body.Replace("\n", "\n\t", StringComparison.Ordinal);
        var code = $"package store\n\nfunc run(ctx context.Context, db *sql.DB, name string, given []T) {{\n{indented}\n}}\n";
        using var masked = CodeMasker.Mask(code, Language.Go);
        var index = code.IndexOf(".Exec", StringComparison.Ordinal);
        return GoFixedValues.Only(masked, index, code.IndexOf('(', index) + 1 - index);
    }

    [Theory]
    [InlineData("db.Exec(fmt.Sprintf(\"DELETE FROM %s WHERE id < %d\", \"logs\", 10))")]
    [InlineData("db.ExecContext(ctx, fmt.Sprintf(\"DELETE FROM %s\", \"logs\"))")]
    [InlineData("var tables = []string{\"a\", \"b\"}\nfor _, t := range tables {\n\tdb.Exec(\"VACUUM \" + t)\n}")]
    [InlineData("var tables []T = []T{{Name: \"a\", Days: 7}}\nfor _, t := range tables {\n\tdb.Exec(fmt.Sprintf(\"DELETE FROM %s\", t.Name))\n}")]
    [InlineData("names := map[string]string{\"a\": \"x\"}\nfor _, t := range names {\n\tdb.Exec(\"VACUUM \" + t)\n}")]
    [InlineData("for _, t := range []string{\"hits\", \"paths\",\n\t\"ref_counts\"} {\n\tdb.Exec(\"VACUUM \" + t)\n}")]
    [InlineData("tables := []string{\"a\"}\nfor _, t := range append(tables, \"b\", \"c\") {\n\tdb.Exec(\"VACUUM \" + t)\n}")]
    public void Values_the_function_writes_itself_are_fixed(string body) => Assert.True(Only(body));

    [Theory]
    [InlineData("db.Exec(fmt.Sprintf(\"DELETE FROM %s\", name))")]
    [InlineData("db.Exec(\"VACUUM \" + name)")]
    [InlineData("for _, t := range given {\n\tdb.Exec(\"VACUUM \" + t.Name)\n}")]
    [InlineData("tables := []string{name}\nfor _, t := range tables {\n\tdb.Exec(\"VACUUM \" + t)\n}")]
    [InlineData("tables := []string{\"a\"}\ntables[0] = name\nfor _, t := range tables {\n\tdb.Exec(\"VACUUM \" + t)\n}")]
    [InlineData("tables := []string{\"a\"}\nfill(tables)\nfor _, t := range tables {\n\tdb.Exec(\"VACUUM \" + t)\n}")]
    [InlineData("tables := []time.Duration{24 * time.Hour}\nfor _, t := range tables {\n\tdb.Exec(fmt.Sprintf(\"DELETE WHERE age > %d\", t))\n}")]
    [InlineData("db.Exec(query)")]
    [InlineData("fixed := []string{\"a\"}\nfor _, t := range fixed {\n\tuse(t)\n}\nfor _, t := range given {\n\tdb.Exec(\"DELETE FROM \" + t)\n}")]
    [InlineData("tables := []string{\"a\"}\nfor _, t := range tables {\n\tt, _ := rename(t)\n\tdb.Exec(\"DELETE FROM \" + t)\n}")]
    [InlineData("tables := []string{\"a\"}\ntables = slices.DeleteFunc(tables, func(t string) bool {\n\tfor _, t := range tables {\n\t\tdb.Exec(\"DROP TABLE \" + t)\n\t}")]
    [InlineData("for _, t := range []string{\"hits\",\n\tname} {\n\tdb.Exec(\"VACUUM \" + t)\n}")]
    [InlineData("tables := []string{\"a\"}\nfor _, t := range append(tables, name) {\n\tdb.Exec(\"VACUUM \" + t)\n}")]
    [InlineData("tables := []string{\"a\"}\nfor _, t := range append(tables, given...) {\n\tdb.Exec(\"VACUUM \" + t)\n}")]
    [InlineData("for _, t := range append(given, \"a\") {\n\tdb.Exec(\"VACUUM \" + t)\n}")]
    [InlineData("for _, t := range append(tables[:1], \"a\") {\n\tdb.Exec(\"VACUUM \" + t)\n}")]
    public void Anything_else_is_not(string body) => Assert.False(Only(body));
}
