namespace ShipReady.Facts.Code;

/// <summary>A programming language, known by file extension.</summary>
public enum Language
{
    JavaScript,
    TypeScript,
    Python,
    CSharp,
    Ruby,
    Go,
    Php,
    Java,
    Kotlin,

    /// <summary>Ruby embedded in templates (<c>.html.erb</c>); its code is read as Ruby, its markup not at all.</summary>
    Erb,

    /// <summary>Configuration read by a few patterns (a Rails <c>database.yml</c>); no stack of its own.</summary>
    Yaml,
}
