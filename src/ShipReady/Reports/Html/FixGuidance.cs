using ShipReady.Catalog;

namespace ShipReady.Reports.Html;

/// <summary>Picks the fix text a reader needs: the stacks the audit found, or every stack when none matches.</summary>
internal static class FixGuidance
{
    public static IReadOnlyList<(string Stack, string Text)> For(Control control, IReadOnlyList<string> stacks)
    {
        var matching = stacks.Where(control.Fix.ContainsKey).Select(s => (Label(s), control.Fix[s])).ToList();
        return matching.Count > 0 ? matching : [.. control.Fix.Select(kv => (Label(kv.Key), kv.Value))];
    }

    private static string Label(string stack) => stack switch
    {
        "node" => "Node",
        "python" => "Python",
        "dotnet" => ".NET",
        "go" => "Go",
        "ruby" => "Ruby",
        _ => stack,
    };
}
