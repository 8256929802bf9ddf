namespace ShipReady.Catalog;

// The YAML shape of a control file. Kept apart from Control so the loader can validate and
// report every problem with its file, instead of the model carrying half-checked data.
#pragma warning disable CA1812 // created by the YAML deserializer
internal sealed class ControlDocument
{
    public string? Id { get; set; }
    public string? Area { get; set; }
    public string? Lifecycle { get; set; }
    public string? Since { get; set; }
    public string? Title { get; set; }
    public string? FailureTitle { get; set; }
    public string? Impact { get; set; }
    public string? Why { get; set; }
    public string? Checks { get; set; }
    public string? Example { get; set; }
    public Dictionary<string, string>? Fix { get; set; }
    public EffortDocument? Effort { get; set; }
    public string? Question { get; set; }
    public List<string>? DependsOn { get; set; }
    public List<string>? YieldsTo { get; set; }
    public TriageDocument? Triage { get; set; }
    public List<TriggerDocument>? Revisit { get; set; }
    public List<string>? References { get; set; }
    public DetectDocument? Detect { get; set; }
    public List<PatternDocument>? Patterns { get; set; }
}

internal sealed class EffortDocument
{
    public double? Hours { get; set; }
    public double? PerExtraSite { get; set; }
    public double? Max { get; set; }
    public Dictionary<string, double>? Frameworks { get; set; }
}

internal sealed class TriageDocument
{
    public string? Base { get; set; }
    public string? Because { get; set; }
    public List<RuleDocument>? Rules { get; set; }
}

internal sealed class RuleDocument
{
    public WhenDocument? When { get; set; }
    public string? Bucket { get; set; }
    public string? Because { get; set; }
}

internal sealed class WhenDocument
{
    public List<string>? Archetype { get; set; }
    public List<string>? Handles { get; set; }
}

internal sealed class TriggerDocument
{
    public string? Kind { get; set; }
    public string? Category { get; set; }
    public string? Value { get; set; }
    public List<string>? Values { get; set; }
    public string? Say { get; set; }
    public string? PromoteTo { get; set; }
}

internal sealed class DetectDocument
{
    public string? Builtin { get; set; }
    public SignalsDocument? AppliesWhen { get; set; }
    public SignalsDocument? SatisfiedBy { get; set; }
    public string? Missing { get; set; }
    public List<string>? Violations { get; set; }
    public List<string>? Review { get; set; }
    public List<string>? ReviewWhenSatisfied { get; set; }
    public List<string>? SecretViolations { get; set; }
}

internal sealed class SignalsDocument
{
    public bool? Web { get; set; }
    public List<string>? Handles { get; set; }
    public List<string>? Deps { get; set; }
    public List<string>? Files { get; set; }
    public List<string>? Patterns { get; set; }
}

internal sealed class PatternDocument
{
    public string? Id { get; set; }
    public List<string>? Languages { get; set; }
    public List<string>? Prefilter { get; set; }
    public string? Call { get; set; }
    public string? Regex { get; set; }
    public string? Before { get; set; }
    public string? Strings { get; set; }
    public List<string>? UnlessArgs { get; set; }
    public string? UnlessArgsMatch { get; set; }
    public List<string>? UnlessFile { get; set; }
    public List<string>? UnlessPackage { get; set; }
    public List<string>? UnlessLine { get; set; }
    public List<string>? UnlessClass { get; set; }
    public List<string>? UnlessBoundTo { get; set; }
    public List<string>? UnlessModule { get; set; }
    public List<string>? UnlessDecorator { get; set; }
    public bool? UnlessClickCommand { get; set; }
    public bool? UnlessReadOnlyGraphql { get; set; }
    public bool? UnlessOnlyGetRoutes { get; set; }
    public bool? UnlessSignInSkipped { get; set; }
    public bool? OwnStackOnly { get; set; }
    public bool? InClass { get; set; }
    public List<string>? IfFunction { get; set; }
    public string? UnlessGuard { get; set; }
    public string? UnlessElseOf { get; set; }
    public bool? UnlessOnlyTestsCall { get; set; }
    public List<string>? UnlessRunAfter { get; set; }
    public string? Interpolated { get; set; }
    public List<string>? IfCall { get; set; }
    public bool? UnlessFixedParts { get; set; }
    public bool? UnlessBoundFragments { get; set; }
    public bool? UnlessPlaceholderLists { get; set; }
    public List<string>? UnlessFunction { get; set; }
    public List<string>? UnlessCall { get; set; }
    public bool? UnlessJsonValue { get; set; }
    public bool? UnlessBrowserPackage { get; set; }
    public bool? UnlessRelativeAddress { get; set; }
    public bool? UnlessRaced { get; set; }
    public bool? UnlessServerFragment { get; set; }
    public bool? UnlessPageText { get; set; }
    public bool? UnlessReplacedSetting { get; set; }
    public List<string>? IfFunctionText { get; set; }
    public List<string>? UnlessFunctionText { get; set; }
    public List<string>? UnlessServedBy { get; set; }
    public List<string>? IfLiteral { get; set; }
    public List<string>? UnlessLiteral { get; set; }
    public List<string>? UnlessValue { get; set; }
    public List<string>? IfValue { get; set; }
    public bool? UnlessConstant { get; set; }
    public bool? FollowCalls { get; set; }
    public List<string>? EscapedBy { get; set; }
    public bool? UnlessDefined { get; set; }
    public List<string>? IfFile { get; set; }
    public List<string>? UnlessPattern { get; set; }
    public List<string>? UnlessDeps { get; set; }
    public List<string>? UnlessPath { get; set; }
    public List<string>? IfPath { get; set; }
    public string? Message { get; set; }
}

internal sealed class CategoriesDocument
{
    public Dictionary<string, CategoryDocument>? Categories { get; set; }
}

internal sealed class CategoryDocument
{
    public string? Handles { get; set; }
    public List<string>? Deps { get; set; }
}
#pragma warning restore CA1812
