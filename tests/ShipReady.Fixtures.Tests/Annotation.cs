using System.Text.RegularExpressions;

namespace ShipReady.Fixtures.Tests;

/// <summary>
/// An <c>expect:</c>, <c>ok:</c> or <c>review:</c> marker, resolved to the code line it speaks of. A review line is a
/// place the control lists to check (a hit of one of its review patterns), not a finding.
/// </summary>
internal sealed partial record Annotation(string File, int Line, string Kind, string ControlId)
{
    public bool Expect => Kind == "expect";
    public bool Ok => Kind == "ok";
    public bool Review => Kind == "review";

    [GeneratedRegex(@"(?:<%#|//|#|<!--|/\*|--)\s*(?<kind>expect|ok|review):\s*(?<ids>[A-Z][A-Z0-9]*-[A-Z0-9]+(?:\s*,\s*[A-Z][A-Z0-9]*-[A-Z0-9]+)*)")]
    private static partial Regex Marker();

    public static IEnumerable<Annotation> Scan(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path) == "fixture.yaml")
            {
                continue;
            }
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var lines = System.IO.File.ReadAllLines(path);
            var pending = new List<(string Kind, string Id)>();
            for (var i = 0; i < lines.Length; i++)
            {
                var match = Marker().Match(lines[i]);
                if (match.Success && IsOnlyAnnotation(lines[i], match))
                {
                    foreach (var id in match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries))
                    {
                        pending.Add((match.Groups["kind"].Value, id));
                    }
                    continue;
                }
                if (pending.Count > 0 && lines[i].Trim().Length > 0)
                {
                    foreach (var (kind, id) in pending)
                    {
                        yield return new Annotation(relative, i + 1, kind, id);
                    }
                    pending.Clear();
                }
            }
        }
    }

    /// <summary>A marker annotates the next line only when the comment stands alone on its line.</summary>
    private static bool IsOnlyAnnotation(string line, Match match) => line[..match.Index].Trim().Length == 0;
}
