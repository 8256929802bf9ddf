namespace ShipReady.Facts.Code;

/// <summary>Maps file extensions to languages, and says which languages the pattern matcher reads.</summary>
public static class Languages
{
    private static readonly Dictionary<string, Language> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".js"] = Language.JavaScript, [".mjs"] = Language.JavaScript, [".cjs"] = Language.JavaScript, [".jsx"] = Language.JavaScript,
        [".ts"] = Language.TypeScript, [".tsx"] = Language.TypeScript, [".mts"] = Language.TypeScript, [".cts"] = Language.TypeScript,
        [".py"] = Language.Python,
        [".cs"] = Language.CSharp,
        [".rb"] = Language.Ruby, [".erb"] = Language.Erb,
        [".go"] = Language.Go,
        [".yml"] = Language.Yaml, [".yaml"] = Language.Yaml,
        [".php"] = Language.Php,
        [".java"] = Language.Java,
        [".kt"] = Language.Kotlin, [".kts"] = Language.Kotlin,
    };

    /// <summary>Every file of the tree is looked up here: by a span of its path, so no extension is cut out as a string.</summary>
    private static readonly Dictionary<string, Language>.AlternateLookup<ReadOnlySpan<char>> ByExtensionSpan = ByExtension.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Language? FromPath(string path)
    {
        var ext = Path.GetExtension(path.AsSpan());
        return ext.Length > 0 && ByExtensionSpan.TryGetValue(ext, out var language) ? language : null;
    }

    /// <summary>Languages whose code patterns are matched; the others count toward the language list only.</summary>
    public static bool IsScanned(Language language) =>
        language is Language.JavaScript or Language.TypeScript or Language.Python or Language.CSharp or Language.Ruby or Language.Erb or Language.Go or Language.Yaml;

    /// <summary>Configuration (YAML) is read by a few patterns but is not one of the repository's programming languages.</summary>
    public static bool IsCode(Language language) => language is not Language.Yaml;

    /// <summary>The stack a language's code belongs to, as fix guidance and fixtures name stacks; null for configuration.</summary>
    public static string? StackOf(Language language) => language switch
    {
        Language.JavaScript or Language.TypeScript => "node",
        Language.Python => "python",
        Language.CSharp => "dotnet",
        Language.Ruby or Language.Erb => "ruby",
        Language.Go => "go",
        Language.Php => "php",
        Language.Java or Language.Kotlin => "java",
        _ => null,
    };

    /// <summary>Whether the code patterns read any of a stack's languages: PHP and Java code is counted, not read.</summary>
    public static bool IsReadStack(string stack) =>
        Enum.GetValues<Language>().Any(l => StackOf(l) == stack && IsScanned(l));

    public static string Name(Language language) => language.ToString().ToLowerInvariant();

    public static bool TryParse(string name, out Language language) =>
        Enum.TryParse(name, ignoreCase: true, out language) && Enum.IsDefined(language);
}
