using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// JavaScript text read back from the page's own elements: an element's <c>textContent</c> or <c>innerText</c>, a
/// <c>data-</c> attribute (<c>el.dataset.label</c>, jQuery's <c>.data('label')</c>), an attribute (<c>getAttribute('title')</c>,
/// <c>.attr('title')</c>), or a piece of an element's id (<c>form.querySelector('input').id.split('-')[1]</c>).
/// </summary>
/// <remarks>
/// The server wrote that text, usually escaped, so it is seldom a user's markup; but reading it gives the text with its
/// entities decoded (<c>&amp;lt;script&amp;gt;</c> comes back as <c>&lt;script&gt;</c>), so written again as HTML it can
/// run what the server escaped. Never cleared: a pattern that leaves it to a review twin lists it there.
/// </remarks>
public static partial class PageText
{
    /// <summary>Whether the expression, one chain of members, ends in text read from an element, through a few string methods.</summary>
    public static bool Holds(string text) =>
        ScriptOperands.IsChain(text) && (Read().IsMatch(text) || (IdRead().Match(text) is { Success: true } id && ElementReceiver().IsMatch(id.Groups["receiver"].Value)));

    /// <summary>The expression without the names of the DOM's element lookups (<c>querySelector</c>, <c>querySelectorAll</c>), which hold the word "query".</summary>
    public static string WithoutLookups(string text) =>
        text.Contains("querySelector", StringComparison.Ordinal) ? text.Replace("querySelector", "lookUp", StringComparison.Ordinal) : text;

    private const string Tail = @"(?:\s*\.\s*(?:split\s*\(\s*(?:'[^']*'|""[^""]*"")\s*\)\s*\[\s*\d+\s*\]|trim\s*\(\s*\)|toLowerCase\s*\(\s*\)|toUpperCase\s*\(\s*\)))*\s*$";

    [GeneratedRegex(@"\.\s*(?:textContent|innerText|dataset\s*(?:\.\s*[\w$]+|\[[^\[\]]*\])|getAttribute\s*\(\s*(?:'[^']*'|""[^""]*"")\s*\)|data\s*\(\s*(?:'[^']*'|""[^""]*"")\s*\)|attr\s*\(\s*(?:'[^']*'|""[^""]*"")\s*\))" + Tail)]
    private static partial Regex Read();

    /// <summary>An id read off a receiver: the receiver must be an element the code found in the page, not a record's id.</summary>
    [GeneratedRegex(@"^(?<receiver>.*)\.\s*id" + Tail, RegexOptions.Singleline)]
    private static partial Regex IdRead();

    [GeneratedRegex(@"querySelector|getElementById|closest\s*\(|\.target\b|\.currentTarget\b|[eE]lement\b|\$\(")]
    private static partial Regex ElementReceiver();
}
