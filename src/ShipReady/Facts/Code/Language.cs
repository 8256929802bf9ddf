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
}
