using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ShipReady.Facts.Code;

namespace ShipReady.Catalog;

/// <summary>A code pattern of a control: a call or a regex, per language, with the conditions that clear a hit.</summary>
public sealed record CodePattern
{
    public required string Id { get; init; }
    public required string ControlId { get; init; }
    public required ImmutableArray<Language> Languages { get; init; }
    public required ImmutableArray<string> Prefilter { get; init; }
    /// <summary>For a call pattern: the callee followed by an opening bracket. For a regex pattern: the regex.</summary>
    /// <remarks>Built on first use; most patterns never meet a file that passes their prefilter.</remarks>
    public required Lazy<Regex> Matcher { get; init; }
    public required bool IsCall { get; init; }
    public required bool KeepStrings { get; init; }
    public ImmutableArray<string> UnlessArgs { get; init; } = [];
    public ImmutableArray<string> UnlessFile { get; init; } = [];
    public ImmutableArray<string> IfFile { get; init; } = [];
    public ImmutableArray<Facts.DependencyGlob> UnlessDeps { get; init; } = [];
    public ImmutableArray<Inventory.Glob> UnlessPath { get; init; } = [];
    public required string Message { get; init; }
}
