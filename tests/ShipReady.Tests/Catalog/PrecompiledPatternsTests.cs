using System.Text;
using System.Text.RegularExpressions;
using ShipReady.Catalog;

namespace ShipReady.Tests.Catalog;

/// <summary>
/// Keeps <c>src/ShipReady/Catalog/PrecompiledPatterns.g.cs</c> in step with the built-in catalog.
/// Run with <c>SHIPREADY_UPDATE_GENERATED=1</c> to rewrite it after editing a control's patterns.
/// </summary>
public sealed class PrecompiledPatternsTests
{
    private static string GeneratedPath => Path.Combine(ShipReady.Testing.RepoRoot.Path, "src", "ShipReady", "Catalog", "PrecompiledPatterns.g.cs");

    [Fact]
    public void Every_built_in_pattern_is_precompiled()
    {
        var expected = Source(ControlCatalog.Default);
        if (Environment.GetEnvironmentVariable("SHIPREADY_UPDATE_GENERATED") == "1")
        {
            File.WriteAllText(GeneratedPath, expected);
        }

        Assert.True(File.Exists(GeneratedPath) && File.ReadAllText(GeneratedPath) == expected,
            "src/ShipReady/Catalog/PrecompiledPatterns.g.cs is out of step with the catalog; run: SHIPREADY_UPDATE_GENERATED=1 dotnet test tests/ShipReady.Tests --filter Every_built_in_pattern_is_precompiled, then rebuild");
        Assert.All(ControlCatalog.Default.Patterns, p => Assert.NotNull(p.Precompiled));
        Assert.All(ControlCatalog.Default.Patterns.Where(p => p.Before is not null), p => Assert.NotNull(p.Before!.Precompiled));
    }

    [Fact]
    public void A_repository_control_runs_on_the_non_backtracking_engine()
    {
        var text = File.ReadAllText(Path.Combine(ShipReady.Testing.RepoRoot.Path, "src", "ShipReady", "Catalog", "errors", "ERR-RETRY.yaml"))
            .Replace("id: ERR-RETRY", "id: ERR-FROB", StringComparison.Ordinal)
            .Replace("call: 'fetch'", "call: 'frobnicate'", StringComparison.Ordinal);
        var catalog = ControlCatalog.Load([(".shipready/controls/ERR-FROB.yaml", text)]);
        var pattern = catalog.Find("ERR-FROB")!.Patterns.Single(p => p.Id == "fetch-no-retry");

        Assert.Null(pattern.Precompiled);
        Assert.Equal(RegexOptions.NonBacktracking, pattern.Matcher.Value.Options & RegexOptions.NonBacktracking);
        Assert.Matches(pattern.Matcher.Value, "frobnicate (");
    }

    [Fact]
    public void Precompiled_and_non_backtracking_matchers_agree_on_the_fixtures()
    {
        var fixtures = Directory.EnumerateFiles(Path.Combine(ShipReady.Testing.RepoRoot.Path, "tests", "fixtures"), "*", SearchOption.AllDirectories)
            .Where(f => ShipReady.Facts.Code.Languages.FromPath(f) is not null)
            .Select(File.ReadAllText)
            .ToList();
        var disagreements = new List<string>();
        foreach (var pattern in ControlCatalog.Default.Patterns)
        {
            foreach (var text in fixtures)
            {
                var fast = pattern.Precompiled!.Matches(text).Select(m => (m.Index, m.Length));
                var linear = pattern.Matcher.Value.Matches(text).Select(m => (m.Index, m.Length));
                if (!fast.SequenceEqual(linear))
                {
                    disagreements.Add($"{pattern.ControlId}/{pattern.Id}");
                    break;
                }
                if (pattern.Before is { } before && !BeforeAgrees(before, pattern.Precompiled!, text))
                {
                    disagreements.Add($"{pattern.ControlId}/{pattern.Id} before");
                    break;
                }
            }
        }
        Assert.True(disagreements.Count == 0, "the two engines disagree: " + string.Join(", ", disagreements));
    }

    /// <summary>Both engines find the same start of the text before every match, read as the scanner reads it.</summary>
    private static bool BeforeAgrees(BeforeExpression before, Regex pattern, string text)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var start = Math.Max(0, match.Index - BeforeExpression.Reach);
            var fast = before.Precompiled!.Match(text, start, match.Index - start);
            var linear = before.Matcher.Value.Match(text, start, match.Index - start);
            if (fast.Success != linear.Success || (fast.Success && (fast.Index, fast.Length) != (linear.Index, linear.Length)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The generated file for a catalog: one source-generated regex per distinct expression.</summary>
    internal static string Source(ControlCatalog catalog)
    {
        var entries = catalog.Patterns
            .OrderBy(p => p.ControlId, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => (Name: Name(p), p.Expression))
            .Concat(catalog.Patterns
                .Where(p => p.Before is not null)
                .OrderBy(p => p.ControlId, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)
                .Select(p => (Name: Name(p) + "Before", p.Before!.Expression)))
            .DistinctBy(e => e.Expression)
            .ToList();
        var text = new StringBuilder();
        text.Append("// <auto-generated>\n");
        text.Append("// Written by PrecompiledPatternsTests from the built-in catalog; do not edit by hand.\n");
        text.Append("// After changing a control's patterns: SHIPREADY_UPDATE_GENERATED=1 dotnet test tests/ShipReady.Tests --filter Every_built_in_pattern_is_precompiled\n");
        text.Append("// </auto-generated>\n");
        text.Append("#nullable enable\n");
        text.Append("using System.Text.RegularExpressions;\n\n");
        text.Append("namespace ShipReady.Catalog;\n\n");
        text.Append("internal static partial class PrecompiledPatterns\n{\n");
        text.Append("    private static partial Regex? Lookup(string expression) => expression switch\n    {\n");
        foreach (var (name, expression) in entries)
        {
            text.Append($"        {Verbatim(expression)} => {name}(),\n");
        }
        text.Append("        _ => null,\n    };\n");
        foreach (var (name, expression) in entries)
        {
            text.Append($"\n    [GeneratedRegex({Verbatim(expression)}, Options, TimeoutMilliseconds)]\n");
            text.Append($"    private static partial Regex {name}();\n");
        }
        text.Append("}\n");
        return text.ToString();
    }

    private static string Verbatim(string value) => "@\"" + value.Replace("\"", "\"\"") + "\"";

    private static string Name(CodePattern pattern) => Pascal(pattern.ControlId) + "_" + Pascal(pattern.Id);

    private static string Pascal(string id) =>
        string.Concat(id.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()));
}
