namespace ShipReady.Facts.Code;

/// <summary>
/// Blocks of a language that opens them with braces, read back from a place in its code (comments and strings
/// blanked): the braces that open the blocks around it, and where the header in front of each begins.
/// </summary>
public static class BraceBlocks
{
    /// <summary>How far back enclosing blocks are looked for: a start-up file or a long class fits.</summary>
    public const int MaxCharactersBack = 20_000;

    /// <summary>Where the scan back from <paramref name="index"/> stops.</summary>
    public static int Limit(int index) => Math.Max(0, index - MaxCharactersBack);

    /// <summary>The offsets of the <c>{</c> that open the blocks around <paramref name="index"/>, innermost first.</summary>
    public static List<int> Openers(ReadOnlySpan<char> code, int index)
    {
        var openers = new List<int>();
        var depth = 0;
        for (var i = index - 1; i >= Limit(index); i--)
        {
            switch (code[i])
            {
                case '}':
                    depth++;
                    break;
                case '{' when depth > 0:
                    depth--;
                    break;
                case '{':
                    openers.Add(i);
                    break;
            }
        }
        return openers;
    }

    /// <summary>
    /// Whether no block that holds the start of <paramref name="text"/> closes before its end: a place at the end is
    /// still inside every block the start is in.
    /// </summary>
    public static bool StaysOpen(ReadOnlySpan<char> text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth < 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Where the statement or header that ends at <paramref name="index"/> begins: after the last <c>;</c>, <c>{</c> or <c>}</c> before it.</summary>
    public static int StatementStart(ReadOnlySpan<char> code, int index)
    {
        var limit = Limit(index);
        var at = code[limit..index].LastIndexOfAny(";{}");
        return at < 0 ? limit : limit + at + 1;
    }
}
