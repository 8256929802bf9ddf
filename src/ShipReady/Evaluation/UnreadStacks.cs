using ShipReady.Catalog;
using ShipReady.Facts;
using ShipReady.Facts.Code;

namespace ShipReady.Evaluation;

/// <summary>
/// The application's stacks that a control's search could not see into. The code patterns read JavaScript,
/// TypeScript, Python, C#, Ruby and Go; a Laravel or Spring Boot application's own code is counted, not read.
/// There, finding nothing proves nothing: Laravel signs users in, keeps sessions and logs with what the framework
/// ships, and none of that shows in a dependency. So "nothing satisfies it" and "no violations in the code read"
/// are claimed only where every stack of the application was searched.
/// </summary>
public static class UnreadStacks
{
    /// <summary>
    /// The stacks of the application (those of its web frameworks whose language has files or, with none, that of its
    /// most common language) whose code is not read and which <paramref name="signals"/> cannot stand in for: a stack's
    /// dependencies or a file pattern answer for it only when the control looks for no code, or only for idioms of
    /// the stacks that are read (<see cref="CodePattern.OwnStackOnly"/>).
    /// </summary>
    /// <param name="patterns">The control's patterns, which <paramref name="signals"/> name.</param>
    public static IReadOnlyList<string> Of(Signals signals, IReadOnlyList<CodePattern> patterns, FactSet facts) =>
        [.. StacksOf(facts).Where(stack => !Languages.IsReadStack(stack) && !Answered(stack, signals, patterns)).Order(StringComparer.Ordinal)];

    /// <summary>The stacks of the application whose code is not read, whatever a control looks for.</summary>
    public static IReadOnlyList<string> Of(FactSet facts) =>
        [.. StacksOf(facts).Where(stack => !Languages.IsReadStack(stack)).Order(StringComparer.Ordinal)];

    private static bool Answered(string stack, Signals signals, IReadOnlyList<CodePattern> patterns) =>
        signals.Patterns.All(id => patterns.Any(p => p.Id == id && p.OwnStackOnly))
        && (!signals.Files.IsEmpty || signals.Deps.Any(d => Frameworks.StackOfEcosystem(d.Ecosystem) == stack));

    /// <summary>The application's stacks: those of its web frameworks whose language has files or, with none, that of its most common language.</summary>
    internal static IEnumerable<string> StacksOf(FactSet facts)
    {
        if (!facts.Frameworks.IsEmpty)
        {
            // A framework counts where its language's code is: a sample's composer.json in an Express app with no
            // PHP file names no PHP application.
            var present = facts.Languages.Select(l => Languages.StackOf(l.Language)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var stacks = facts.Frameworks.Select(Frameworks.StackOf).Where(present.Contains).Distinct(StringComparer.Ordinal).ToList();
            if (stacks.Count > 0)
            {
                return stacks;
            }
        }
        var main = facts.Languages.Where(l => Languages.IsCode(l.Language)).OrderByDescending(l => l.Files).Select(l => Languages.StackOf(l.Language)).FirstOrDefault();
        return main is null ? [] : [main];
    }
}
