namespace ShipReady.Facts.Code;

/// <summary>
/// What the readers of a Go file's SQL share across its hits: the file's package, and what was already worked out about
/// its functions' values. A function that runs many queries pasting the same local asks about it once.
/// </summary>
/// <param name="package">The declarations of the file's package, the file's own among them; asked once, at the first hit that needs them. Null, or null returned, reads the file alone.</param>
public sealed class GoFileReading(MaskedSource masked, Func<GoDeclarations?>? package = null)
{
    private GoFixedExpressions? _expressions;

    /// <summary>The masked file.</summary>
    public MaskedSource Masked => masked;

    /// <summary>Constants, locals and helpers of the package, and what they were found to hold.</summary>
    public GoFixedExpressions Expressions =>
        _expressions ??= new GoFixedExpressions(masked.CodeText, package?.Invoke(), GoUpdateBuilder.PackageName(masked.CodeAndStrings));
}
