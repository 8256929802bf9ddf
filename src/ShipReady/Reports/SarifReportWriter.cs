using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ShipReady.Auditing;
using ShipReady.Catalog;
using ShipReady.Model;
using ShipReady.Triage;

namespace ShipReady.Reports;

/// <summary>
/// SARIF 2.1.0 for code-scanning services: one rule per control, one result per located finding,
/// levels from buckets (must-have is an error, within 30 days a warning, deferred a note), and a
/// stable partial fingerprint per result so that alerts survive unrelated edits.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    private const string SourceRoot = "%SRCROOT%";
    private const string FingerprintKey = "shipready/v1";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Root files a repository-level result is anchored to, best first: code scanning needs a file for every result.</summary>
    private static readonly string[] RootAnchors =
        ["package.json", "pyproject.toml", "requirements.txt", "Pipfile", "Directory.Packages.props", "README.md", "readme.md"];

    public string Format => "sarif";

    public string DefaultFileName => "shipready.sarif";

    public void Write(AuditResult result, TextWriter writer)
    {
        var controls = result.Catalog.Controls;
        var ruleIndex = controls.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var results = new JsonArray();
        foreach (var item in result.Items.Where(i => !i.IsQuestion).OrderBy(i => ruleIndex[i.Id]))
        {
            foreach (JsonNode entry in Results(result, item, ruleIndex[item.Id]))
            {
                // Typed as JsonNode so that the array takes the node itself, not the generic Add<T> that
                // would wrap a value by reflection (and is unavailable in a Native AOT build).
                results.Add(entry);
            }
        }
        var log = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(
                new JsonObject
                {
                    ["tool"] = new JsonObject
                    {
                        ["driver"] = new JsonObject
                        {
                            ["name"] = "ShipReady",
                            ["version"] = AuditResult.ToolVersion,
                            ["semanticVersion"] = AuditResult.ToolVersion,
                            ["rules"] = new JsonArray([.. controls.Select(Rule)]),
                        },
                    },
                    ["originalUriBaseIds"] = new JsonObject
                    {
                        [SourceRoot] = new JsonObject { ["description"] = new JsonObject { ["text"] = "The root of the audited repository." } },
                    },
                    ["results"] = results,
                    ["properties"] = new JsonObject
                    {
                        ["archetype"] = result.Profile.Archetype,
                        ["handles"] = new JsonArray([.. result.Profile.Handles.Select(h => (JsonNode)h)]),
                        ["timeboxHours"] = result.Profile.TimeboxHours,
                        ["mustHaveHours"] = result.Plan.MustHaveHours,
                    },
                }),
        };
        writer.Write(log.ToJsonString(Options));
        writer.WriteLine();
    }

    private static JsonObject Rule(Control control)
    {
        var help = new StringBuilder();
        help.AppendLine(control.Why).AppendLine();
        foreach (var (stack, fix) in control.Fix)
        {
            help.AppendLine($"- **{stack}**: {fix}");
        }
        var rule = new JsonObject
        {
            ["id"] = control.Id,
            ["name"] = string.Concat(control.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
            ["shortDescription"] = new JsonObject { ["text"] = control.Title },
            ["fullDescription"] = new JsonObject { ["text"] = $"{control.Why} {control.Checks}" },
            ["help"] = new JsonObject { ["text"] = help.ToString().Replace("**", ""), ["markdown"] = help.ToString() },
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(control.Triage.Base) },
            ["properties"] = new JsonObject
            {
                ["tags"] = new JsonArray((JsonNode)Names.Kebab(control.Area), Names.Kebab(control.Impact), "production-readiness"),
                ["precision"] = "high",
            },
        };
        if (!control.References.IsEmpty)
        {
            rule["helpUri"] = control.References[0];
        }
        return rule;
    }

    private static IEnumerable<JsonObject> Results(AuditResult audit, TriagedItem item, int index)
    {
        var located = item.Result.Findings.ToList();
        if (located.Count == 0)
        {
            var anchor = RootAnchors.FirstOrDefault(a => audit.Facts.RootFiles.Contains(a))
                ?? audit.Facts.RootFiles.FirstOrDefault()
                ?? ".";
            yield return Result(item, index, item.Result.Summary, anchor, 1, 0, null, Evaluation.Fingerprint.Of(item.Id, "", ""), null);
            yield break;
        }
        foreach (var evidence in located)
        {
            var location = evidence.Location!;
            var fingerprint = evidence.Fingerprint ?? Evaluation.Fingerprint.Of(item.Id, location.File, evidence.Snippet ?? "");
            yield return Result(item, index, evidence.Why, location.File, location.Line, location.Column, evidence.Snippet, fingerprint, evidence.Commit);
        }
    }

    /// <param name="commit">For a finding only git history holds: the commit whose version of the file the location points into.</param>
    private static JsonObject Result(TriagedItem item, int index, string why, string file, int line, int column, string? snippet, string fingerprint, string? commit)
    {
        var region = new JsonObject { ["startLine"] = Math.Max(1, line) };
        if (column > 0)
        {
            region["startColumn"] = column;
        }
        if (snippet is not null)
        {
            region["snippet"] = new JsonObject { ["text"] = snippet };
        }
        var properties = new JsonObject
        {
            ["bucket"] = Names.Kebab(item.Bucket),
            ["hours"] = item.Hours,
            ["reason"] = item.Reason,
            ["status"] = item.Result.Status.ToString(),
        };
        if (commit is not null)
        {
            properties["commit"] = commit;
        }
        return new JsonObject
        {
            ["ruleId"] = item.Id,
            ["ruleIndex"] = index,
            ["level"] = Level(item.Bucket),
            ["message"] = new JsonObject
            {
                ["text"] = $"{item.Control.FailureTitle}: {why}. {Names.Label(item.Bucket)}, {item.Hours} h ({item.Reason}).",
            },
            ["locations"] = new JsonArray(
                new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = file, ["uriBaseId"] = SourceRoot },
                        ["region"] = region,
                    },
                }),
            ["partialFingerprints"] = new JsonObject { [FingerprintKey] = fingerprint },
            ["properties"] = properties,
        };
    }

    private static string Level(Bucket bucket) => bucket switch
    {
        Bucket.MustHave => "error",
        Bucket.Within30Days => "warning",
        _ => "note",
    };
}
