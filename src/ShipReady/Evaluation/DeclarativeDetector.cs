using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Model;

namespace ShipReady.Evaluation;

/// <summary>Decides a control's status from the signals in its data, as docs/control-format.md describes.</summary>
/// <param name="find">The catalog's controls by id: a control leaves a spot to the one it yields to only where that one applies.</param>
public sealed class DeclarativeDetector(Func<string, Control?> find) : IDetector
{
    public ControlResult Evaluate(Control control, EvaluationContext context)
    {
        var detect = control.Detect!;
        if (detect.AppliesWhen is { IsEmpty: false } applies && SignalMatcher.Find(control, applies, context).IsEmpty)
        {
            return new ControlResult(control.Id, ResultStatus.NotApplicable, [], Confidence.Medium,
                $"does not apply: {DescribeMissingApplicability(applies)}");
        }

        var claimed = ClaimedByOthers(control, context);
        var satisfied = detect.SatisfiedBy is { IsEmpty: false } satisfiedBy ? SignalMatcher.Find(control, satisfiedBy, context) : [];
        var (violationIds, reviewIds) = satisfied.IsEmpty || detect.ReviewWhenSatisfied.IsEmpty
            ? (detect.Violations, detect.Review)
            : (detect.Violations.RemoveRange(detect.ReviewWhenSatisfied), detect.Review.AddRange(detect.ReviewWhenSatisfied));
        var violations = Places(control, violationIds, context, claimed).AddRange(SecretPlaces(control, detect.SecretViolations, context));
        var review = Places(control, reviewIds, context, [.. claimed, .. violations.Select(v => (v.Location!.File, v.Location.Line))]);
        if (!violations.IsEmpty)
        {
            var summary = $"{PlaceCount(violations.Length)}: {violations[0].Why}";
            if (!review.IsEmpty)
            {
                summary += $"; {review.Length} more to review";
            }
            return satisfied.IsEmpty
                ? new ControlResult(control.Id, ResultStatus.Gap, violations, Confidence.High, summary)
                : new ControlResult(control.Id, ResultStatus.Partial, violations, Confidence.High,
                    $"{satisfied[0].Why} is in place, but {summary}");
        }
        if (!review.IsEmpty)
        {
            // Seen but not proven: a question that points at the places to read, never a gap on its own.
            return new ControlResult(control.Id, ResultStatus.Unknown, review, Confidence.Low,
                $"{PlaceCount(review.Length)} to review: {review[0].Why}; {control.Question}");
        }
        if (detect.SatisfiedBy is { IsEmpty: false } signals)
        {
            if (!satisfied.IsEmpty)
            {
                // A Laravel app's Socialite meets sign-in; a user written into its PHP would not have been seen.
                return !detect.Violations.IsEmpty && UnreadStacks.Of(context.Facts) is { Count: > 0 } unseen
                    ? new ControlResult(control.Id, ResultStatus.Met, satisfied, Confidence.Medium,
                        $"met: {satisfied[0].Why}; {Unread(unseen)} for violations")
                    : new ControlResult(control.Id, ResultStatus.Met, satisfied, Confidence.High, $"met: {satisfied[0].Why}");
            }
            var unread = UnreadStacks.Of(signals, control.Patterns, context.Facts);
            var absence = unread.Count == 0
                ? new Evidence(null, null, $"nothing in the repository satisfies it (looked for {SignalMatcher.Describe(signals)})")
                : new Evidence(null, null, $"nothing found, but {Unread(unread)} (looked for {SignalMatcher.Describe(signals)})");
            return detect.Missing == ResultStatus.Gap && unread.Count == 0
                ? new ControlResult(control.Id, ResultStatus.Gap, [absence], Confidence.Medium, absence.Why)
                : new ControlResult(control.Id, ResultStatus.Unknown, [absence], Confidence.Low, $"{absence.Why}; {control.Question}");
        }
        var languages = control.Patterns.Where(p => detect.Violations.Contains(p.Id) || detect.Review.Contains(p.Id)).SelectMany(p => p.Languages).ToHashSet();
        if (UnreadStacks.Of(context.Facts) is { Count: > 0 } notRead)
        {
            return new ControlResult(control.Id, ResultStatus.Unknown, [], Confidence.Low, $"no violations found, but {Unread(notRead)}; {control.Question}");
        }
        return languages.Overlaps(context.Facts.ScannedLanguages)
            ? new ControlResult(control.Id, ResultStatus.Met, [], Confidence.Medium, "no violations found in the code read")
            : new ControlResult(control.Id, ResultStatus.Unknown, [], Confidence.Low,
                $"no code in {string.Join(", ", languages.Select(Languages.Name).Order())} to read; {control.Question}");
    }

    private static string Unread(IReadOnlyList<string> stacks) =>
        $"the application's {string.Join(" and ", stacks.Select(s => s switch { "php" => "PHP", "java" => "Java/Kotlin", _ => s }))} code is not read";

    private static string PlaceCount(int count) => $"{count} place{(count == 1 ? "" : "s")}";

    /// <summary>
    /// Spots a more specific control (yieldsTo) reports as violations, which this control leaves to it. Only its
    /// violations: a pattern that only shows the other control applies (an IFormFile parameter) reports nothing
    /// there. A control that does not apply reports nothing, so it claims nothing: a request-size limit lifted in
    /// an app without uploads stays here.
    /// </summary>
    private HashSet<(string File, int Line)> ClaimedByOthers(Control control, EvaluationContext context)
    {
        var claimed = new HashSet<(string File, int Line)>();
        foreach (var otherId in control.YieldsTo)
        {
            if (find(otherId) is not { Detect: { } detect } other
                || (detect.AppliesWhen is { IsEmpty: false } applies && SignalMatcher.Find(other, applies, context).IsEmpty))
            {
                continue;
            }
            foreach (var hit in detect.Violations.SelectMany(id => context.Hits(otherId, id)))
            {
                claimed.Add((hit.Location.File, hit.Location.Line));
            }
        }
        return claimed;
    }

    /// <summary>Hits of the given patterns, one per place, in file and line order, less the places in <paramref name="except"/>.</summary>
    private static ImmutableArray<Evidence> Places(Control control, ImmutableArray<string> patternIds, EvaluationContext context, IEnumerable<(string File, int Line)> except)
    {
        var taken = except.ToHashSet();
        return
        [
            .. patternIds
                .SelectMany(id => context.Hits(control.Id, id))
                .Where(h => !taken.Contains((h.Location.File, h.Location.Line)))
                .DistinctBy(h => (h.Location.File, h.Location.Line))
                .OrderBy(h => h.Location.File, StringComparer.Ordinal).ThenBy(h => h.Location.Line)
                .Select(h => new Evidence(h.Location, h.Snippet, h.Message, Fingerprint.Of(control.Id, h.Location.File, h.Snippet))),
        ];
    }

    /// <summary>Findings of the secret scan's rules that this control counts as violations, one per place.</summary>
    private static ImmutableArray<Evidence> SecretPlaces(Control control, ImmutableArray<string> rules, EvaluationContext context) =>
        rules.IsEmpty
            ? []
            :
            [
                .. context.Facts.Secrets
                    .Where(s => rules.Contains(s.RuleId))
                    .DistinctBy(s => (s.Location.File, s.Location.Line))
                    .OrderBy(s => s.Location.File, StringComparer.Ordinal).ThenBy(s => s.Location.Line)
                    .Select(s => new Evidence(s.Location, s.Snippet, s.Kind,
                        Fingerprint.Of(control.Id, s.Location.File, s.Snippet))),
            ];

    private static string DescribeMissingApplicability(Signals applies)
    {
        var parts = new List<string>();
        if (applies.Web)
        {
            parts.Add("no web framework");
        }
        if (applies.Handles.Length > 0)
        {
            parts.Add($"the product does not handle {string.Join(" or ", applies.Handles)}");
        }
        if (applies.Deps.Length > 0 || applies.Files.Length > 0 || applies.Patterns.Length > 0)
        {
            parts.Add("none of its signals found");
        }
        return string.Join("; ", parts);
    }
}
