using ShipReady.Catalog;
using ShipReady.Facts;
using ShipReady.Inventory;

namespace ShipReady.Tests.Facts;

/// <summary>The one pass that walks and reads: what it keeps must not depend on the order the threads see the tree in.</summary>
public sealed class TreeScanTests
{
    private static MemoryFileSource Repo()
    {
        var source = new MemoryFileSource()
            .Add("package.json", """{ "name": "shop", "dependencies": { "express": "4.19.2", "stripe": "14.0.0" } }""")
            .Add("src/server.js", "const app = require('express')();\napp.get('/a', async (req, res) => res.json(await fetch('https://api.example.com/a')));\n")
            .Add("src/lib/db.js", "const url = 'postgres://admin:hunter2secret@db.internal:5432/shop';\n")
            .Add("src/logo.png", new byte[] { 0x89, 0x50, 0x4e, 0x47, 0 })
            .Add(".env", "STRIPE_SECRET_KEY=sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUv\n")
            .Add("web/app.min.js", "var a=1;" + new string('x', 2000));
        foreach (var name in new[] { "e", "a", "g", "c", "h", "b", "f", "d" })
        {
            source.Add($"tests/{name}/{name}.test.js", "it('works', () => {});\n");
        }
        foreach (var stem in new[] { "login", "reset", "signup" })
        {
            source.Add($"quiz/{stem}_1.ts", "fetch('/x');\n").Add($"quiz/{stem}_2.ts", "fetch('/x');\n");
        }
        return source;
    }

    [Fact]
    public void Two_notes_on_one_path_come_out_in_the_order_of_their_kinds()
    {
        // A minified bundle with a byte that is not UTF-8: one note comes from the read, the other from the end of the scan.
        var bundle = System.Text.Encoding.ASCII.GetBytes("var a=1;" + new string('x', 2000)).Append((byte)0xE9).ToArray();
        var source = new MemoryFileSource().Add("package.json", """{ "name": "shop", "dependencies": { "express": "4.19.2" } }""").Add("web/app.js", bundle);

        var notes = new FactsBuilder(ControlCatalog.Default).Build(source, WalkOptions.Default).Notes.Where(n => n.Path == "web/app.js").Select(n => n.Kind).ToList();

        Assert.Equal(2, notes.Count);
        Assert.Equal(notes.Order(StringComparer.Ordinal), notes);
    }

    [Fact]
    public void A_file_that_fails_to_read_is_noted_by_name_and_the_files_beside_it_are_still_read()
    {
        // Seventeen files in one folder: the failing one shares its run of files with the rest, so the run must go on past it.
        var inner = new MemoryFileSource().Add("web/app.js", "let a = 1;\n");
        for (var i = 0; i < 16; i++)
        {
            inner.Add($"web/m{i:00}.js", $"const url = 'postgres://admin:hunter2secret{i}@db.internal:5432/shop';\n");
        }
        var source = new FailingReadSource(inner, "web/app.js");

        foreach (var facts in new[]
        {
            new FactsBuilder(ControlCatalog.Default).Build(source, WalkOptions.Default),
            new FactsBuilder(ControlCatalog.Default).Build(new RepoWalker(source).Walk()),
        })
        {
            var note = Assert.Single(facts.Notes, n => n.Kind == "read-failed");
            Assert.Equal("web/app.js", note.Path);
            Assert.Contains("InvalidDataException: corrupt", note.Message);
            Assert.Equal(16, facts.Secrets.Select(s => s.Location.File).Distinct().Count());
        }
    }

    [Fact]
    public void A_caller_that_fails_to_read_keeps_the_hit_its_call_would_have_decided()
    {
        // The only caller read passes a literal, which alone would clear the model's SQL; the other caller is not read.
        var inner = new MemoryFileSource()
            .Add("Gemfile", "source 'https://rubygems.org'\ngem 'rails'\n")
            .Add("app/models/report.rb", "class Report < ApplicationRecord\n  def self.by_title(title)\n    find_by_sql(\"SELECT * FROM reports WHERE title = '#{title}'\")\n  end\nend\n")
            .Add("app/controllers/imports_controller.rb", "class ImportsController < ApplicationController\n  def index\n    @reports = Report.by_title(\"import\")\n  end\nend\n")
            .Add("app/controllers/reports_controller.rb", "class ReportsController < ApplicationController\n  def index\n    @reports = Report.by_title(params[:title])\n  end\nend\n");

        bool Reported(IFileSource source) =>
            new FactsBuilder(ControlCatalog.Default).Build(source, WalkOptions.Default).Hits.Any(h => h.ControlId == "VAL-SQLI" && h.Location.File == "app/models/report.rb");

        Assert.False(Reported(new FailingReadSource(inner.Add("app/controllers/reports_controller.rb", "class ReportsController < ApplicationController\nend\n"), "none")));
        Assert.True(Reported(new FailingReadSource(inner, "app/controllers/reports_controller.rb")));
    }

    [Fact]
    public void A_go_package_that_records_its_schema_version_clears_the_statements_its_other_files_hand_it()
    {
        // plugins/ records user_version in migrate.go; sessions/ reads it only in a test, which the program does not link.
        var source = new MemoryFileSource()
            .Add("go.mod", "module example.com/player\n\ngo 1.22\n\nrequire github.com/mattn/go-sqlite3 v1.14.22\n")
            .Add("plugins/migrate.go", "package plugins\n\nfunc migrateDB(db *sql.DB, steps []string) error {\n\tdb.QueryRow(`PRAGMA user_version`)\n\treturn nil\n}\n")
            .Add("plugins/kvstore.go", "package plugins\n\nfunc schema(db *sql.DB) error {\n\treturn migrateDB(db, []string{`CREATE TABLE IF NOT EXISTS kvstore (key TEXT)`})\n}\n")
            .Add("sessions/store.go", "package sessions\n\nfunc prepare(db *sql.DB) {\n\tdb.Exec(`CREATE TABLE IF NOT EXISTS sessions (id TEXT)`)\n}\n")
            .Add("sessions/gc.go", "package sessions\n\nfunc gc(db *sql.DB) {\n\tdb.Exec(`DELETE FROM sessions`)\n}\n")
            .Add("sessions/store_test.go", "package sessions\n\nfunc TestVersion(t *testing.T) {\n\tdb.QueryRow(`PRAGMA user_version`)\n}\n");

        var facts = new FactsBuilder(ControlCatalog.Default).Build(source, WalkOptions.Default);

        Assert.Equal(["sessions/store.go"], facts.Hits.Where(h => h.ControlId == "DATA-MIGRATIONS" && h.PatternId == "create-table-at-startup").Select(h => h.Location.File));
    }

    /// <summary>A source whose one file cannot be read for a reason the reader does not expect.</summary>
    private sealed class FailingReadSource(IFileSource inner, string failing) : IFileSource
    {
        public string DisplayRoot => inner.DisplayRoot;

        public IReadOnlyList<FileEntry> List(string relativeDirectory) => inner.List(relativeDirectory);

        public byte[] Read(string relativePath, int maxBytes) =>
            relativePath == failing ? throw new InvalidDataException("corrupt") : inner.Read(relativePath, maxBytes);

        public int ReadInto(string relativePath, Span<byte> buffer) =>
            relativePath == failing ? throw new InvalidDataException("corrupt") : inner.ReadInto(relativePath, buffer);
    }

    [Fact]
    public void Walking_and_reading_in_one_pass_gives_the_facts_of_reading_a_listed_inventory()
    {
        var source = Repo();

        var streamed = new FactsBuilder(ControlCatalog.Default).Build(source, WalkOptions.Default);
        var listed = new FactsBuilder(ControlCatalog.Default).Build(new RepoWalker(source).Walk());

        Assert.Equal(listed.FileCount, streamed.FileCount);
        Assert.Equal(20, streamed.FileCount);
        Assert.Equal(listed.RootFiles.ToArray(), streamed.RootFiles.ToArray());
        Assert.Equal([".env", "package.json"], streamed.RootFiles.ToArray());
        Assert.Equal(listed.Languages.ToArray(), streamed.Languages.ToArray());
        Assert.Equal(listed.Dependencies.ToArray(), streamed.Dependencies.ToArray());
        Assert.Equal(listed.Frameworks, streamed.Frameworks);
        Assert.Equal(listed.Hits.ToArray(), streamed.Hits.ToArray());
        Assert.Equal(listed.Secrets.Select(s => s.Location), streamed.Secrets.Select(s => s.Location));
        Assert.Equal(listed.Notes.ToArray(), streamed.Notes.ToArray());
        Assert.Equal(
            [("quiz", "variants"), ("src/logo.png", "binary"), ("web/app.min.js", "minified")],
            streamed.Notes.Select(n => (n.Path, n.Kind)));
        Assert.Contains(streamed.Hits, h => h.Location.File == "src/server.js");
        Assert.DoesNotContain(streamed.Hits, h => h.Location.File.StartsWith("quiz/", StringComparison.Ordinal));
        Assert.Equal([".env", "src/lib/db.js"], streamed.Secrets.Select(s => s.Location.File).Distinct());
    }

    [Fact]
    public void A_file_glob_keeps_the_first_matches_by_path_whatever_order_they_are_found_in()
    {
        var tests = ControlCatalog.Default.Find("QA-TESTS")!.Detect!.SatisfiedBy!.Files.Single(g => g.Pattern == "**/*.test.js");

        var facts = new FactsBuilder(ControlCatalog.Default).Build(Repo(), WalkOptions.Default);

        Assert.Equal(["tests/a/a.test.js", "tests/b/b.test.js", "tests/c/c.test.js", "tests/d/d.test.js", "tests/e/e.test.js"], facts.FilesMatching(tests).ToArray());
    }

    [Fact]
    public void A_pattern_a_product_dependency_clears_has_no_hit_even_when_its_manifest_is_read_after_the_code()
    {
        // The code sits at the root and the manifest deep down: the walk reads the code first.
        var code = "async function get() { return fetch('https://api.example.com/a'); }\n";
        var without = new MemoryFileSource().Add("client.js", code).Add("z/deep/package.json", """{ "dependencies": { "express": "4.19.2" } }""");
        var with = new MemoryFileSource().Add("client.js", code).Add("z/deep/package.json", """{ "dependencies": { "express": "4.19.2", "p-retry": "6.0.0" } }""");

        var before = new FactsBuilder(ControlCatalog.Default).Build(without, WalkOptions.Default);
        var after = new FactsBuilder(ControlCatalog.Default).Build(with, WalkOptions.Default);

        Assert.Contains(before.Hits, h => h.PatternId == "fetch-no-retry");
        Assert.DoesNotContain(after.Hits, h => h.PatternId == "fetch-no-retry");
    }
}
