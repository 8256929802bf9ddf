using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether a C# method may be called by the framework rather than by the code: an action of a controller, a page or
/// a hub, a handler, a hosted service, a middleware, an override, a method with attributes, a constructor.
/// </summary>
/// <remarks>
/// The framework calls such a method without its name appearing in the repository, so the calls the code shows are
/// not all its calls: a test that calls a controller action does not make the action test code. Read without a
/// parser, from names and headers, and erring towards "the framework may call it": the answer only ever keeps a hit.
/// </remarks>
public static partial class CSharpEntryPoints
{
    /// <summary>Names the framework calls by convention: Main, Startup's Configure, middleware's Invoke, handlers, page and component hooks.</summary>
    [GeneratedRegex(@"^(Main|Configure\w*|Invoke(Async)?|Handle(Async)?|Execute(Async)?|Consume(Async)?|Start(Async)?|Stop(Async)?|Run(Async)?|Dispose(Async)?|On[A-Z]\w*)$")]
    private static partial Regex ConventionalName();

    /// <summary>
    /// Types whose methods the framework calls, by their name or what they derive from, implement or are marked with:
    /// a health check, the factory the EF Core tools build a context with, an options or model convention.
    /// </summary>
    [GeneratedRegex(@"\w*(Controller|ControllerBase|PageModel|Hub|ComponentBase|Endpoints?|Handler|Consumer|Middleware|Job|HostedService|BackgroundService|Startup|Program|Functions?|Filter|HealthCheck|DbContextFactory|Configure\w*Options|Convention)\b")]
    private static partial Regex FrameworkType();

    [GeneratedRegex(@"\b(class|record|struct|interface)\b")]
    private static partial Regex TypeKeyword();

    [GeneratedRegex(@"\boverride\b")]
    private static partial Regex Override();

    /// <summary>Whether the framework may call <paramref name="method"/> of <paramref name="code"/> (comments and strings blanked) on its own.</summary>
    public static bool MayBeCalledByFramework(ReadOnlySpan<char> code, CSharpMethod method)
    {
        var header = code[method.Header..method.Opener].Trim();
        if (header.StartsWith('[') || Override().IsMatch(header) || ConventionalName().IsMatch(method.Name))
        {
            return true;
        }
        if (DeclaringType(code, method.Opener) is not { } type)
        {
            return true;
        }
        // A constructor is called by whatever builds the type: the container, a model binder.
        return FrameworkType().IsMatch(type) || Regex.IsMatch(type, $@"\b(class|record|struct)\s+{Regex.Escape(method.Name)}\b");
    }

    /// <summary>The header of the type whose body holds the block opened at <paramref name="opener"/>: attributes, name and what it derives from.</summary>
    private static string? DeclaringType(ReadOnlySpan<char> code, int opener)
    {
        foreach (var outer in BraceBlocks.Openers(code, opener))
        {
            var header = code[BraceBlocks.StatementStart(code, outer)..outer];
            if (TypeKeyword().IsMatch(header))
            {
                return header.ToString();
            }
        }
        return null;
    }
}
