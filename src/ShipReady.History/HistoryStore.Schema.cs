using Microsoft.Data.Sqlite;

namespace ShipReady.History;

// Checking that a file is a history this version can use, and bringing its schema up to date.
public sealed partial class HistoryStore
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private static void CheckFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new HistoryException($"{path}: is a folder; give a file for the history with --history-file.");
        }
        if (!File.Exists(path))
        {
            try
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new HistoryException($"{path}: cannot create its folder ({e.Message}); choose another file with --history-file or pass --no-history.", e);
            }
            return;
        }
        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var file = File.OpenRead(path);
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HistoryException($"{path}: cannot be read ({e.Message}); check its permissions or pass --no-history.", e);
        }
        // An empty file is a history another process has just created and not yet written.
        if (read > 0 && !header.AsSpan(0, read).SequenceEqual(SqliteHeader))
        {
            throw NotOurs(path, "it is not a SQLite database");
        }
    }

    private void Migrate()
    {
        var version = Retry(Check);
        if (version == Migrations.Latest)
        {
            return;
        }
        if (version == 0)
        {
            // Both settings belong to the file, not the connection; auto_vacuum only takes before the first table.
            Retry(() => Execute(connection, "PRAGMA journal_mode = WAL;"));
            Retry(() => Execute(connection, "PRAGMA auto_vacuum = INCREMENTAL;"));
        }
        Retry(() =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            // Another process may have migrated between the first look and the lock.
            var current = Check();
            foreach (var (number, _, sql) in Migrations.All.Where(m => m.Version > current))
            {
                Execute(connection, sql);
                Execute(connection, $"PRAGMA user_version = {number};");
            }
            Execute(connection, $"PRAGMA application_id = {ApplicationId};");
            transaction.Commit();
            return 0;
        });
    }

    /// <summary>Checks the file's identity and returns its schema version.</summary>
    private int Check()
    {
        // One statement reads one consistent state, even while another process migrates the file.
        var (version, application, empty) = Read(
            "SELECT (SELECT user_version FROM pragma_user_version), (SELECT application_id FROM pragma_application_id), (SELECT count(*) FROM sqlite_master);",
            r => ((int)r.GetInt64(0), r.GetInt64(1), r.GetInt64(2) == 0))[0];
        if (application != ApplicationId && !(application == 0 && version == 0 && empty))
        {
            throw NotOurs(Path, "it is a SQLite database of another program");
        }
        if (version > Migrations.Latest)
        {
            throw new HistoryException(
                $"{Path}: written by a newer ShipReady (history schema {version}; this version reads up to {Migrations.Latest}); " +
                "upgrade ShipReady, or choose another file with --history-file.");
        }
        return version;
    }

    private static HistoryException NotOurs(string path, string what) =>
        new($"{path}: not a ShipReady history ({what}); it was left untouched: move it aside, choose another file with --history-file, or pass --no-history.");

    private static HistoryException Damaged(string path, SqliteException e) => e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase
        ? new HistoryException($"{path}: the history is damaged ({e.Message.Split('\n')[0]}); it was left untouched: move it aside to start a new one, or pass --no-history.", e)
        : new HistoryException($"{path}: the history cannot be used ({e.Message.Split('\n')[0]}); pass --no-history to audit without it.", e);
}
