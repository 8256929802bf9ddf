using System.Text;

namespace ShipReady.Model;

/// <summary>Converts enum members to and from the kebab-case names used in YAML, JSON and on the command line.</summary>
public static class Names
{
    public static string Kebab<T>(T value) where T : struct, Enum => Kebab(value.ToString());

    public static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(pascal[i - 1]))))
            {
                sb.Append('-');
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Kebab(candidate), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static string Choices<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Kebab(v)));

    /// <summary>The label of a bucket as people read it.</summary>
    public static string Label(Bucket bucket) => bucket switch
    {
        Bucket.MustHave => "must-have",
        Bucket.Within30Days => "within 30 days",
        _ => "defer",
    };
}
