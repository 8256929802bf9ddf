namespace ShipReady.History.Tests;

/// <summary>A history that cannot be used gives one clear error and is never changed.</summary>
public sealed class BadFileTests
{
    private static (HistoryException Error, bool Unchanged) Open(string path)
    {
        var before = File.ReadAllBytes(path);
        var error = Assert.Throws<HistoryException>(() => HistoryStore.Open(path).Dispose());
        return (error, File.ReadAllBytes(path).AsSpan().SequenceEqual(before));
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_left_alone()
    {
        var path = HistoryFiles.NewPath();
        File.WriteAllText(path, "these are my notes, not a database\n");

        var (error, unchanged) = Open(path);

        Assert.True(unchanged);
        Assert.Equal($"{path}: not a ShipReady history (it is not a SQLite database); it was left untouched: move it aside, choose another file with --history-file, or pass --no-history.", error.Message);
    }

    [Fact]
    public void A_damaged_history_is_left_alone()
    {
        var path = HistoryFiles.NewPath();
        using (var store = HistoryStore.Open(path))
        {
            store.Record(HistoryFiles.Run());
        }
        var bytes = File.ReadAllBytes(path);
        Random.Shared.NextBytes(bytes.AsSpan(16, 200));
        bytes.AsSpan(1024).Fill(0xEE);
        File.WriteAllBytes(path, bytes);

        var (error, unchanged) = Open(path);

        Assert.True(unchanged);
        Assert.StartsWith($"{path}: the history is damaged (", error.Message);
        Assert.EndsWith("it was left untouched: move it aside to start a new one, or pass --no-history.", error.Message);
    }

    [Fact]
    public void A_history_from_a_newer_version_is_refused_and_kept()
    {
        var path = HistoryFiles.NewPath();
        HistoryStore.Open(path).Dispose();
        HistoryFiles.Sql(path, "PRAGMA user_version = 99;");

        var (error, unchanged) = Open(path);

        Assert.True(unchanged);
        Assert.Equal($"{path}: written by a newer ShipReady (history schema 99; this version reads up to {Migrations.Latest}); upgrade ShipReady, or choose another file with --history-file.", error.Message);
    }

    [Fact]
    public void Another_programs_database_is_refused_and_kept()
    {
        var path = HistoryFiles.NewPath();
        HistoryFiles.Sql(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me');");

        var (error, unchanged) = Open(path);

        Assert.True(unchanged);
        Assert.Contains("not a ShipReady history (it is a SQLite database of another program)", error.Message);
    }

    [Fact]
    public void A_folder_in_place_of_the_file_is_an_error()
    {
        var path = HistoryFiles.NewPath();
        Directory.CreateDirectory(path);

        var error = Assert.Throws<HistoryException>(() => HistoryStore.Open(path).Dispose());

        Assert.Equal($"{path}: is a folder; give a file for the history with --history-file.", error.Message);
    }
}
