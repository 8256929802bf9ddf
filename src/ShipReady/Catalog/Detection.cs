using System.Collections.Immutable;

namespace ShipReady.Catalog;

/// <summary>The declarative detector of a control: when it applies, what satisfies it, what violates it.</summary>
public sealed record Detection
{
    /// <summary>A detector implemented in code, by name (for example <c>secrets</c>); null for a declarative one.</summary>
    public string? Builtin { get; init; }
    public Signals? AppliesWhen { get; init; }
    public Signals? SatisfiedBy { get; init; }
    /// <summary>The status when <see cref="SatisfiedBy"/> finds nothing: Gap or Unknown.</summary>
    public Model.ResultStatus Missing { get; init; } = Model.ResultStatus.Gap;
    public ImmutableArray<string> Violations { get; init; } = [];
    /// <summary>
    /// Patterns whose hits are places to check, not proven gaps: the audit sees the risky call but cannot follow
    /// the value into it. Alone they make the control a question that lists them; next to violations they
    /// are counted in the summary.
    /// </summary>
    public ImmutableArray<string> Review { get; init; } = [];
    /// <summary>
    /// Violations that count as places to review once <see cref="SatisfiedBy"/> finds something: Sequelize's plain
    /// <c>sync()</c> builds the schema at start-up in an app with no migrations, but beside them it only creates
    /// tables still missing, and whether the migrations own the schema is for a reader to judge.
    /// </summary>
    public ImmutableArray<string> ReviewWhenSatisfied { get; init; } = [];
    /// <summary>
    /// Rules of the secret scan whose findings are violations of this control too: a JWT signing secret written in a
    /// Spring application's settings is a committed secret (DEP-SECRETS) and a forgeable session (AUTH-SESSION).
    /// </summary>
    public ImmutableArray<string> SecretViolations { get; init; } = [];
}

/// <summary>A set of conditions, any of which holds.</summary>
public sealed record Signals
{
    public bool Web { get; init; }
    public ImmutableArray<string> Handles { get; init; } = [];
    public ImmutableArray<Facts.DependencyGlob> Deps { get; init; } = [];
    public ImmutableArray<Inventory.Glob> Files { get; init; } = [];
    public ImmutableArray<string> Patterns { get; init; } = [];

    public bool IsEmpty => !Web && Handles.IsEmpty && Deps.IsEmpty && Files.IsEmpty && Patterns.IsEmpty;
}
