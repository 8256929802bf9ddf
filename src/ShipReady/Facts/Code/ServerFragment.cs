using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// JavaScript and TypeScript: whether a value written into the page as HTML is the whole body of what the app's own
/// server answered to a request for a relative address: <c>const {data: html} = await window.$http.get(`/images/edit/${id}`)</c>,
/// or <c>$http.get('/attachments/…').then(resp => { list.innerHTML = resp.data })</c>. A server-rendered app (Laravel's
/// Blade, Rails' views) sends such fragments from its templates, which escape what they show; whether they do is a
/// question of those templates, not of this line. The holes of the address only choose a path.
/// </summary>
/// <remarks>
/// Only the whole body counts: a field of it (<c>resp.data.comment</c>) is JSON the server passes on, and may be a
/// user's markup. The request is read on the binding's line: a client's <c>get</c>, <c>post</c>, <c>put</c>,
/// <c>patch</c> or <c>delete</c>, the receiver the page's own (<c>$http</c>, <c>axios</c>, <c>ajax</c>, also as
/// <c>window.$http</c>), with a first argument written as a literal that starts with <c>/</c> (not <c>//</c>, nor a
/// hole), <c>./</c>, <c>../</c> or a bare path (<c>images/…</c>, no dot in its first part, so no host). A file that
/// gives a client a base address is not read this way.
/// </remarks>
public static partial class ServerFragment
{
    public static bool Holds(string value, string binding)
    {
        // A call's argument is read to the end of its line (`insertAdjacentHTML('beforeend', data);`): its own brackets only.
        var text = value.Trim().TrimEnd(';').TrimEnd();
        while (text.EndsWith(')') && text.Count(c => c == ')') > text.Count(c => c == '('))
        {
            text = text[..^1].TrimEnd();
        }
        if (RelativeRequest().Match(binding) is not { Success: true } request)
        {
            return false;
        }
        var head = binding[..request.Index];
        if (WholeBody().Match(text) is { Success: true } body)
        {
            var name = Regex.Escape(body.Groups["name"].Value);
            // `.then(resp => …` after the request, or `resp = await $http.get(…)`.
            return Regex.IsMatch(binding[request.Index..], $@"\.then\(\s*(\(\s*{name}\s*\)|{name})\s*=>")
                || Regex.IsMatch(head, $@"(?<![\w$.]){name}\s*=\s*(await\s+)?$");
        }
        // `const {data: html} = await $http.get(…)`, or `const { data } = …` for a value named data.
        return ScriptValueFlow.Name().IsMatch(text)
            && Destructuring().Match(head) is { Success: true } destructuring
            && destructuring.Groups["fields"].Value.Split(',').Select(f => f.Trim())
                .Any(f => f == text ? text == "data" : DataField().Match(f) is { Success: true } field && field.Groups["name"].Value == text);
    }

    /// <summary>
    /// Whether the file gives an HTTP client a base address (<c>axios.create({ baseURL: … })</c>,
    /// <c>axios.defaults.baseURL = …</c>, ky's <c>prefixUrl</c>): a relative path is then resolved against that address,
    /// which may be another site's.
    /// </summary>
    /// <remarks>A helper that builds the app's own addresses (BookStack's <c>window.baseUrl('x.png')</c>) sets none.</remarks>
    public static bool SetsBaseAddress(ReadOnlySpan<char> text) =>
        (text.Contains("baseURL", StringComparison.Ordinal) || text.Contains("baseUrl", StringComparison.Ordinal)
            || text.Contains("prefixUrl", StringComparison.Ordinal))
        && BaseAddressSetting().IsMatch(text);

    [GeneratedRegex(@"\b(baseURL|baseUrl|prefixUrl)['""]?\s*(:|=(?!=))")]
    private static partial Regex BaseAddressSetting();

    [GeneratedRegex(@"^(?<name>[A-Za-z_$][\w$]*)\.data$")]
    private static partial Regex WholeBody();

    [GeneratedRegex(@"^\s*((const|let|var)\s+)?\{(?<fields>[^{}]*)\}\s*=\s*(await\s+)?$")]
    private static partial Regex Destructuring();

    [GeneratedRegex(@"^data\s*:\s*(?<name>[A-Za-z_$][\w$]*)$")]
    private static partial Regex DataField();

    // The receiver, from its first name (where the binding's own text ends). Its last name is the page's own client
    // ($http, axios, ajax), not an instance made elsewhere (`api`), which may have been given another site's base
    // address. The path starts with text of its own: a hole first (`/${location.hash.slice(1)}`) can make it
    // `//evil.example/…`, another host.
    [GeneratedRegex(@"(?<![\w$])([\w$]+\.)*(\$?http|\$?axios|ajax)\.(get|post|put|patch|delete)\s*\(\s*(['""`])(/(?![/'""`]|\$\{)|\./|\.\./|[\w-]+/)")]
    private static partial Regex RelativeRequest();
}
