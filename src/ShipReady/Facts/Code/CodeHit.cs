using ShipReady.Model;

namespace ShipReady.Facts.Code;

/// <summary>A place where a control's code pattern matched.</summary>
/// <param name="Snippet">The matched line, trimmed, with any secret redacted.</param>
public sealed record CodeHit(string ControlId, string PatternId, Location Location, string Snippet, string Message)
{
    /// <summary>
    /// For a hit of a pattern with a guard, in a method that other files may call only under that guard: the methods it
    /// is reached through. Whether it stands is settled after the walk, from those files (see <see cref="CallSiteScan"/>).
    /// </summary>
    public CallerChain? ReachedThrough { get; init; }

    /// <summary>
    /// For a hit of a pattern that follows calls (Ruby): what its values depend on in other files, asked after the walk
    /// (see <see cref="ShipReady.Facts.RubyValueScan"/>); null when the hit's own file decides it.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<ValueQuestion>? Questions { get; init; }

    /// <summary>
    /// For a Python hit of a pattern with <see cref="Catalog.CodePattern.UnlessServedBy"/>: whether it sits in the
    /// file's <c>if __name__ == "__main__":</c> block, which runs only when the file is run as a script.
    /// </summary>
    public bool UnderMainGuard { get; init; }

    /// <summary>
    /// For a Python hit of a pattern with <see cref="Catalog.CodePattern.UnlessReadOnlyGraphql"/>: whether it sits in a
    /// GraphQL view, which stands only if the application's schemas may change something (settled after the walk).
    /// </summary>
    public bool InGraphqlView { get; init; }

    /// <summary>
    /// For a C# hit whose call passes on its method's parameters, where the pattern reads the call's arguments: that
    /// method and those parameters, judged at its calls after the walk (see <see cref="ForwardedArgumentScan"/>).
    /// </summary>
    public ForwardedArguments? ForwardedFrom { get; init; }

    /// <summary>
    /// For a JavaScript or TypeScript hit of a pattern that follows calls: the parameters of named functions its value
    /// is built from, judged at every call of those functions after the walk (see <see cref="ScriptArgumentScan"/>).
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<PassedTo>? ScriptCallers { get; init; }

    /// <summary>
    /// For a Go hit of a pattern that follows calls: the parameters of its function that it pastes into SQL, judged at
    /// every call of the function after the walk (see <see cref="GoArgumentScan"/>).
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<PassedTo>? GoCallers { get; init; }

    /// <summary>
    /// For a Python hit of a pattern that follows calls: the functions of other modules its value is built by
    /// (<c>helpers.render_escaped(error)</c>), judged by what every definition of that name returns after the walk (see
    /// <see cref="PythonHelperScan"/>).
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<string>? PythonHelpers { get; init; }

    /// <summary>Whether the hit is settled only after the walk, by other files.</summary>
    public bool Waits => ReachedThrough is not null || Questions is not null || ForwardedFrom is not null || ScriptCallers is not null || GoCallers is not null
        || PythonHelpers is not null;
}
