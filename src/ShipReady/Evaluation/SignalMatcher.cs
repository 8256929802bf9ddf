using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Facts;
using ShipReady.Facts.Code;
using ShipReady.Inventory;
using ShipReady.Model;

namespace ShipReady.Evaluation;

/// <summary>Finds what in the facts answers a control's signals, as evidence.</summary>
internal static class SignalMatcher
{
    public static ImmutableArray<Evidence> Find(Control control, Signals signals, EvaluationContext context)
    {
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        if (signals.Web && context.Facts.IsWeb)
        {
            evidence.Add(new Evidence(null, null, $"web framework: {string.Join(", ", context.Facts.Frameworks)}"));
        }
        foreach (var kind in signals.Handles.Where(context.Handles.Contains))
        {
            evidence.Add(new Evidence(null, null, $"handles {kind}"));
        }
        foreach (var glob in signals.Deps)
        {
            // A development dependency (a CLI, a test runner) does not put anything in production.
            foreach (var dependency in context.Facts.Matching(glob).Where(d => d.IsProduct))
            {
                evidence.Add(new Evidence(dependency.Location, null, $"dependency {dependency.Key}"));
            }
        }
        foreach (var glob in signals.Files)
        {
            foreach (var file in context.Facts.FilesMatching(glob).Take(5))
            {
                evidence.Add(new Evidence(new Location(file), null, $"file {file}"));
            }
        }
        foreach (var pattern in signals.Patterns)
        {
            if (control.Patterns.FirstOrDefault(p => p.Id == pattern) is { OwnStackOnly: true } idiom && !OfAppStack(idiom, context.Facts))
            {
                // A Go tool's versioned steps beside a Spring app migrate the tool's store, not the app's.
                continue;
            }
            foreach (var hit in context.Hits(control.Id, pattern))
            {
                evidence.Add(new Evidence(hit.Location, hit.Snippet, hit.Message));
            }
        }
        return [.. evidence.DistinctBy(e => (e.Location, e.Why))];
    }

    /// <summary>Whether a pattern's languages are of one of the application's stacks.</summary>
    private static bool OfAppStack(CodePattern pattern, FactSet facts)
    {
        var stacks = UnreadStacks.StacksOf(facts).ToHashSet(StringComparer.Ordinal);
        return pattern.Languages.Any(l => Languages.StackOf(l) is { } stack && stacks.Contains(stack));
    }

    public static string Describe(Signals signals)
    {
        var parts = new List<string>();
        if (signals.Deps.Length > 0)
        {
            parts.Add(Count(signals.Deps.Length, "dependency", "dependencies"));
        }
        if (signals.Files.Length > 0)
        {
            parts.Add(Count(signals.Files.Length, "file pattern", "file patterns"));
        }
        if (signals.Patterns.Length > 0)
        {
            parts.Add(Count(signals.Patterns.Length, "code pattern", "code patterns"));
        }
        return string.Join(", ", parts);
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
