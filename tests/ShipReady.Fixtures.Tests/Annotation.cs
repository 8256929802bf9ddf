using System.Text.RegularExpressions;

namespace ShipReady.Fixtures.Tests;

/// <summary>An <c>expect:</c> or <c>ok:</c> marker, resolved to the code line it speaks of.</summary>
internal sealed partial record Annotation(string File, int Line, bool Expect, string ControlId)
{
    [GeneratedRegex(@"(?://|#|<!--|/\*|--)\s*(?<kind>expect|ok):\s*(?<ids>[A-Z][A-Z0-9]*-[A-Z0-9]+(?:\s*,\s*[A-Z][A-Z0-9]*-[A-Z0-9]+)*)")]
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
            var pending = new List<(bool Expect, string Id)>();
            for (var i = 0; i < lines.Length; i++)
            {
                var match = Marker().Match(lines[i]);
                if (match.Success && IsOnlyAnnotation(lines[i], match))
                {
                    foreach (var id in match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries))
                    {
                        pending.Add((match.Groups["kind"].Value == "expect", id));
                    }
                    continue;
                }
                if (pending.Count > 0 && lines[i].Trim().Length > 0)
                {
                    foreach (var (expect, id) in pending)
                    {
                        yield return new Annotation(relative, i + 1, expect, id);
                    }
                    pending.Clear();
                }
            }
        }
    }

    /// <summary>A marker annotates the next line only when the comment stands alone on its line.</summary>
    private static bool IsOnlyAnnotation(string line, Match match) => line[..match.Index].Trim().Length == 0;
}
