using System.Collections.Immutable;
using System.Text;
using ShipReady.Catalog;
using ShipReady.Configuration;
using ShipReady.Evaluation;
using ShipReady.Facts;
using ShipReady.Facts.Code;
using ShipReady.Facts.GitHistory;
using ShipReady.Inventory;
using ShipReady.Planning;
using ShipReady.Triage;

namespace ShipReady.Auditing;

/// <summary>
/// Runs the whole pipeline once: configuration and catalog, then the inventory and the facts in one pass over the
/// file source, then evaluation, triage and plan, each a pure function of the stage before.
/// </summary>
public sealed class Auditor
{
    private const string UserControlsFolder = ".shipready/controls";

    /// <summary>Files larger than this are listed as too large and not read.</summary>
    public long MaxFileBytes { get; init; } = WalkOptions.Default.MaxFileBytes;

    /// <exception cref="ConfigException">shipready.yml is invalid.</exception>
    /// <exception cref="CatalogException">A control in .shipready/controls is invalid.</exception>
    /// <param name="today">The date revisit dates are compared with; today's UTC date when not given.</param>
    /// <param name="history">The folder's git history, to find secrets removed from the tree but still reachable; not read when null.</param>
    public AuditResult Run(IFileSource source, ProfileOverrides? overrides = null, IProgress<AuditProgress>? progress = null, CancellationToken cancellation = default, DateOnly? today = null, IGitHistory? history = null)
    {
        progress?.Report(new AuditProgress("Reading configuration"));
        var config = ReadConfig(source);
        var profile = (overrides ?? new ProfileOverrides()).ApplyTo(config.Profile);
        var catalog = LoadCatalog(source);
        ConfigValidator.Check(config, catalog);

        // Listing and reading are one pass: each folder's files are read as soon as it is listed.
        progress?.Report(new AuditProgress("Reading files"));
        var options = new WalkOptions { Ignore = [.. config.Ignore.Select(g => Glob.Parse(g))], MaxFileBytes = MaxFileBytes };
        var facts = new FactsBuilder(catalog).Build(source, options, cancellation);
        if (history is not null)
        {
            progress?.Report(new AuditProgress("Reading git history", facts.FileCount));
            facts = HistorySecretScanner.AddTo(facts, history, options.Ignore, cancellation);
        }

        progress?.Report(new AuditProgress("Evaluating controls", facts.FileCount));
        var context = new EvaluationContext(facts, profile, config.Answers);
        var inline = facts.InlineSuppressions;
        if (inline.FirstOrDefault(x => x.Reason.Length == 0) is { } bare)
        {
            throw new ConfigException($"{bare.Where}: shipready-ignore {bare.ControlId} has no reason; write 'shipready-ignore {bare.ControlId}: why it is acceptable'.");
        }
        if (inline.Concat(config.Suppressions).FirstOrDefault(x => catalog.Find(x.ControlId) is null) is { } unknown)
        {
            throw new ConfigException($"{unknown.Where}: suppression names unknown control '{unknown.ControlId}'; run 'shipready controls' to list them.");
        }
        var (results, suppressions) = Suppressor.Apply(new Evaluator(catalog).Evaluate(context), [.. inline, .. config.Suppressions]);
        var items = new Triager(catalog, profile, config.Decisions, today ?? DateOnly.FromDateTime(DateTime.UtcNow)).Triage(results, context);
        var plan = PlanBuilder.Build(profile, items);
        return new AuditResult
        {
            Root = source.DisplayRoot,
            Profile = profile,
            ConfigSource = config.Source,
            Catalog = catalog,
            Facts = facts,
            Results = results,
            Items = items,
            Plan = plan,
            Stacks = StacksOf(facts),
            Decisions = config.Decisions,
            Suppressions = suppressions,
        };
    }

    private static AuditConfig ReadConfig(IFileSource source)
    {
        if (!source.List("").Any(e => e.Name == AuditConfig.FileName && e.Kind == EntryKind.File))
        {
            return AuditConfig.Default;
        }
        string text;
        try
        {
            text = Encoding.UTF8.GetString(source.Read(AuditConfig.FileName, 1024 * 1024));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{AuditConfig.FileName}: cannot be read ({RepoWalker.Reason(e)}); check its permissions.");
        }
        return ConfigReader.Read(AuditConfig.FileName, text);
    }

    private static ControlCatalog LoadCatalog(IFileSource source)
    {
        IReadOnlyList<FileEntry> entries;
        try
        {
            entries = source.List(UserControlsFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ControlCatalog.Default;
        }
        var extra = entries
            .Where(e => e.Kind == EntryKind.File && e.Name.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(e => ($"{UserControlsFolder}/{e.Name}", Encoding.UTF8.GetString(source.Read($"{UserControlsFolder}/{e.Name}", 1024 * 1024))))
            .ToList();
        return extra.Count == 0 ? ControlCatalog.Default : ControlCatalog.Load(extra);
    }

    /// <summary>The stacks whose code was read, in the order of their languages' file counts: fix guidance is given for these.</summary>
    private static ImmutableArray<string> StacksOf(FactSet facts) =>
    [
        .. facts.Languages
            .Where(l => Languages.IsScanned(l.Language))
            .Select(l => Languages.StackOf(l.Language))
            .OfType<string>()
            .Distinct(),
    ];
}
