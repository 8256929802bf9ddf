using ShipReady.Model;

namespace ShipReady.History.Tests;

/// <summary>Recording runs and reading them back, the schema's migrations, retention and size.</summary>
public sealed class HistoryStoreTests
{
    [Fact]
    public void A_recorded_run_reads_back_with_its_hours_items_and_findings()
    {
        var path = HistoryFiles.NewPath();
        var run = HistoryFiles.Run(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero));
        long id;
        using (var store = HistoryStore.Open(path))
        {
            id = store.Record(run);
        }

        using var reopened = HistoryStore.Open(path);
        var back = reopened.Run(id)!;
        Assert.Equal(run.Root, back.Root);
        Assert.Equal(run.RecordedAt, back.RecordedAt);
        Assert.Equal("abc1234", back.Commit);
        Assert.Equal(17, back.MustHaveHours);
        Assert.Equal(17, back.Snapshot.MustHaveHours);
        Assert.Equal(new[] { "ai", "personal-data", "uploads" }, back.Handles.ToArray());
        Assert.Equal(run.Snapshot.Items.OrderBy(i => i.ControlId, StringComparer.Ordinal), back.Snapshot.Items);
        Assert.Equal(run.Snapshot.Findings.Select(f => f.Fingerprint).Order(), back.Snapshot.Findings.Select(f => f.Fingerprint).Order());
        Assert.True(back.Snapshot.FindingsComplete);
        Assert.Contains(back.Snapshot.Items, i => i is { ControlId: "AUTH-AUTHN", Bucket: Bucket.MustHave, Status: ResultStatus.Gap });
        Assert.Null(reopened.Run(id + 1));
    }

    [Fact]
    public void Runs_are_listed_newest_first_per_repository()
    {
        using var store = HistoryStore.Open(HistoryFiles.NewPath());
        var first = store.Record(HistoryFiles.Run());
        store.Record(HistoryFiles.Run(root: "/repos/other"));
        var second = store.Record(HistoryFiles.Run());

        Assert.Equal([second, first], store.Runs("/repos/docreview", 10).Select(r => r.Id));
        Assert.Equal(second, store.Latest("/repos/docreview")!.Id);
        Assert.Empty(store.Runs("/repos/none", 10));
        Assert.Null(store.Latest("/repos/none"));
    }

    [Fact]
    public void A_new_file_gets_every_migration_wal_and_the_application_id()
    {
        var path = HistoryFiles.NewPath();
        using (var store = HistoryStore.Open(path))
        {
            Assert.Equal(Migrations.Latest, store.SchemaVersion);
            store.Record(HistoryFiles.Run());
        }

        Assert.Equal(HistoryStore.ApplicationId, HistoryFiles.Count(path, "PRAGMA application_id;"));
        Assert.Equal(2, HistoryFiles.Count(path, "PRAGMA user_version;"));
        Assert.Equal(1, HistoryFiles.Count(path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal';"));
    }

    [Fact]
    public void A_file_from_the_first_schema_is_migrated_and_keeps_its_runs()
    {
        var path = HistoryFiles.NewPath();
        HistoryFiles.Sql(path, Migrations.All[0].Sql + $"""
            PRAGMA user_version = 1;
            PRAGMA application_id = {HistoryStore.ApplicationId};
            INSERT INTO repository (id, root, name) VALUES (1, '/repos/docreview', 'docreview');
            INSERT INTO run VALUES (1, 1, '2026-10-01T08:00:00.0000000Z', '0.1.0', NULL, 'b2b', 'ai', 100, 12, 21, 8, 30);
            INSERT INTO run_item VALUES (1, 'AUTH-AUTHN', 'gap', 'must-have', 4);
            """);

        using var store = HistoryStore.Open(path);
        Assert.Equal(Migrations.Latest, store.SchemaVersion);
        var old = store.Run(1)!;
        Assert.Equal(21, old.MustHaveHours);
        Assert.Equal(0, old.FindingsTotal);
        Assert.Equal(new[] { new ItemState("AUTH-AUTHN", ResultStatus.Gap, Bucket.MustHave, 4) }, old.Snapshot.Items.ToArray());
        Assert.Equal(2, store.Record(HistoryFiles.Run()));
    }

    [Fact]
    public void Retention_keeps_the_newest_runs_and_drops_their_rows()
    {
        var path = HistoryFiles.NewPath();
        using var store = HistoryStore.Open(path, retention: 5);
        var ids = Enumerable.Range(0, 12).Select(_ => store.Record(HistoryFiles.Run())).ToList();
        store.Record(HistoryFiles.Run(root: "/repos/other"));

        Assert.Equal(ids.TakeLast(5).Reverse(), store.Runs("/repos/docreview", 100).Select(r => r.Id));
        Assert.Equal(6, HistoryFiles.Count(path, "SELECT count(*) FROM run;"));
        Assert.Equal(0, HistoryFiles.Count(path, $"SELECT count(*) FROM run_item WHERE run_id <= {ids[6]};"));
        Assert.Equal(0, HistoryFiles.Count(path, $"SELECT count(*) FROM run_finding WHERE run_id <= {ids[6]};"));
    }

    [Fact]
    public void A_run_costs_kilobytes()
    {
        var path = HistoryFiles.NewPath();
        const int runs = 100;
        using (var store = HistoryStore.Open(path))
        {
            for (var i = 0; i < runs; i++)
            {
                store.Record(HistoryFiles.Run());
            }
        }

        var bytes = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
        Assert.True(bytes / runs < 8 * 1024, $"{bytes / runs} bytes per run");
    }

    [Fact]
    public void A_run_keeps_a_bounded_number_of_findings_and_says_so()
    {
        var snapshot = RunSnapshot.From(HistoryFiles.Audit, maxFindings: 2);

        Assert.Equal(2, snapshot.Findings.Length);
        Assert.False(snapshot.FindingsComplete);
        Assert.True(RunSnapshot.From(HistoryFiles.Audit).FindingsComplete);
    }
}
