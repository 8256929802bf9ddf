using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// Folders of code kept as data: several files each written in numbered variants of one name
/// (<c>loginChallenge_1.ts</c>, <c>loginChallenge_2_correct.ts</c>, …). Training apps, code-review
/// quizzes and exercise sets keep such copies to show or grade them; the application never runs
/// them, so their patterns would be findings about code that does not ship.
/// </summary>
/// <remarks>
/// Numbered migrations and generated files do not look like this: each of their names is used once.
/// </remarks>
public static class VariantFolders
{
    /// <summary>At least this many names must each come in two or more numbered variants.</summary>
    public const int MinNames = 3;

    /// <summary>And the variants must be nearly all of the folder's code files.</summary>
    private const double MinShare = 0.8;

    /// <summary>Whether the files of one folder are code kept in numbered variants.</summary>
    public static bool HoldsVariants(IReadOnlyList<SourceFile> folder)
    {
        var code = folder.Where(f => f.Language is { } language && Languages.IsCode(language)).ToList();
        if (code.Count < MinNames * 2)
        {
            return false;
        }
        var variants = code
            .Select(f => (File: f, Stem: VariantStem(f.Name)))
            .Where(x => x.Stem is not null)
            .GroupBy(x => x.Stem, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .ToList();
        var inVariants = variants.Sum(g => g.Count());
        return variants.Count >= MinNames && inVariants >= MinShare * code.Count;
    }

    public static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>"login" for "login_2.ts" and "login_3_correct.ts"; null for a name without a variant number.</summary>
    internal static string? VariantStem(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var bare = dot < 0 ? name : name[..dot];
        var parts = bare.Split('_');
        // name_N, or name_N_word: the number is the last or the next-to-last part, after a non-empty stem.
        for (var i = parts.Length - 1; i >= Math.Max(1, parts.Length - 2); i--)
        {
            if (parts[i].Length is > 0 and <= 3 && parts[i].All(char.IsAsciiDigit)
                && (i == parts.Length - 1 || parts[^1].All(char.IsAsciiLetter)) && !parts[0].All(char.IsAsciiDigit))
            {
                return string.Join('_', parts[..i]);
            }
        }
        return null;
    }
}
