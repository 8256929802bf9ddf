using Microsoft.Data.Sqlite;
using ShipReady.Auditing;
using ShipReady.Inventory;

namespace ShipReady.History.Tests;

/// <summary>Temporary history files and a real audit of the bundled example to record.</summary>
internal static class HistoryFiles
{
    private static readonly Lazy<AuditResult> ExampleAudit = new(() =>
        new Auditor().Run(new DiskFileSource(Example), new ProfileOverrides("b2b", ["uploads", "ai", "personal-data"], null)));

    public static string Example => Path.Combine(ShipReady.Testing.RepoRoot.Path, "examples", "docreview");

    public static AuditResult Audit => ExampleAudit.Value;

    public static string NewPath() => Path.Combine(Directory.CreateTempSubdirectory("shipready-history-test-").FullName, "history.db");

    public static RunRecord Run(DateTimeOffset? at = null, string root = "/repos/docreview") =>
        RunRecord.From(Audit, root, at ?? DateTimeOffset.UtcNow, "abc1234");

    /// <summary>Runs SQL on a history file directly, as another program or an older version would.</summary>
    public static void Sql(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long Count(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
