using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ShipReady.Facts.Code;

/// <summary>
/// The prefilter literals of one language, and where each first occurs in a file, so that every
/// pattern can be skipped or started at the right line without searching the file again.
/// </summary>
/// <remarks>
/// One pass over the file finds every literal: each position's first three characters are hashed
/// into a 64 Kibit filter holding the hash of every literal's first three, and only the positions
/// whose bit is set (about one in fifty on real code) are compared with the literals of that hash.
/// A literal's occurrence always sets its own bit, so the first position that compares equal is its
/// first occurrence, exactly what an IndexOf per literal gives. The per-literal IndexOf this
/// replaces ran the whole file once per literal (over a hundred per language) for the four files
/// in five that hold none; the single pass was five times faster on 97,000 files of real Python,
/// JavaScript and TypeScript (bench/). A multi-literal <c>SearchValues</c> of the same literals
/// came in between: about 55 MB/s on one thread, with over a hundred of them.
/// Literals are numbered, and the caller gets one slot per literal: a filter hit reads a table and
/// an array, where a dictionary of strings would hash and compare the literal at every occurrence.
/// </remarks>
internal sealed class LiteralSet
{
    private const int HashCount = 1 << 16;

    private readonly string[] _literals;

    /// <summary>Literals shorter than the hashed prefix, possible in a repository's own controls: searched one by one.</summary>
    private readonly int[] _short;

    private readonly ulong[] _filter = new ulong[HashCount / 64];

    /// <summary>For each hash whose bit is set, one more than its place in <see cref="_buckets"/>.</summary>
    private readonly ushort[] _bucketOf;

    /// <summary>The literals, by number, whose first three characters hash alike.</summary>
    private readonly int[][] _buckets;

    public LiteralSet(IEnumerable<string> literals)
    {
        _literals = [.. literals.Distinct(StringComparer.Ordinal)];
        _short = [.. Enumerable.Range(0, _literals.Length).Where(i => _literals[i].Length < 3)];
        var byHash = Enumerable.Range(0, _literals.Length)
            .Where(i => _literals[i].Length >= 3)
            .GroupBy(i => Hash(_literals[i][0], _literals[i][1], _literals[i][2]))
            .ToArray();
        if (byHash.Length >= ushort.MaxValue)
        {
            throw new ArgumentException($"A literal set holds at most {ushort.MaxValue - 1} distinct three-character prefixes.", nameof(literals));
        }
        _bucketOf = new ushort[HashCount];
        _buckets = new int[byHash.Length][];
        for (var b = 0; b < byHash.Length; b++)
        {
            var hash = byHash[b].Key;
            _filter[hash >> 6] |= 1UL << hash;
            _bucketOf[hash] = (ushort)(b + 1);
            _buckets[b] = [.. byHash[b]];
        }
    }

    /// <summary>How many distinct literals the set holds: the length of the span <see cref="FindFirst"/> fills.</summary>
    public int Count => _literals.Length;

    /// <summary>The number of a literal given to the constructor, its slot in <see cref="FindFirst"/>'s span; -1 for another text.</summary>
    public int IdOf(string literal) => Array.IndexOf(_literals, literal);

    /// <summary>
    /// Writes into <paramref name="first"/>, at each literal's number, the offset of its first occurrence in
    /// <paramref name="text"/>, or -1; returns whether any literal occurs.
    /// </summary>
    public bool FindFirst(ReadOnlySpan<char> text, Span<int> first)
    {
        first = first[.._literals.Length];
        first.Fill(-1);
        var any = false;
        foreach (var id in _short)
        {
            first[id] = text.IndexOf(_literals[id], StringComparison.Ordinal);
            any |= first[id] >= 0;
        }
        if (text.Length < 3)
        {
            return any;
        }
        // The loop runs once per character of every file read, so it reads through references, without bounds checks,
        // and hashes eight positions at once: the three characters ending at each are loaded as three overlapping
        // vectors. Only the bit tests are one position at a time.
        ref var filter = ref MemoryMarshal.GetArrayDataReference(_filter);
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Span<ushort> hashes = stackalloc ushort[Vector128<ushort>.Count];
        ref var hashRef = ref MemoryMarshal.GetReference(hashes);
        var i = 2;
        for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
        {
            var a = Vector128.LoadUnsafe(ref start, (nuint)(i - 2));
            var b = Vector128.LoadUnsafe(ref start, (nuint)(i - 1));
            var c = Vector128.LoadUnsafe(ref start, (nuint)i);
            // Hash below, in 16-bit lanes, where the shift out of the lane is the mask.
            ((a << 11) ^ (a >> 5) ^ (b << 5) ^ c).StoreUnsafe(ref hashRef);
            for (var k = 0; k < Vector128<ushort>.Count; k++)
            {
                int hash = Unsafe.Add(ref hashRef, k);
                if ((Unsafe.Add(ref filter, hash >> 6) & (1UL << hash)) != 0)
                {
                    any |= Compare(text, i + k - 2, hash, first);
                }
            }
        }
        for (; i < text.Length; i++)
        {
            var hash = Hash(Unsafe.Add(ref start, i - 2), Unsafe.Add(ref start, i - 1), Unsafe.Add(ref start, i));
            if ((Unsafe.Add(ref filter, hash >> 6) & (1UL << hash)) != 0)
            {
                any |= Compare(text, i - 2, hash, first);
            }
        }
        return any;
    }

    /// <summary>Compares the literals of a hash with the text at a filter hit; true when one is found there for the first time.</summary>
    private bool Compare(ReadOnlySpan<char> text, int at, int hash, Span<int> first)
    {
        var found = false;
        foreach (var id in _buckets[_bucketOf[hash] - 1])
        {
            // A literal already found is not compared again: common ones occur on most lines.
            if (first[id] < 0 && text[at..].StartsWith(_literals[id], StringComparison.Ordinal))
            {
                first[id] = at;
                found = true;
            }
        }
        return found;
    }

    /// <summary>Three characters into 16 bits; collisions only cost a comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(int a, int b, int c) => ((a << 11) ^ (a >> 5) ^ (b << 5) ^ c) & 0xFFFF;
}
