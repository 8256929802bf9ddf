namespace ShipReady.History.Tests;

/// <summary>Several audits recording into one history at the same moment all land.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Writers_racing_on_a_new_file_all_land()
    {
        var path = HistoryFiles.NewPath();
        var run = HistoryFiles.Run();
        const int writers = 6;
        const int runsEach = 8;
        using var start = new Barrier(writers);

        var ids = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            // Each writer opens its own connection, as separate processes do, and migrates the fresh file in a race.
            using var store = HistoryStore.Open(path);
            return Enumerable.Range(0, runsEach).Select(_ => store.Record(run)).ToList();
        })));

        Assert.Equal(writers * runsEach, ids.SelectMany(x => x).Distinct().Count());
        using var reader = HistoryStore.Open(path);
        Assert.Equal(writers * runsEach, reader.Runs(run.Root, 1000).Length);
    }
}
