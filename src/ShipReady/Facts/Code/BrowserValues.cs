using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// JavaScript values the browser makes, which carry no text of a user's: an element's layout numbers
/// (<c>el.offsetWidth</c>, <c>el.getBoundingClientRect().height</c>, <c>window.innerWidth</c>), and a computed style's
/// values (<c>getComputedStyle(el).fontSize</c>), which the browser serialises from the page's style sheets as lengths,
/// colours and keywords.
/// </summary>
/// <remarks>
/// A blob address (<c>URL.createObjectURL(file)</c>: <c>blob:</c>, the page's origin and a random id) is one too; a
/// pattern names that call among its <c>escapedBy</c>, as it names an escaper.
/// </remarks>
public static partial class BrowserValues
{
    /// <summary>Whether the expression, one chain of members, ends in a layout number.</summary>
    public static bool IsLayoutNumber(string text) => ScriptOperands.IsChain(text) && LayoutNumber().IsMatch(text);

    /// <summary>Whether the expression, one chain of members, reads a style the browser computed: <c>getComputedStyle(el).color</c>.</summary>
    public static bool IsComputedStyle(string text) => ScriptOperands.IsChain(text) && ComputedStyleCall().IsMatch(text);

    /// <summary>Whether a value bound to a name is the computed style itself (<c>const styles = window.getComputedStyle(el)</c>).</summary>
    public static bool IsComputedStyleObject(string bound) => IsComputedStyle(bound.TrimEnd(';', ' ', '\t'));

    /// <summary>The member a chain that starts with a name reads (<c>styles.fontSize</c>: <c>styles</c>); null for anything else.</summary>
    public static string? MemberOf(string text) =>
        ScriptOperands.IsChain(text) && NameAndMember().Match(text) is { Success: true } match ? match.Groups["name"].Value : null;

    [GeneratedRegex(@"\.\s*(?:offsetWidth|offsetHeight|offsetTop|offsetLeft|clientWidth|clientHeight|clientTop|clientLeft|scrollWidth|scrollHeight|scrollTop|scrollLeft|innerWidth|innerHeight|outerWidth|outerHeight|devicePixelRatio|scrollX|scrollY|pageXOffset|pageYOffset|naturalWidth|naturalHeight|videoWidth|videoHeight|childElementCount|getBoundingClientRect\s*\(\s*\)\s*\.\s*(?:width|height|top|left|right|bottom|x|y))\s*$")]
    private static partial Regex LayoutNumber();

    [GeneratedRegex(@"^\s*(?:window\s*\.\s*)?getComputedStyle\s*\(")]
    private static partial Regex ComputedStyleCall();

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_$][\w$]*)\s*\.\s*[A-Za-z_$]")]
    private static partial Regex NameAndMember();
}
