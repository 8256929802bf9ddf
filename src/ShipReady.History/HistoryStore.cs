using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ShipReady.Model;

namespace ShipReady.History;

/// <summary>
/// The local history of audits in one SQLite file. Opening it checks that the file is a ShipReady history
/// this version can read, and brings its schema up to date; it never deletes or replaces a file it
/// cannot read. Several processes may record at once: the file is in WAL mode and writers retry while
/// another holds the lock.
/// </summary>
public sealed partial class HistoryStore : IDisposable
{
    /// <summary>"SHRY": marks a SQLite file as a ShipReady history, so another program's database is never taken for one.</summary>
    public const long ApplicationId = 0x53485259;

    /// <summary>Runs kept per repository; older ones are removed as new ones are recorded.</summary>
    public const int DefaultRetention = 500;

    private readonly SqliteConnection connection;
    private readonly int retention;

    private HistoryStore(string path, SqliteConnection connection, int retention)
    {
        Path = path;
        this.connection = connection;
        this.retention = retention;
    }

    public string Path { get; }

    /// <exception cref="HistoryException">The file is damaged, is not a ShipReady history, or was written by a newer version.</exception>
    public static HistoryStore Open(string path, int retention = DefaultRetention)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retention, 1);
        path = System.IO.Path.GetFullPath(path);
        CheckFile(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 10000;");
            var store = new HistoryStore(path, connection, retention);
            store.Migrate();
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Damaged(path, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose() => connection.Dispose();

    /// <summary>The schema version of the file, as its user_version says.</summary>
    public int SchemaVersion => (int)Scalar<long>("PRAGMA user_version;");

    /// <summary>Records a run and drops the oldest runs of its repository beyond the retention; returns the run's id.</summary>
    public long Record(RunRecord run) => Retry(() =>
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var repository = Scalar<long>(
            "INSERT INTO repository (root, name) VALUES ($root, $name) ON CONFLICT (root) DO UPDATE SET name = excluded.name RETURNING id;",
            ("$root", run.Root), ("$name", run.Name));
        var id = Scalar<long>(
            """
            INSERT INTO run (repository_id, recorded_at, tool_version, git_commit, archetype, handles, timebox, files,
                             must_have_hours, within_30_days_hours, deferred_hours, findings_total)
            VALUES ($repository, $at, $version, $commit, $archetype, $handles, $timebox, $files, $must, $within, $deferred, $findings)
            RETURNING id;
            """,
            ("$repository", repository), ("$at", run.RecordedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
            ("$version", run.ToolVersion), ("$commit", run.Commit), ("$archetype", run.Archetype),
            ("$handles", string.Join(',', run.Handles)), ("$timebox", run.Timebox), ("$files", run.Files),
            ("$must", run.MustHaveHours), ("$within", run.Within30DaysHours), ("$deferred", run.DeferredHours),
            ("$findings", run.FindingsTotal));
        InsertItems(id, run.Snapshot.Items);
        InsertFindings(id, run.Snapshot.Findings);
        var pruned = Execute(connection,
            "DELETE FROM run WHERE repository_id = $repository AND id NOT IN (SELECT id FROM run WHERE repository_id = $repository ORDER BY id DESC LIMIT $keep);",
            ("$repository", repository), ("$keep", retention));
        transaction.Commit();
        if (pruned > 0)
        {
            // Give the pages of removed runs back to the file system, so the file stays the size of what it keeps.
            Execute(connection, "PRAGMA incremental_vacuum;");
        }
        return id;
    });

    /// <summary>The newest runs of a repository, newest first, without their items.</summary>
    public ImmutableArray<RunRecord> Runs(string root, int limit) => Retry(() =>
        ReadRuns("WHERE repository.root = $root ORDER BY run.id DESC LIMIT $limit", ("$root", root), ("$limit", limit)));

    /// <summary>One run with its items and findings, or null when the history has no such run.</summary>
    public RunRecord? Run(long id) => Retry(() =>
    {
        if (ReadRuns("WHERE run.id = $id", ("$id", id)).FirstOrDefault() is not { } run)
        {
            return null;
        }
        var items = Read("SELECT control_id, status, bucket, hours FROM run_item WHERE run_id = $id ORDER BY control_id;",
            r => new ItemState(r.GetString(0), Parse<ResultStatus>(r.GetString(1)), Parse<Bucket>(r.GetString(2)), r.GetDouble(3)), ("$id", id));
        var findings = Read("SELECT fingerprint, control_id, path, line FROM run_finding WHERE run_id = $id ORDER BY path, line;",
            r => new FindingState(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)), ("$id", id));
        return run with { Snapshot = new RunSnapshot(items, findings, findings.Length >= run.FindingsTotal) };
    });

    /// <summary>The newest run of a repository with its items, or null when none was recorded.</summary>
    public RunRecord? Latest(string root) => Runs(root, 1) is [var newest] ? Run(newest.Id) : null;

    private void InsertItems(long run, ImmutableArray<ItemState> items)
    {
        using var command = Command("INSERT INTO run_item (run_id, control_id, status, bucket, hours) VALUES ($run, $control, $status, $bucket, $hours);");
        foreach (var item in items)
        {
            Bind(command, ("$run", run), ("$control", item.ControlId), ("$status", Names.Kebab(item.Status)),
                ("$bucket", Names.Kebab(item.Bucket)), ("$hours", item.Hours));
            command.ExecuteNonQuery();
        }
    }

    private void InsertFindings(long run, ImmutableArray<FindingState> findings)
    {
        using var command = Command("INSERT OR IGNORE INTO run_finding (run_id, fingerprint, control_id, path, line) VALUES ($run, $fingerprint, $control, $path, $line);");
        foreach (var finding in findings)
        {
            Bind(command, ("$run", run), ("$fingerprint", finding.Fingerprint), ("$control", finding.ControlId),
                ("$path", finding.Path), ("$line", finding.Line));
            command.ExecuteNonQuery();
        }
    }

    private ImmutableArray<RunRecord> ReadRuns(string where, params (string, object?)[] parameters) => Read(
        $"""
        SELECT run.id, repository.root, repository.name, run.recorded_at, run.tool_version, run.git_commit, run.archetype,
               run.handles, run.timebox, run.files, run.must_have_hours, run.within_30_days_hours, run.deferred_hours,
               run.findings_total
        FROM run JOIN repository ON repository.id = run.repository_id
        {where};
        """,
        r => new RunRecord
        {
            Id = r.GetInt64(0),
            Root = r.GetString(1),
            Name = r.GetString(2),
            RecordedAt = DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            ToolVersion = r.GetString(4),
            Commit = r.IsDBNull(5) ? null : r.GetString(5),
            Archetype = r.GetString(6),
            Handles = [.. r.GetString(7).Split(',', StringSplitOptions.RemoveEmptyEntries)],
            Timebox = r.GetDouble(8),
            Files = r.GetInt32(9),
            MustHaveHours = r.GetDouble(10),
            Within30DaysHours = r.GetDouble(11),
            DeferredHours = r.GetDouble(12),
            FindingsTotal = r.GetInt32(13),
        },
        parameters);

    private static T Parse<T>(string text) where T : struct, Enum =>
        Names.TryParse<T>(text, out var value) ? value : throw new HistoryException($"the history holds an unknown {typeof(T).Name} '{text}'.");
}
