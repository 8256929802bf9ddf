namespace ShipReady.Facts.Code;

/// <summary>
/// A Go file's <c>//go:build</c> line, read for one question: is the file built only for a test run? A file that asks
/// for <c>e2etest</c> or <c>integration</c> is left out of every build that does not pass the tag, as a
/// <c>_test.go</c> file is, so the program that ships never holds its code.
/// </summary>
public static class GoBuildConstraint
{
    private static readonly HashSet<string> TestTags = new(StringComparer.Ordinal)
    {
        "test", "tests", "testing", "e2e", "e2etest", "e2etests", "integration", "integrationtest", "integrationtests", "unit", "unittest",
    };

    /// <summary>
    /// Whether the constraint before the package clause requires a test tag: the tag stands alone or in a chain of
    /// <c>&amp;&amp;</c>, not negated. A constraint with <c>||</c> or brackets may be met without it, and is not read.
    /// </summary>
    public static bool IsTestOnly(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].Trim();
            if (line.StartsWith("package ", StringComparison.Ordinal))
            {
                return false;
            }
            if (line.StartsWith("// +build ", StringComparison.Ordinal))
            {
                // The syntax before Go 1.17: options split by spaces are alternatives, terms joined by commas all
                // hold, and each such line must hold. One line whose only option asks for a test tag is enough.
                var options = line["// +build ".Length..].Trim();
                if (!options.Contains(' ') && HoldsTestTag(options, ','))
                {
                    return true;
                }
                continue;
            }
            if (!line.StartsWith("//go:build ", StringComparison.Ordinal))
            {
                continue;
            }
            var expression = line["//go:build ".Length..];
            if (expression.Contains("||", StringComparison.Ordinal) || expression.ContainsAny('(', ')'))
            {
                return false;
            }
            return HoldsTestTag(expression, '&');
        }
        return false;
    }

    /// <summary>Whether one of the terms <paramref name="and"/> joins is a test tag, not negated (<c>&amp;&amp;</c> splits into an empty term too).</summary>
    private static bool HoldsTestTag(ReadOnlySpan<char> terms, char and)
    {
        foreach (var part in terms.Split(and))
        {
            if (TestTags.Contains(terms[part].Trim().ToString()))
            {
                return true;
            }
        }
        return false;
    }
}
