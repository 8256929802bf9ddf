using System.Text.RegularExpressions;

namespace ShipReady.Catalog;

/// <summary>
/// What a pattern's match must directly follow (its <c>before</c> key), and where the hit then starts. It lets a
/// pattern's regex begin at its literal, which the matcher can search for, instead of at the name in front
/// of it, where every position in a file is a candidate.
/// </summary>
public sealed record BeforeExpression
{
    /// <summary>How far back from a match its text before is read: a name or a short chain of them fits.</summary>
    public const int Reach = 256;

    /// <summary>The expression as run: the pattern's text, anchored to end where the match begins.</summary>
    public required string Expression { get; init; }

    /// <summary>On the non-backtracking engine, like <see cref="CodePattern.Matcher"/>.</summary>
    public required Lazy<Regex> Matcher { get; init; }

    /// <summary>Compiled into the engine for built-in controls, like <see cref="CodePattern.Precompiled"/>.</summary>
    public Regex? Precompiled { get; init; }

    /// <summary>The expression <paramref name="before"/> is run as.</summary>
    public static string Anchored(string before) => $"(?:{before})\\z";
}
