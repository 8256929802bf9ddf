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
}
