using System.Collections.Immutable;
using ShipReady.Catalog;
using ShipReady.Facts;
using ShipReady.Model;

namespace ShipReady.Evaluation;

/// <summary>
/// DEP-LOCK: every manifest that declares packages needs its own package manager's lockfile beside it, or above it
/// for a workspace. Any lockfile anywhere is not enough: a Laravel app's <c>package-lock.json</c> leaves the PHP
/// packages of <c>composer.json</c> floating.
/// </summary>
public sealed class LockfileDetector : IDetector
{
    /// <summary>Evidence names this many manifests or lockfiles at most; the summary counts them all.</summary>
    private const int MaxEvidence = 10;

    public ControlResult Evaluate(Control control, EvaluationContext context)
    {
        var facts = context.Facts;
        var lockfiles = facts.Lockfiles.ToHashSet(StringComparer.Ordinal);
        var pinned = Lockfiles.PinnedRequirements(facts.Dependencies);
        var manifests = facts.Dependencies
            .Where(Lockfiles.NeedsLock)
            .GroupBy(d => (d.Ecosystem, d.Location.File))
            .Select(g => (g.Key.Ecosystem, Manifest: g.Key.File, Packages: g.ToList(), Lock: Lockfiles.LockOf(g.Key.Ecosystem, g.Key.File, g.Where(d => !d.Development).Select(d => d.Name), lockfiles, pinned)))
            .OrderBy(m => m.Manifest, StringComparer.Ordinal)
            .ToList();
        if (manifests.Count == 0)
        {
            return new ControlResult(control.Id, ResultStatus.NotApplicable, [], Confidence.Medium,
                "does not apply: no manifest declares packages that a lockfile would pin");
        }
        var unlocked = manifests.Where(m => m.Lock is null).ToList();
        if (unlocked.Count == 0)
        {
            ImmutableArray<Evidence> locks =
            [
                .. manifests.Select(m => m.Lock!).Distinct(StringComparer.Ordinal).Take(MaxEvidence)
                    .Select(l => new Evidence(new Location(l), null,
                        pinned.ContainsKey(l) ? $"{l} pins every package to one version" : $"lockfile {l}")),
            ];
            return new ControlResult(control.Id, ResultStatus.Met, locks, Confidence.High,
                manifests.Count == 1
                    ? $"met: {manifests[0].Manifest} is pinned by {manifests[0].Lock}"
                    : $"met: each of the {manifests.Count} manifests is pinned by its lockfile ({locks[0].Location!.File})");
        }
        ImmutableArray<Evidence> evidence =
        [
            .. unlocked.Take(MaxEvidence).Select(m => new Evidence(new Location(m.Manifest), null, Why(m.Ecosystem, m.Manifest, m.Packages),
                Fingerprint.Of(control.Id, m.Manifest, "no lockfile"))),
        ];
        var summary = $"{Count(unlocked.Count, "manifest")} without a lockfile: {evidence[0].Why}";
        return unlocked.Count == manifests.Count
            ? new ControlResult(control.Id, ResultStatus.Gap, evidence, Confidence.High, summary)
            : new ControlResult(control.Id, ResultStatus.Partial, evidence, Confidence.High,
                $"{Count(manifests.Count - unlocked.Count, "manifest")} locked, but {summary}");
    }

    private static string Why(string ecosystem, string manifest, List<Dependency> packages)
    {
        var name = Path.GetFileName(manifest);
        var locks = string.Join(", ", Lockfiles.NamesFor(ecosystem, manifest));
        if (Lockfiles.IsRequirements(manifest))
        {
            var loose = packages.Where(p => !Lockfiles.IsPinned(p)).ToList();
            return $"{name} leaves {Count(loose.Count, "package")} of {packages.Count} free to float (such as {loose[0].Name}{(loose[0].Version is { } v ? " " + v : "")})";
        }
        return ecosystem == "nuget"
            ? $"{name} takes floating versions ({string.Join(", ", packages.Where(p => p.Version?.Contains('*') == true).Take(3).Select(p => $"{p.Name} {p.Version}"))}) and no {locks} pins them"
            : $"{name} declares {Count(packages.Count, "package")} and no {locks} pins them";
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
