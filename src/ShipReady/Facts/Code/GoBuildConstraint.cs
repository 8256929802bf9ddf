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
            if (!line.StartsWith("//go:build ", StringComparison.Ordinal))
            {
                continue;
            }
            var expression = line["//go:build ".Length..];
            if (expression.Contains("||", StringComparison.Ordinal) || expression.ContainsAny('(', ')'))
            {
                return false;
            }
            foreach (var part in expression.Split("&&"))
            {
                if (TestTags.Contains(expression[part].Trim().ToString()))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }
}
