using System.Collections.Immutable;
using ShipReady.Facts.Code;
using ShipReady.Facts.Secrets;
using ShipReady.Inventory;

namespace ShipReady.Facts.GitHistory;

/// <summary>
/// Finds secrets that are gone from the working tree but still reachable in git history. It reads
/// the history with the tree's own scanner and rules, so the same key formats, placeholders and
/// redaction apply; a secret still in the tree is left to the tree's finding, and one added in
/// several commits or files is reported once, at the first commit that added it.
/// </summary>
public static class HistorySecretScanner
{
    /// <summary>The facts with the secrets only history holds, and the notes of what kept history from being read fully.</summary>
    /// <param name="ignore">The configuration's ignore globs: a folder the team excluded is excluded from its history too.</param>
    public static FactSet AddTo(FactSet facts, IGitHistory history, IReadOnlyList<Glob> ignore, CancellationToken cancellation = default)
    {
        var seen = facts.Secrets.Select(s => s.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var found = new List<SecretFinding>();
        foreach (var added in history.AddedTexts(cancellation))
        {
            cancellation.ThrowIfCancellationRequested();
            if (!IsWorthReading(added.Path, ignore))
            {
                continue;
            }
            foreach (var secret in SecretScanner.Scan(added.Path, added.Text))
            {
                // Fingerprints identify the value, so the same key pasted into a second file or commit is one finding.
                if (seen.Add(secret.Fingerprint))
                {
                    var line = secret.Location.Line + added.FirstLine - 1;
                    found.Add(secret with { Location = secret.Location with { Line = line }, Commit = added.Commit });
                }
            }
        }
        return facts with
        {
            HistorySecrets = [.. found],
            GitHistoryRead = true,
            // A note on the whole history leads: a terminal shows only the first few notes.
            Notes = [.. history.Notes, .. facts.Notes],
        };
    }

    /// <summary>
    /// The tree's rules for which files are read: no dependency or build folders, no ignored paths, and
    /// only code, configuration and .env files. .gitignore is deliberately not applied: the usual story
    /// is a .env committed, then deleted and ignored, and that is the secret to find.
    /// </summary>
    private static bool IsWorthReading(string path, IReadOnlyList<Glob> ignore)
    {
        var folders = path.Split('/');
        if (folders[..^1].Any(SkipList.IsSkipped) || ignore.Any(g => g.IsMatch(path)))
        {
            return false;
        }
        return FactsBuilder.IsWorthReading(new SourceFile(path, 0, Languages.FromPath(path)));
    }
}
