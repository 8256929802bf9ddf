using System.Buffers;
using System.Collections.Frozen;

namespace ShipReady.Facts.Code;

/// <summary>
/// The prefilter literals of one language. One vectorised pass over a file tells which of them occur
/// and where each first does, so that every pattern can be skipped or started at the right line
/// without searching the file again.
/// </summary>
internal sealed class LiteralSet
{
    private readonly SearchValues<string> _any;
    private readonly FrozenDictionary<char, string[]> _byFirstChar;
    private readonly int _count;

    public LiteralSet(IEnumerable<string> literals)
    {
        var distinct = literals.Distinct(StringComparer.Ordinal).ToArray();
        _count = distinct.Length;
        _any = SearchValues.Create(distinct, StringComparison.Ordinal);
        _byFirstChar = distinct.GroupBy(l => l[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Each literal that occurs, with the offset of its first occurrence; null when none does.</summary>
    public Dictionary<string, int>? FirstOccurrences(string text)
    {
        Dictionary<string, int>? first = null;
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var skip = span[i..].IndexOfAny(_any);
            if (skip < 0)
            {
                break;
            }
            i += skip;
            foreach (var literal in _byFirstChar[span[i]])
            {
                if (span[i..].StartsWith(literal, StringComparison.Ordinal))
                {
                    (first ??= new Dictionary<string, int>(StringComparer.Ordinal)).TryAdd(literal, i);
                }
            }
            if (first?.Count == _count)
            {
                break;
            }
            i++;
        }
        return first;
    }
}
