using System.Collections.Immutable;

namespace ShipReady.Facts.Code;

/// <summary>
/// A C# call that passes on its method's own parameters untouched, as an adapter does:
/// <c>public Task&lt;Refund&gt; CreateRefundAsync(RefundCreateOptions options) =&gt; _refunds.CreateAsync(options);</c>.
/// What the call is given is decided where that method is called, often in other files, so a pattern that reads a
/// call's arguments (<see cref="Catalog.CodePattern.ReadsArguments"/>) judges them there (see <see cref="ForwardedArgumentScan"/>).
/// </summary>
/// <param name="Method">The method the call sits in, by name.</param>
/// <param name="Positions">Where, among that method's parameters, those the call passes on stand, from 0.</param>
public sealed record ForwardedArguments(string Method, ImmutableArray<int> Positions)
{
    /// <summary>
    /// The parameters the call whose <c>(</c> is at <paramref name="open"/> passes on, or null when it passes none, or
    /// when its method names one of them in its body before the call: a value set, checked or shadowed there is not
    /// only what the callers gave.
    /// </summary>
    public static ForwardedArguments? Of(ReadOnlySpan<char> code, int index, int open)
    {
        if ((CSharpMethods.ExpressionBodied(code, index) ?? CSharpMethods.Declaring(code, index)) is not { } method)
        {
            return null;
        }
        var parameters = CSharpMethods.Parameters(code, method);
        var arguments = CallMatcher.Arguments(code, open);
        var bodyBefore = code[method.Opener..index];
        var positions = ImmutableArray.CreateBuilder<int>();
        foreach (var (start, length) in CallMatcher.Split(arguments))
        {
            var argument = arguments.Slice(start, length).ToString();
            var position = parameters.IndexOf(argument);
            if (position < 0)
            {
                continue;
            }
            if (CallMatcher.ContainsWord(bodyBefore, argument))
            {
                return null;
            }
            positions.Add(position);
        }
        return positions.Count == 0 ? null : new ForwardedArguments(method.Name, positions.ToImmutable());
    }

    /// <summary>
    /// The text a call of the method gives at <see cref="Positions"/>, joined, from its argument list; null when it gives
    /// fewer (a default takes the place, unseen) or names its arguments (<c>options: …</c>), whose order is its own.
    /// </summary>
    public string? PassedIn(ReadOnlySpan<char> arguments)
    {
        var parts = CallMatcher.Split(arguments);
        var passed = new List<string>();
        foreach (var (start, length) in parts)
        {
            var part = arguments.Slice(start, length);
            var colon = part.IndexOf(':');
            if (colon > 0 && IsName(part[..colon].TrimEnd()) && !part[(colon + 1)..].StartsWith(':'))
            {
                return null;
            }
        }
        foreach (var position in Positions)
        {
            if (position >= parts.Count)
            {
                return null;
            }
            passed.Add(arguments.Slice(parts[position].Start, parts[position].Length).ToString());
        }
        return string.Join(", ", passed);
    }

    public bool Equals(ForwardedArguments? other) =>
        other is not null && Method == other.Method && Positions.SequenceEqual(other.Positions);

    public override int GetHashCode() => HashCode.Combine(Method, Positions.Length, Positions.FirstOrDefault());

    private static bool IsName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!CallMatcher.IsWordChar(c))
            {
                return false;
            }
        }
        return true;
    }
}
