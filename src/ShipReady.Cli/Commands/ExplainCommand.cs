using System.CommandLine;
using ShipReady.Catalog;
using ShipReady.Reports;

namespace ShipReady.Cli.Commands;

/// <summary><c>shipready explain ID</c>: one control's documentation, the same text as docs/controls.md.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "A control id, e.g. ERR-TIMEOUT." };
        var command = new Command("explain", "Explain a control: why it matters, how to fix it, how it is triaged.") { id };
        command.SetAction(parse => CliErrors.Guard(parse, null, () =>
        {
            var name = parse.GetValue(id)!;
            var catalog = ControlCatalog.Default;
            var control = catalog.Find(name) ?? throw new UsageException(
                $"no control '{name}'; run 'shipready controls' to list them" + Suggest(catalog, name));
            Console.Write(ControlDocs.Section(control));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Suggest(ControlCatalog catalog, string name)
    {
        var close = catalog.Controls.Where(c => c.Id.Contains(name, StringComparison.OrdinalIgnoreCase)
            || name.Contains(c.Id.Split('-')[1], StringComparison.OrdinalIgnoreCase)).Select(c => c.Id).Take(3).ToList();
        return close.Count == 0 ? "." : $" (did you mean {string.Join(", ", close)}?).";
    }
}
