using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

/// <summary>
/// Table names scanned from the database's own list of tables are fixed by the schema; every link from that one
/// catalog query to the name pasted into the SQL is checked, and any other source keeps the name unknown.
/// </summary>
public sealed class GoCatalogNamesTests
{
    private static bool Only(string body)
    {
        var indented = "\t" + body.Replace("\n", "\n\t", StringComparison.Ordinal);
        var code = $"package store\n\nfunc reset(ctx context.Context, db *sql.DB, name string) error {{\n{indented}\n}}\n";
        using var masked = CodeMasker.Mask(code, Language.Go);
        var index = code.IndexOf(".ExecContext", StringComparison.Ordinal);
        return GoFixedValues.Only(masked, index, code.IndexOf('(', index) + 1 - index);
    }

    /// <summary>The reset as it is usually written: list the tables, scan each name, drop each one.</summary>
    private static string Reset(string query = "`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`",
        string declare = "var n string", string scan = "err = rows.Scan(&n)", string append = "tables = append(tables, n)",
        string list = "rows, err := db.QueryContext(ctx, QUERY)", string between = "") =>
        $$"""
        var tables []string
        {{list.Replace("QUERY", query, StringComparison.Ordinal)}}
        if err != nil {
        	return err
        }
        for rows.Next() {
        	{{declare}}
        	{{scan}}
        	if err != nil {
        		return err
        	}
        	{{between}}
        	{{append}}
        }
        for _, t := range tables {
        	_, err = db.ExecContext(ctx, `DROP TABLE IF EXISTS "`+t+`"`)
        }
        return nil
        """;

    [Theory]
    [InlineData("`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`")]
    [InlineData("`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE 'francis_%'`")]
    [InlineData("\"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'\"")]
    [InlineData("`\n\t\tSELECT name\n\t\tFROM sqlite_schema\n\t\tWHERE type = 'table'`")]
    [InlineData("`SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = $1`")]
    public void Names_listed_by_the_catalog_are_the_schemas(string query) => Assert.True(Only(Reset(query)));

    [Fact]
    public void The_rows_may_be_declared_before_they_are_assigned() =>
        Assert.True(Only(Reset(list: "var rows *sql.Rows\nrows, err = db.QueryContext(ctx, QUERY)")));

    [Fact]
    public void Query_without_a_context_reads_the_same() =>
        Assert.True(Only(Reset(list: "rows, err := db.Query(QUERY)")));

    [Theory]
    // The app's own table, not the catalog; a catalog only inside another table's name or in a subquery.
    [InlineData("`SELECT table_name FROM cleanup_requests`")]
    [InlineData("`SELECT name FROM sqlite_master_backup`")]
    [InlineData("`SELECT name FROM sqlite_master WHERE name IN (SELECT wanted FROM requests)`")]
    [InlineData("`SELECT name FROM sqlite_master UNION SELECT name FROM requests`")]
    [InlineData("`SELECT r.name FROM sqlite_master m JOIN requests r ON r.id = m.rootpage`")]
    // Another column of the catalog (the CREATE statement) is no table name.
    [InlineData("`SELECT sql FROM sqlite_master`")]
    [InlineData("`SELECT name, sql FROM sqlite_master`")]
    // The SQL is built, or held elsewhere.
    [InlineData("`SELECT name FROM ` + catalog")]
    [InlineData("listTables")]
    [InlineData("fmt.Sprintf(`SELECT name FROM %s`, from)")]
    public void Any_other_query_leaves_the_name_unknown(string query) => Assert.False(Only(Reset(query)));

    [Fact]
    public void A_catalog_named_only_in_a_log_message_is_not_the_query() =>
        Assert.False(Only(Reset("`SELECT table_name FROM cleanup_requests`",
            list: "log.Printf(\"reading sqlite_master\")\nrows, err := db.QueryContext(ctx, QUERY)")));

    [Fact]
    public void The_name_given_another_value_after_the_scan_is_unknown() =>
        Assert.False(Only(Reset(between: "n = r.URL.Query().Get(\"table\")")));

    [Fact]
    public void The_name_redeclared_from_a_request_is_unknown() =>
        Assert.False(Only(Reset(between: "n := r.FormValue(\"table\")")));

    [Fact]
    public void A_name_declared_with_a_value_is_unknown() =>
        Assert.False(Only(Reset(declare: "var n = r.FormValue(\"table\")")));

    [Fact]
    public void A_name_the_function_is_given_is_unknown() =>
        Assert.False(Only(Reset(declare: "", scan: "err = rows.Scan(&name)", append: "tables = append(tables, name)")));

    [Fact]
    public void A_name_scanned_with_other_columns_is_unknown() =>
        Assert.False(Only(Reset(scan: "err = rows.Scan(&id, &n)")));

    [Fact]
    public void A_name_scanned_from_other_rows_is_unknown() =>
        Assert.False(Only(Reset(scan: "err = other.Scan(&n)")));

    [Fact]
    public void A_name_scanned_twice_is_unknown() =>
        Assert.False(Only(Reset(scan: "err = rows.Scan(&n)\nerr = requests.Scan(&n)")));

    [Fact]
    public void Rows_given_a_second_query_are_unknown() =>
        Assert.False(Only(Reset(list: "rows, err := db.QueryContext(ctx, QUERY)\nrows, err = db.QueryContext(ctx, `SELECT table_name FROM cleanup_requests`)")));

    [Fact]
    public void Rows_handed_to_another_function_by_address_are_unknown() =>
        Assert.False(Only(Reset(list: "rows, err := db.QueryContext(ctx, QUERY)\nswap(&rows)")));

    [Theory]
    [InlineData("rows, err := db.QueryContext(ctx, QUERY)\nif rows, err = db.QueryContext(ctx, `SELECT table_name FROM cleanup_requests`); err != nil {\n\treturn err\n}")]
    [InlineData("rows, err := db.QueryContext(ctx, QUERY)\nselect {\ncase rows = <-pending:\ndefault:\n}")]
    [InlineData("rows, err := db.QueryContext(ctx, QUERY)\n*rows = *other")]
    [InlineData("rows, err := db.QueryContext(ctx, QUERY)\nfor _, rows := range all {\n\t_ = rows\n}")]
    [InlineData("rows, err := db.QueryContext(ctx, QUERY)\n{\n\tvar err2, rows = db.QueryContext(ctx, `SELECT table_name FROM cleanup_requests`)\n\t_ = err2\n}")]
    [InlineData("rows, err := db.QueryContext(ctx, QUERY)\ncollect := func(rows *sql.Rows) {}\ncollect(requested)")]
    public void Rows_given_a_value_any_other_way_are_unknown(string list) => Assert.False(Only(Reset(list: list)));

    [Fact]
    public void Rows_read_on_another_handle_than_the_one_the_sql_runs_on_are_unknown() =>
        Assert.False(Only(Reset(list: "rows, err := uploaded.QueryContext(ctx, QUERY)")));

    [Fact]
    public void A_function_that_opens_a_database_may_be_listing_a_users_file() =>
        Assert.False(Only(Reset(list: "src, err := sql.Open(\"sqlite3\", path)\nrows, err := db.QueryContext(ctx, QUERY)")));

    [Theory]
    // A Go escape spells a word the keyword check would not read.
    [InlineData("\"SELECT name FROM sqlite_master WHERE 0 \\x55NION ALL \\x53ELECT table_name \\x46ROM cleanup_requests\"")]
    // An alias renames the catalog's columns and a comma joins another table.
    [InlineData("`SELECT tablename FROM pg_tables AS p(s, t), cleanup_requests`")]
    [InlineData("`SELECT tablename FROM pg_tables, cleanup_requests`")]
    public void Hostile_catalog_queries_leave_the_name_unknown(string query) => Assert.False(Only(Reset(query)));

    [Fact]
    public void The_slice_given_other_names_after_the_place_in_a_loop_is_unknown()
    {
        var body = Reset().Replace("for _, t := range tables {", "for round := 0; round < 2; round++ {\nfor _, t := range tables {", StringComparison.Ordinal)
            .Replace("return nil", "tables = requested\n}\nreturn nil", StringComparison.Ordinal);
        Assert.False(Only(body));
    }

    [Fact]
    public void Many_appends_of_the_same_name_are_all_the_schemas() =>
        Assert.True(Only(Reset(append: string.Join("\n", Enumerable.Repeat("tables = append(tables, n)", 300)))));

    [Fact]
    public void A_scanned_name_appended_with_more_text_is_unknown() =>
        Assert.False(Only(Reset(append: "tables = append(tables, n+suffix)")));

    [Fact]
    public void The_slice_also_filled_from_elsewhere_is_unknown() =>
        Assert.False(Only(Reset(append: "tables = append(tables, n)\ntables = append(tables, r.FormValue(\"extra\"))")));
}
