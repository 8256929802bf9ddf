using System.Collections.Immutable;
using ShipReady.History;
using ShipReady.Model;

namespace ShipReady.Cli.Rendering;

/// <summary>The JSON form of <c>shipready diff --format json</c>.</summary>
internal sealed record DiffJson(
    string Base,
    double MustHaveHoursBefore,
    double MustHaveHoursAfter,
    double HoursBurnedDown,
    ImmutableArray<DiffJson.Item> Closed,
    ImmutableArray<DiffJson.Item> Opened,
    ImmutableArray<DiffJson.Move> Moved,
    ImmutableArray<DiffJson.Item> Answered,
    ImmutableArray<FindingState> FixedFindings,
    ImmutableArray<FindingState> NewFindings,
    bool FindingsComplete)
{
    public static DiffJson From(string label, RunComparison diff) => new(
        label, diff.MustHaveHoursBefore, diff.MustHaveHoursAfter, diff.HoursBurnedDown,
        [.. diff.Closed.Select(Item.Of)], [.. diff.Opened.Select(Item.Of)],
        [.. diff.Moved.Select(m => new Move(m.After.ControlId, Names.Kebab(m.Before.Bucket), Names.Kebab(m.After.Bucket), m.After.Hours))],
        [.. diff.Answered.Select(Item.Of)],
        diff.FixedFindings, diff.NewFindings, diff.FindingsComplete);

    internal sealed record Item(string Id, string Status, string Bucket, double Hours)
    {
        public static Item Of(ItemState state) => new(state.ControlId, Names.Kebab(state.Status), Names.Kebab(state.Bucket), state.Hours);
    }

    internal sealed record Move(string Id, string From, string To, double Hours);
}
