namespace ShipReady.Facts.Code;

/// <summary>
/// Follows the value a pattern's hit writes somewhere (its <c>value</c> group) one step back in the same
/// file: the expression itself and, when it is a name, the nearest earlier line that binds that name.
/// A sink fed by a variable is only as dangerous as where the variable came from, and that is most
/// often a few lines above: <c>const html = await response.text()</c>, <c>let score = parseInt(…)</c>.
/// </summary>
/// <remarks>
/// Deliberately shallow: one binding, same file, no calls followed. Anything it cannot follow stays a hit.
/// </remarks>
public static class ValueOrigin
{
    /// <summary>How far back a binding is looked for; a long component is about that size, and further back it is rarely the same variable.</summary>
    public const int MaxLinesBack = 200;

    /// <summary>
    /// True when the value, or the line that last bound the name it starts with, holds one of
    /// <paramref name="texts"/>, or when that binding makes the name a number (<c>= 3</c>, <c>++</c>).
    /// </summary>
    /// <param name="valueIndex">Offset of the value's first character in the masked text.</param>
    public static bool IsCleared(MaskedSource masked, int valueIndex, IReadOnlyList<string> texts)
    {
        var (line, column) = masked.Position(valueIndex);
        var lineText = masked.CodeAndStringsLine(line);
        var value = lineText[Math.Min(column - 1, lineText.Length)..];
        if (ContainsAny(value, texts))
        {
            return true;
        }
        var name = LeadingName(value);
        if (name is null)
        {
            return false;
        }
        for (var l = line - 1; l >= 1 && l >= line - MaxLinesBack; l--)
        {
            var candidate = masked.CodeAndStringsLine(l);
            if (Binding(candidate, name) is { } rest)
            {
                return ContainsAny(candidate, texts) || IsNumber(rest);
            }
        }
        return false;
    }

    /// <summary>The name an expression starts with (<c>html</c> in <c>html.replace(…)</c>); null for literals, <c>this</c> and calls of other things.</summary>
    internal static string? LeadingName(string value)
    {
        var end = 0;
        while (end < value.Length && IsNameChar(value[end]))
        {
            end++;
        }
        if (end == 0 || char.IsDigit(value[0]))
        {
            return null;
        }
        var name = value[..end];
        return name is "this" or "self" or "new" or "await" ? null : name;
    }

    /// <summary>
    /// When the line binds <paramref name="name"/>, what follows the binding (the assigned text, or empty for a
    /// parameter); null when the line does not bind it. Reads assignments (<c>=</c>, <c>:=</c>, <c>+=</c>),
    /// increments, and names in a declaration or a parameter list (<c>const [svg] =</c>, <c>.then(text =&gt;</c>).
    /// </summary>
    internal static string? Binding(string line, string name)
    {
        for (var at = line.IndexOf(name, StringComparison.Ordinal); at >= 0; at = line.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at > 0 && (IsNameChar(line[at - 1]) || line[at - 1] == '.')) || (end < line.Length && IsNameChar(line[end])))
            {
                continue;
            }
            var after = SkipSpaces(line, end);
            var rest = line[after..];
            if (rest.StartsWith("++", StringComparison.Ordinal) || rest.StartsWith("--", StringComparison.Ordinal)
                || line[..at].TrimEnd().EndsWith("++", StringComparison.Ordinal) || line[..at].TrimEnd().EndsWith("--", StringComparison.Ordinal))
            {
                return "0";
            }
            if (rest.StartsWith("=>", StringComparison.Ordinal))
            {
                return "";
            }
            foreach (var op in (ReadOnlySpan<string>)[":=", "+=", "="])
            {
                if (rest.StartsWith(op, StringComparison.Ordinal) && !rest.StartsWith(op + "=", StringComparison.Ordinal)
                    && !(op == "=" && rest.StartsWith("=>", StringComparison.Ordinal)))
                {
                    return line[(after + op.Length)..].Trim();
                }
            }
            if (rest.Length > 0 && rest[0] is ',' or ')' or ']' or '}' or ':' && DeclaresOrTakesParameters(line))
            {
                return "";
            }
        }
        return null;
    }

    private static bool DeclaresOrTakesParameters(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("const ", StringComparison.Ordinal) || trimmed.StartsWith("let ", StringComparison.Ordinal)
            || trimmed.StartsWith("var ", StringComparison.Ordinal) || trimmed.Contains("function", StringComparison.Ordinal)
            || trimmed.Contains("=>", StringComparison.Ordinal) || trimmed.StartsWith("def ", StringComparison.Ordinal)
            || trimmed.StartsWith("func ", StringComparison.Ordinal);
    }

    private static bool IsNumber(string assigned)
    {
        var text = assigned.TrimEnd(';', ' ', '\t');
        return text.Length > 0 && text.All(c => char.IsDigit(c) || c is '.' or '_' or '-');
    }

    private static bool ContainsAny(string text, IReadOnlyList<string> texts)
    {
        foreach (var t in texts)
        {
            if (text.Contains(t, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static int SkipSpaces(string line, int from)
    {
        while (from < line.Length && line[from] is ' ' or '\t')
        {
            from++;
        }
        return from;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
