using System.Collections.Immutable;

namespace ShipReady.Facts.Code;

/// <summary>
/// The methods of a C# file through which a place in it is reached, and those of them that nothing in the file calls
/// (its roots, called from other files or by the framework). Start-up code often keeps the call that resets a
/// database in a method of its own, called from <c>Program.cs</c> inside <c>if (app.Environment.IsDevelopment())</c>:
/// the place is guarded when every call on the way to it is, which only the other files can tell.
/// </summary>
/// <param name="Methods">Every method on the way, the place's own first.</param>
/// <param name="Roots">The methods on the way that no code in the file calls.</param>
/// <param name="Entries">
/// The methods on the way the framework may call on its own (<see cref="CSharpEntryPoints"/>): calls from tests say nothing about them.
/// </param>
public sealed record CallerChain(ImmutableArray<string> Methods, ImmutableArray<string> Roots, ImmutableArray<string> Entries)
{
    /// <summary>How many methods are followed: start-up code reaches a reset in two or three calls.</summary>
    public const int MaxMethods = 8;

    /// <summary>
    /// The chain that reaches <paramref name="index"/>, following each call that <paramref name="guarded"/> does not
    /// clear back to the method that makes it. Null when the place cannot be cleared by other files: it is not in a
    /// method, an unguarded call to it sits in top-level statements, or the chain is longer than <see cref="MaxMethods"/>.
    /// </summary>
    public static CallerChain? Of(MaskedSource masked, int index, Func<int, bool> guarded)
    {
        if (CSharpMethods.Declaring(masked.Code, index) is not { } first)
        {
            return null;
        }
        var methods = new List<string>();
        var roots = new List<string>();
        var entries = new List<string>();
        var pending = new Stack<CSharpMethod>([first]);
        while (pending.TryPop(out var method))
        {
            if (methods.Contains(method.Name))
            {
                continue;
            }
            if (methods.Count == MaxMethods)
            {
                return null;
            }
            methods.Add(method.Name);
            // A method the framework calls is reached without a call the code shows, wherever it sits on the way.
            if (CSharpEntryPoints.MayBeCalledByFramework(masked.Code, method))
            {
                entries.Add(method.Name);
            }
            var sites = CSharpMethods.CallSites(masked.Code, method.Name);
            if (sites.Count == 0)
            {
                roots.Add(method.Name);
                continue;
            }
            foreach (var site in sites)
            {
                if (guarded(site))
                {
                    continue;
                }
                if (CSharpMethods.Declaring(masked.Code, site) is not { } caller)
                {
                    return null;
                }
                pending.Push(caller);
            }
        }
        return new CallerChain([.. methods], [.. roots], [.. entries]);
    }
}
