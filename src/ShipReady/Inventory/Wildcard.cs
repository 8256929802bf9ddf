namespace ShipReady.Inventory;

/// <summary>
/// Matching a text against a pattern whose only special character is <c>*</c>: the fixed start and
/// end, then each middle part in order, leftmost first, which is exact when '*' is the only wildcard.
/// Linear in the text; no regex to build.
/// </summary>
internal static class Wildcard
{
    /// <param name="parts">The pattern split at '*'.</param>
    public static bool IsMatch(ReadOnlySpan<char> text, string[] parts, StringComparison comparison)
    {
        if (parts.Length == 1)
        {
            return text.Equals(parts[0], comparison);
        }
        var first = parts[0];
        var last = parts[^1];
        if (text.Length < first.Length + last.Length || !text.StartsWith(first, comparison) || !text.EndsWith(last, comparison))
        {
            return false;
        }
        var middle = text[first.Length..^last.Length];
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var at = middle.IndexOf(parts[i], comparison);
            if (at < 0)
            {
                return false;
            }
            middle = middle[(at + parts[i].Length)..];
        }
        return true;
    }
}
