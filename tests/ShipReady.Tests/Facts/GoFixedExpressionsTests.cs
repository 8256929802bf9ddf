using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

/// <summary>
/// Constants, number parameters, locals set only to fixed values and helpers of the file that return literals are
/// fixed by the code; any other source, or any other way of giving a local its value, keeps the SQL a gap.
/// </summary>
public sealed class GoFixedExpressionsTests
{
    /// <summary>Helpers a multi-driver store keeps beside its queries.</summary>
    private const string Helpers = """
        const postCols = "id, slug, title"

        const (
        	maxPosts = 25
        	orderCols = "created DESC"
        )

        var mutableCols = "id"

        func (db *datastore) now() string {
        	if db.driverName == "sqlite3" {
        		return "strftime('%Y-%m-%d %H:%M:%S','now')"
        	}
        	return "NOW()"
        }

        func (db *datastore) dateSub(l int, unit string) string {
        	if db.driverName == "sqlite3" {
        		return fmt.Sprintf("DATETIME('now', '-%d %s')", l, unit)
        	}
        	return fmt.Sprintf("DATE_SUB(NOW(), INTERVAL %d %s)", l, unit)
        }

        func (db *datastore) upsert(indexedCols ...string) string {
        	cc := strings.Join(indexedCols, ", ")
        	return "ON CONFLICT(" + cc + ") DO UPDATE SET"
        }

        func (db *datastore) column(name string) string {
        	return "LOWER(" + name + ")"
        }

        func (db *datastore) fromEnv() string {
        	return os.Getenv("SQL_SUFFIX")
        }

        func (db *datastore) pair() (string, error) {
        	return "NOW()", nil
        }

        func (db *datastore) twice() string {
        	return "A"
        }

        func (s *other) twice() string {
        	return r.FormValue("x")
        }

        func (db *datastore) sortCol(r *http.Request) string { return r.FormValue("sort") }

        func (db *datastore) newest() string {
        	return "created DESC"
        }

        func (k sortKey) Column() string {
        	return "created"
        }

        func (o opts) Get(key string) string {
        	return "id"
        }

        func (db *datastore) clock() string { return "NOW()" }

        type App struct {
        	db       *datastore
        	other    *other
        	cfg      *config.Config
        	twin, twin2 *datastore
        	twin     *other
        }

        func sortName() string { return "id" }

        func (datastore) col(v string) string { return "id" }

        """;

    private static bool Only(string body, string parameters = "r *http.Request, page int, alias string")
    {
        var indented = "\t" + body.Replace("\n", "\n\t", StringComparison.Ordinal);
        var code = $"package store\n\n{Helpers}\nfunc (db *datastore) Get({parameters}) error {{\n{indented}\n\treturn nil\n}}\n";
        using var masked = CodeMasker.Mask(code, Language.Go);
        var index = code.IndexOf("db.Exec(", StringComparison.Ordinal) + "db".Length;
        return GoFixedValues.Only(masked, index, ".Exec(".Length);
    }

    [Theory]
    [InlineData("db.Exec(\"SELECT \" + postCols + \" FROM posts\")")]
    [InlineData("db.Exec(\"SELECT id FROM posts ORDER BY \" + orderCols)")]
    [InlineData("db.Exec(\"DELETE FROM tokens WHERE expires < \" + db.now())")]
    [InlineData("db.Exec(\"DELETE FROM resets WHERE created < \" + db.dateSub(3, \"HOUR\"))")]
    [InlineData("db.Exec(\"INSERT INTO attrs (a, b) VALUES (?, ?) \" + db.upsert(\"collection_id\", \"attribute\") + \" b = ?\")")]
    [InlineData("db.Exec(\"SELECT id FROM posts LIMIT \" + strconv.Itoa(page))")]
    [InlineData("db.Exec(fmt.Sprintf(\"SELECT id FROM posts LIMIT %d\", page))")]
    [InlineData("db.Exec(\"SELECT id FROM posts WHERE \" + db.column(\"title\") + \" = ?\")")]
    [InlineData("where := \"\"\nif alias != \"\" {\n\twhere = \" AND alias = ?\"\n}\ndb.Exec(\"SELECT id FROM posts WHERE owner = ?\" + where)")]
    [InlineData("var where string\nif alias != \"\" {\n\twhere = \"alias = ?\"\n} else {\n\twhere = \"id = ?\"\n}\ndb.Exec(\"SELECT id FROM posts WHERE \" + where)")]
    [InlineData("timeCondition := \"\"\nif page > 0 {\n\ttimeCondition = \"AND created <= \" + db.now()\n}\ndb.Exec(\"SELECT id FROM posts WHERE a = ? \" + timeCondition)")]
    [InlineData("cond := \"a = ?\"\ncond += \" AND b = ?\"\ndb.Exec(\"SELECT id FROM posts WHERE \" + cond)")]
    [InlineData("const cols = \"id, title\"\ndb.Exec(\"SELECT \" + cols + \" FROM posts\")")]
    [InlineData("limit := fmt.Sprintf(\"LIMIT %d\", maxPosts)\ndb.Exec(\"SELECT id FROM posts \" + limit)")]
    [InlineData("var updates, sep string\nif alias != \"\" {\n\tupdates += sep + \"slug = ?\"\n\tsep = \", \"\n}\nupdates += sep + \"updated = \" + db.now()\ndb.Exec(\"UPDATE posts SET \" + updates + \" WHERE id = ?\")")]
    public void Values_the_code_fixes_are_fixed(string body) => Assert.True(Only(body));

    [Theory]
    // A string parameter, a request value, a package variable anyone may set.
    [InlineData("db.Exec(\"SELECT id FROM posts WHERE alias = '\" + alias + \"'\")")]
    [InlineData("db.Exec(\"SELECT id FROM posts ORDER BY \" + r.FormValue(\"sort\"))")]
    [InlineData("db.Exec(\"SELECT \" + mutableCols + \" FROM posts\")")]
    // A helper given a request value, or one that reads the environment.
    [InlineData("db.Exec(\"SELECT id FROM posts WHERE \" + db.column(r.FormValue(\"c\")) + \" = ?\")")]
    [InlineData("db.Exec(\"SELECT id FROM posts \" + db.fromEnv())")]
    [InlineData("db.Exec(\"DELETE FROM resets WHERE created < \" + db.dateSub(3, alias))")]
    [InlineData("db.Exec(\"INSERT INTO attrs (a) VALUES (?) \" + db.upsert(\"collection_id\", alias))")]
    // A local given a request value on any path, or any other way.
    [InlineData("where := \"\"\nif alias != \"\" {\n\twhere = \" AND alias = '\" + alias + \"'\"\n}\ndb.Exec(\"SELECT id FROM posts WHERE owner = ?\" + where)")]
    [InlineData("where, err := build(r)\ndb.Exec(\"SELECT id FROM posts WHERE \" + where)")]
    [InlineData("where := \"a = ?\"\nfill(&where)\ndb.Exec(\"SELECT id FROM posts WHERE \" + where)")]
    [InlineData("var where string\nfor _, where = range r.Form[\"w\"] {\n}\ndb.Exec(\"SELECT id FROM posts WHERE \" + where)")]
    [InlineData("where := \"a = ?\"\nif where, ok := r.Form[\"w\"]; ok {\n\t_ = where\n}\ndb.Exec(\"SELECT id FROM posts WHERE \" + where)")]
    [InlineData("where := \"a = ?\"\napply := func(where string) { db.Exec(\"SELECT id FROM posts WHERE \" + where) }\napply(alias)")]
    [InlineData("cond := \"a = ?\"\ncond += r.FormValue(\"more\")\ndb.Exec(\"SELECT id FROM posts WHERE \" + cond)")]
    [InlineData("limit := fmt.Sprintf(\"LIMIT %s\", alias)\ndb.Exec(\"SELECT id FROM posts \" + limit)")]
    [InlineData("db.Exec(\"SELECT id FROM posts WHERE \" + strings.Join(r.Form[\"w\"], \" AND \"))")]
    // A one-line helper's own return is read, not the next function's.
    [InlineData("db.Exec(\"SELECT id FROM posts ORDER BY \" + db.sortCol(r))")]
    // A method of another type, or of a package, that shares a name with a helper of the file.
    [InlineData("db.Exec(\"SELECT id FROM posts ORDER BY \" + f.Column())")]
    [InlineData("q := r.URL.Query()\ndb.Exec(\"SELECT id FROM posts ORDER BY \" + q.Get(\"sort\"))")]
    // Several names declared at once, a type the declaration cannot be read past.
    [InlineData("var col, limit = r.FormValue(\"sort\"), 10\ndb.Exec(\"SELECT id FROM posts ORDER BY \" + col)")]
    [InlineData("var v interface{} = r.FormValue(\"o\")\ndb.Exec(fmt.Sprintf(\"SELECT id FROM posts ORDER BY %v\", v))")]
    // Changed through a pointer-receiver method, or a field.
    [InlineData("var order SortOrder = \"asc\"\norder.Set(r.FormValue(\"order\"))\ndb.Exec(fmt.Sprintf(\"SELECT id FROM posts ORDER BY id %s\", order))")]
    // A closure's parameter shadowing a constant, in a group or over several lines.
    [InlineData("run := func(postCols, dir string) {\n\tdb.Exec(\"SELECT \" + postCols + \" FROM posts\")\n}\nrun(r.FormValue(\"o\"), \"ASC\")")]
    [InlineData("run := func(\n\tpostCols string,\n) {\n\tdb.Exec(\"SELECT \" + postCols + \" FROM posts\")\n}\nrun(r.FormValue(\"o\"))")]
    // A local closure named like a helper of the file, or the receiver declared again, is something else.
    [InlineData("sortName := func() string { return r.FormValue(\"sort\") }\ndb.Exec(\"SELECT id FROM posts ORDER BY \" + sortName())")]
    [InlineData("run := func(db *other) {\n\tdb.Exec(\"SELECT id FROM posts WHERE created < \" + db.now())\n}\nrun(o)")]
    [InlineData("if r != nil {\n\tdb := &other{}\n\tdb.Exec(\"SELECT id FROM posts WHERE created < \" + db.now())\n}")]
    [InlineData("for _, db := range others {\n\tdb.Exec(\"SELECT id FROM posts WHERE created < \" + db.now())\n}")]
    // A method with an unnamed receiver is no plain function of that name.
    [InlineData("db.Exec(\"SELECT id FROM posts ORDER BY \" + col(r.FormValue(\"o\")))")]
    public void Anything_else_is_not(string body) => Assert.False(Only(body));

    [Theory]
    [InlineData("db.Exec(\"SELECT id FROM posts ORDER BY \" + db.newest())")]
    [InlineData("db.Exec(\"SELECT id FROM posts WHERE created < \" + db.clock())")]
    [InlineData("db.Exec(\"SELECT id FROM posts ORDER BY \" + sortName())")]
    [InlineData("log(ctx, db)\ndb.Exec(\"SELECT id FROM posts WHERE created < \" + db.now())")]
    public void Helpers_of_the_receivers_type_are_read_to_their_closing_brace(string body) => Assert.True(Only(body));

    [Fact]
    public void Blank_parameters_are_no_names() =>
        Assert.True(Only("db.Exec(\"SELECT id FROM posts WHERE created < \" + db.now())", "_ context.Context, _ int, r *http.Request"));

    [Fact]
    public void Names_built_from_each_other_twice_over_are_read_within_a_bound()
    {
        // Each name reads the one before twice, so without a memory of the names read the work would double with every
        // line: each is read once, so a long chain is read to its literal, and one past the step bound is left unknown
        // instead of running on.
        static string Chain(int length) =>
            $"a0 := \"x\"\n{string.Join("\n", Enumerable.Range(1, length).Select(i => $"a{i} := a{i - 1} + a{i - 1}"))}\n"
            + $"db.Exec(\"SELECT id FROM posts WHERE \" + a{length})";
        Assert.True(Only(Chain(5)));
        Assert.True(Only(Chain(40)));
        Assert.False(Only(Chain(1_000)));
    }

    [Fact]
    public void A_number_parameter_given_a_new_value_is_read_no_further() =>
        Assert.False(Only("page = len(alias)\ndb.Exec(fmt.Sprintf(\"SELECT id FROM posts LIMIT %d\", page))\n_ = page", "r *http.Request, page int, alias string"));

    [Fact]
    public void A_string_parameter_stays_unknown_even_when_named_like_a_number() =>
        Assert.False(Only("db.Exec(\"SELECT id FROM posts LIMIT \" + page)", "r *http.Request, page string"));

    [Theory]
    // The method of the value's own type is the one called, whatever other types declare by that name.
    [InlineData("db.Exec(\"SELECT id FROM posts \" + db.twice())", true)]
    [InlineData("db.Exec(\"SELECT id FROM posts \" + o.twice())", false)]
    [InlineData("db.Exec(\"SELECT id FROM posts WHERE created < \" + store.now())", true)]
    [InlineData("db.Exec(\"SELECT id FROM posts WHERE created < \" + app.db.now())", true)]
    [InlineData("db.Exec(\"SELECT id FROM posts \" + app.other.twice())", false)]
    [InlineData("db.Exec(\"SELECT id FROM posts \" + app.db.fromEnv())", false)]
    // A field of a type from another package, a field declared twice, two fields deep, a name that is no parameter.
    [InlineData("db.Exec(\"SELECT id FROM posts \" + app.cfg.now())", false)]
    [InlineData("db.Exec(\"SELECT id FROM posts \" + app.twin.now())", false)]
    [InlineData("db.Exec(\"SELECT id FROM posts \" + app.db.db.now())", false)]
    [InlineData("db.Exec(\"SELECT id FROM posts \" + global.now())", false)]
    // The parameter declared again in the body is another value, perhaps of another type.
    [InlineData("if r != nil {\n\tstore := pick(r)\n\tdb.Exec(\"SELECT id FROM posts WHERE created < \" + store.now())\n}", false)]
    // Declared again in a `var ( … )` block, or as a closure's named result.
    [InlineData("if r != nil {\n\tvar (\n\t\tstore *other\n\t)\n\tdb.Exec(\"SELECT id FROM posts \" + store.twice())\n}", false)]
    [InlineData("f := func() (store *other) {\n\tdb.Exec(\"SELECT id FROM posts \" + store.twice())\n\treturn\n}\n_ = f", false)]
    // Handed to a call it is still the same value.
    [InlineData("audit(store, r)\ndb.Exec(\"SELECT id FROM posts WHERE created < \" + store.now())", true)]
    public void Methods_are_looked_up_on_the_type_the_signature_gives(string body, bool fixedByCode) =>
        Assert.Equal(fixedByCode, Only(body, "r *http.Request, o *other, store *datastore, app *App"));

    [Theory]
    // Go has no operator overloading: a difference or product is a number, and so is a variable the code multiplies.
    [InlineData("per := cf.PostsPerPage()\nstart := page*per - per\ndb.Exec(fmt.Sprintf(\"SELECT id FROM posts LIMIT %d, %d\", start, per))", true)]
    [InlineData("limit := fmt.Sprintf(\"%d, %d\", (page-1)*maxPosts, maxPosts)\ndb.Exec(\"SELECT id FROM posts LIMIT \" + limit)", true)]
    [InlineData("n := cf.Count()\nn--\ndb.Exec(fmt.Sprintf(\"SELECT id FROM posts LIMIT %v\", n))", true)]
    [InlineData("n, err := strconv.Atoi(r.FormValue(\"n\"))\ndb.Exec(fmt.Sprintf(\"SELECT id FROM posts LIMIT %d\", n/2))", true)]
    // A pointer declared, a pointer read, a channel received from: no arithmetic.
    [InlineData("var p *string\np = pick(r)\ndb.Exec(fmt.Sprintf(\"SELECT id FROM posts ORDER BY %s\", *p))", false)]
    [InlineData("s := *ptr\ndb.Exec(\"SELECT id FROM posts ORDER BY \" + s)", false)]
    [InlineData("v := <-ch\ndb.Exec(\"SELECT id FROM posts ORDER BY \" + v)", false)]
    [InlineData("ch := make(chan string)\nv := <-ch\ndb.Exec(\"SELECT id FROM posts ORDER BY \" + ch)", false)]
    // A name declared twice is two variables: the one subtracted is not the one pasted in.
    [InlineData("if page > 0 {\n\tn := page\n\t_ = n - 1\n}\nn := r.FormValue(\"n\")\ndb.Exec(\"SELECT id FROM posts LIMIT \" + n)", false)]
    // Subtracted before it is declared: that was another variable.
    [InlineData("_ = n - 1\nn := r.FormValue(\"n\")\ndb.Exec(\"SELECT id FROM posts LIMIT \" + n)", false)]
    // The same name declared again in a block: as a constant, in a `var ( … )` block, as a closure's named result.
    [InlineData("n := r.FormValue(\"n\")\ndb.Exec(\"SELECT id FROM posts LIMIT \" + n)\nif page > 0 {\n\tconst n = 3\n\t_ = n * 2\n}", false)]
    [InlineData("db.Exec(\"SELECT id FROM posts WHERE a = '\" + alias + \"'\")\n{\n\tconst alias = 2\n\t_ = alias * 3\n}", false)]
    [InlineData("n := r.FormValue(\"n\")\ndb.Exec(\"SELECT id FROM posts LIMIT \" + n)\nif page > 0 {\n\tvar (\n\t\tn int\n\t)\n\t_ = n * 2\n}", false)]
    [InlineData("n := r.FormValue(\"n\")\ndb.Exec(\"SELECT id FROM posts LIMIT \" + n)\nf := func() (n int) {\n\treturn n * 2\n}\n_ = f", false)]
    // A pointer type after a bracket is no product: `[]*user` names the type again once a block's `user` is gone.
    [InlineData("if page > 0 {\n\tuser := r.FormValue(\"u\")\n\tdb.Exec(\"SELECT id FROM posts WHERE name = '\" + user + \"'\")\n}\nusers := []*user{}\n_ = users", false)]
    // A local of a block named like a package variable: outside the block the name is the package's.
    [InlineData("if page > 0 {\n\tmutableCols := \"name\"\n\t_ = mutableCols\n}\ndb.Exec(\"SELECT \" + mutableCols + \" FROM posts\")", false)]
    [InlineData("if page > 0 {\n\tmutableCols := r.FormValue(\"l\")\n\tdb.Exec(\"SELECT id FROM posts LIMIT \" + mutableCols)\n}\n_ = mutableCols * 2", false)]
    // A string parameter that is only compared or passed on.
    [InlineData("if alias == \"x\" {\n}\ndb.Exec(\"SELECT id FROM posts WHERE a = '\" + alias + \"'\")", false)]
    public void Numbers_are_known_by_the_operators_that_take_them(string body, bool fixedByCode) =>
        Assert.Equal(fixedByCode, Only(body));

    [Theory]
    // A map of literals, only read: an element is one of them or empty, whatever key the request asks for.
    [InlineData("cols := map[string]string{\n\t\"views\": \"view_count AS views\",\n\t\"title\": \"title\",\n}\ncol, ok := cols[r.FormValue(\"p\")]\nif !ok {\n\treturn nil\n}\ndb.Exec(\"SELECT \" + col + \" FROM posts\")", true)]
    [InlineData("cols := map[string]string{\"views\": \"view_count\"}\ndb.Exec(\"SELECT \" + cols[alias] + \" FROM posts\")", true)]
    [InlineData("var cols = map[string]string{\"views\": \"view_count\"}\ncol := cols[alias]\ndb.Exec(\"SELECT \" + col + \" FROM posts\")", true)]
    // An element set, the map handed on or assigned, a value that is no literal, a map from outside.
    [InlineData("cols := map[string]string{\"views\": \"view_count\"}\ncols[\"x\"] = r.FormValue(\"x\")\ncol, ok := cols[alias]\n_ = ok\ndb.Exec(\"SELECT \" + col + \" FROM posts\")", false)]
    [InlineData("cols := map[string]string{\"views\": \"view_count\"}\nfill(cols)\ncol, ok := cols[alias]\n_ = ok\ndb.Exec(\"SELECT \" + col + \" FROM posts\")", false)]
    [InlineData("cols := map[string]string{\"views\": \"view_count\"}\ncols = r.Form\ndb.Exec(\"SELECT \" + cols[alias] + \" FROM posts\")", false)]
    [InlineData("cols := map[string]string{\"views\": alias}\ndb.Exec(\"SELECT \" + cols[\"views\"] + \" FROM posts\")", false)]
    [InlineData("cols := map[string]string{\"views\": \"view_count\"}\np := &cols\n_ = p\ndb.Exec(\"SELECT \" + cols[alias] + \" FROM posts\")", false)]
    [InlineData("col, ok := r.Form[alias]\n_ = ok\ndb.Exec(\"SELECT \" + col + \" FROM posts\")", false)]
    [InlineData("col, ok := x.(string)\n_ = ok\ndb.Exec(\"SELECT \" + col + \" FROM posts\")", false)]
    // An element set with another name at once; a map of slices or of maps, whose elements change in place.
    [InlineData("cols := map[string]string{\"a\": \"name\"}\nn := 0\ncols[\"a\"], n = r.FormValue(\"x\"), 1\n_ = n\ndb.Exec(\"SELECT \" + cols[alias] + \" FROM posts\")", false)]
    [InlineData("cols := map[string][]string{\"a\": {\"name\"}}\ncols[\"a\"][0] = r.FormValue(\"x\")\ndb.Exec(fmt.Sprintf(\"SELECT %s FROM posts\", cols[alias]))", false)]
    [InlineData("cols := map[string]map[string]string{\"a\": {\"b\": \"name\"}}\ndb.Exec(fmt.Sprintf(\"SELECT %v FROM posts\", cols[alias]))", false)]
    // A map the package declares too: outside the block that declares the local, the name is the package's.
    [InlineData("if page > 0 {\n\tmutableCols := map[string]string{\"a\": \"name\"}\n\t_ = mutableCols\n}\ndb.Exec(\"SELECT \" + mutableCols[alias] + \" FROM posts\")", false)]
    public void Elements_of_a_map_of_literals_only_read_are_fixed(string body, bool fixedByCode) =>
        Assert.Equal(fixedByCode, Only(body));

    /// <summary>A file of the store's package that holds its SQL and asks for the package's constants and helpers.</summary>
    private static bool OnlyInPackage(string body, params string[] others)
    {
        var indented = "\t" + body.Replace("\n", "\n\t", StringComparison.Ordinal);
        var code = $"package store\n\nfunc list(db *datastore, page int) error {{\n{indented}\n\treturn nil\n}}\n";
        using var masked = CodeMasker.Mask(code, Language.Go);
        var package = GoDeclarations.Of([masked.CodeText, .. others.Select(o => CodeMasker.Mask(o, Language.Go).CodeText)]);
        var index = code.IndexOf("db.Exec(", StringComparison.Ordinal) + "db".Length;
        return GoFixedValues.Only(masked, index, ".Exec(".Length, new GoFileReading(masked, () => package));
    }

    /// <summary>A file of the package that lists tables once, and one that only reads the list.</summary>
    private const string Tables = """
        package store

        var statTables = []string{"system_stats", "browser_stats"}

        var extraTables = []string{"hits"}

        var ExportedTables = []string{"hits"}

        var (
        	blockTables = []string{"a", "b"}
        )

        func count() int {
        	n := len(statTables)
        	for _, t := range statTables {
        		n += len(t)
        	}
        	return n
        }
        """;

    [Theory]
    [InlineData("for _, t := range append(statTables, \"hits\") {\n\tdb.Exec(\"DELETE FROM \" + t)\n}", true)]
    [InlineData("for _, t := range statTables {\n\tdb.Exec(\"DELETE FROM \" + t)\n}", true)]
    [InlineData("for _, t := range blockTables {\n\tdb.Exec(\"DELETE FROM \" + t)\n}", true)]
    // Exported: another package may set it.
    [InlineData("for _, t := range ExportedTables {\n\tdb.Exec(\"DELETE FROM \" + t)\n}", false)]
    public void A_slice_of_literals_the_package_only_reads_is_fixed(string body, bool fixedByCode) =>
        Assert.Equal(fixedByCode, OnlyInPackage(body, Tables));

    [Theory]
    [InlineData("package store\n\nfunc add(name string) {\n\tstatTables = append(statTables, name)\n}\n")]
    [InlineData("package store\n\nfunc set(name string) {\n\tstatTables[0] = name\n}\n")]
    [InlineData("package store\n\nfunc fill() {\n\tload(statTables)\n}\n")]
    [InlineData("package store\n\nfunc grow() {\n\tx := append(statTables[:1], \"y\")\n\t_ = x\n}\n")]
    public void A_package_slice_some_code_may_change_is_not(string other) =>
        Assert.False(OnlyInPackage("for _, t := range statTables {\n\tdb.Exec(\"DELETE FROM \" + t)\n}", Tables, other));

    private const string Drivers = """
        package store

        const postCols = "id, title"

        const (
        	pageSize = 20
        	orderBy  = "created"
        )

        func (db *datastore) typeText() string {
        	if db.driverName == "sqlite3" {
        		return "TEXT"
        	}
        	return "LONGTEXT"
        }

        func (db *datastore) typeVarChar(l int) string { return fmt.Sprintf("VARCHAR(%d)", l) }

        func (db *datastore) suffix() string { return os.Getenv("SUFFIX") }

        func plain() string { return "id" }
        """;

    [Theory]
    [InlineData("db.Exec(\"ALTER TABLE posts ADD COLUMN body \" + db.typeText() + \" NULL\")", true)]
    [InlineData("db.Exec(\"ALTER TABLE posts ADD COLUMN slug \" + db.typeVarChar(255))", true)]
    [InlineData("db.Exec(\"SELECT \" + postCols + \" FROM posts ORDER BY \" + orderBy)", true)]
    [InlineData("db.Exec(fmt.Sprintf(\"SELECT id FROM posts LIMIT %d\", pageSize))", true)]
    [InlineData("db.Exec(\"SELECT \" + plain() + \" FROM posts\")", true)]
    [InlineData("db.Exec(\"SELECT id FROM posts \" + db.suffix())", false)]
    [InlineData("db.Exec(\"SELECT id FROM posts \" + db.missing())", false)]
    public void Constants_and_helpers_of_other_files_of_the_package_are_read(string body, bool fixedByCode) =>
        Assert.Equal(fixedByCode, OnlyInPackage(body, Drivers));

    [Fact]
    public void A_name_another_file_declares_differently_is_not_known()
    {
        // Files built for other targets: one makes the name a variable, one declares the helper again.
        const string Variant = """
            package store

            var orderBy = os.Getenv("ORDER")

            func (db *datastore) typeText() string { return os.Getenv("TEXT_TYPE") }

            func plain() string { return "id" }
            """;
        Assert.False(OnlyInPackage("db.Exec(\"SELECT id FROM posts ORDER BY \" + orderBy)", Drivers, Variant));
        Assert.False(OnlyInPackage("db.Exec(\"ALTER TABLE posts ADD COLUMN body \" + db.typeText())", Drivers, Variant));
        Assert.False(OnlyInPackage("db.Exec(\"SELECT \" + plain() + \" FROM posts\")", Drivers, Variant));
        Assert.True(OnlyInPackage("db.Exec(\"SELECT \" + postCols + \" FROM posts\")", Drivers, Variant));
    }

    [Fact]
    public void A_one_line_function_is_read_alone()
    {
        // The next function declares a local of the same name; the one-line function pastes the package's variable.
        var code = "package store\n\nvar order = \"id\"\n\nfunc (db *datastore) List(r *http.Request) { db.Exec(\"SELECT id FROM posts ORDER BY \" + order) }\n\n"
            + "func next() {\n\torder := \"name\"\n\tfmt.Println(order)\n}\n";
        using var masked = CodeMasker.Mask(code, Language.Go);
        var index = code.IndexOf("db.Exec(", StringComparison.Ordinal) + "db".Length;
        Assert.False(GoFixedValues.Only(masked, index, ".Exec(".Length));
    }

    [Fact]
    public void A_long_chain_of_locals_is_read_once_per_name()
    {
        // Each local adds the one before to the one before that, and a query pastes each: every name is read once for
        // the whole function, so the last is still found fixed within the step bound.
        var lines = new List<string> { "v0 := \"a\"", "v1 := \"b\"" };
        for (var i = 2; i < 120; i++)
        {
            lines.Add($"v{i} := v{i - 1} + v{i - 2}");
            lines.Add($"db.Exec(\"SELECT id FROM posts WHERE a = \" + v{i})");
        }
        var indented = "\t" + string.Join("\n\t", lines);
        var code = $"package store\n\nfunc (db *datastore) Get() error {{\n{indented}\n\treturn nil\n}}\n";
        using var masked = CodeMasker.Mask(code, Language.Go);
        var reading = new GoFileReading(masked);
        var last = code.LastIndexOf("db.Exec(", StringComparison.Ordinal) + "db".Length;
        Assert.True(GoFixedValues.Only(masked, last, ".Exec(".Length, reading));
        var first = code.IndexOf("db.Exec(", StringComparison.Ordinal) + "db".Length;
        Assert.True(GoFixedValues.Only(masked, first, ".Exec(".Length, reading));
    }
}
