using System.Collections.Immutable;
using Microsoft.Data.Sqlite;

namespace ShipReady.History;

// Small helpers over ADO.NET, and the retry that lets several writers share the file.
public sealed partial class HistoryStore
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int Attempts = 12;

    /// <summary>
    /// Runs <paramref name="action"/> again while another process holds the write lock. SQLite's own busy
    /// timeout covers most waits; a transaction that began while a checkpoint or migration ran can still
    /// get SQLITE_BUSY at once, and must start over rather than fail the audit.
    /// </summary>
    private static T Retry<T>(Func<T> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return action();
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked && attempt < Attempts)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(25 * attempt + Random.Shared.Next(25)));
            }
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static int Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, parameters);
        return command.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql);
        Bind(command, parameters);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private ImmutableArray<T> Read<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql);
        Bind(command, parameters);
        using var reader = command.ExecuteReader();
        var rows = ImmutableArray.CreateBuilder<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }
        return rows.ToImmutable();
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
