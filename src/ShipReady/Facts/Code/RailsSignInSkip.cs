using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether a Rails controller that skips the CSRF check also skips signing in for every action the skip reaches
/// (<c>skip_before_action :authenticate_user!, only: :create</c> beside
/// <c>skip_before_action :verify_authenticity_token, only: :create</c>): such an action does not ask for the session
/// cookie, as an endpoint that error reporters post to with an API key does, so a forged request rides nothing.
/// </summary>
/// <remarks>
/// Read on one file, its comments blanked. Only a skip of one sign-in filter counts, with no <c>if:</c>,
/// <c>unless:</c> or <c>except:</c>, and only when the file does not add that filter back; whether an action then
/// reads the session anyway is another pattern's question.
/// </remarks>
public static partial class RailsSignInSkip
{
    /// <summary>The filters that make an action ask for the signed-in user, by the names Devise, Clearance, Sorcery and Rails 8 give them.</summary>
    private static readonly HashSet<string> SignInFilters = new(StringComparer.Ordinal)
    {
        "authenticate_user!", "authenticate_user", "authenticate", "require_login", "require_user", "require_authentication", "require_sign_in",
    };

    /// <summary>Whether the CSRF skip on <paramref name="line"/> (1-based) reaches only actions that also skip signing in.</summary>
    public static bool Covers(MaskedSource masked, int line)
    {
        var statements = Statements(masked);
        var skip = statements.FirstOrDefault(s => s.Line == line);
        if (skip.Text is null || CsrfSkipped(skip.Text) is not var (allCsrf, csrfActions))
        {
            return false;
        }
        foreach (var filter in SignInFilters)
        {
            // A filter the file adds back (`before_action :authenticate_user!, only: :create`) asks for the session again.
            if (statements.Any(s => AddsFilter().Match(s.Text) is { Success: true } m && Symbols(m.Groups["filters"].Value).Contains(filter)))
            {
                continue;
            }
            var skipped = statements.Select(s => SignInSkipped(s.Text, filter)).Where(s => s is not null).Select(s => s!.Value).ToList();
            if (skipped.Any(s => s.All) || (!allCsrf && csrfActions.All(a => skipped.Any(s => s.Actions.Contains(a)))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The actions a CSRF skip reaches: all, or those of its <c>only:</c> (of <c>protect_from_forgery</c>'s <c>except:</c>).</summary>
    private static (bool All, HashSet<string> Actions)? CsrfSkipped(string statement)
    {
        if (statement.StartsWith("protect_from_forgery", StringComparison.Ordinal))
        {
            return ActionsOf(statement, "except") is { Count: > 0 } excepted ? (false, excepted) : null;
        }
        // `except:` or a condition skips the check on more actions than it names, or on some requests of them: all, to be safe.
        if (HasOption(statement, "except") || HasOption(statement, "if") || HasOption(statement, "unless"))
        {
            return (true, []);
        }
        return ActionsOf(statement, "only") is { } only ? (only.Count > 0 ? (false, only) : null) : (true, []);
    }

    /// <summary>The actions a statement skips <paramref name="filter"/> on; null when it skips it on none for sure.</summary>
    private static (bool All, HashSet<string> Actions)? SignInSkipped(string statement, string filter)
    {
        var skips = statement.StartsWith("allow_unauthenticated_access", StringComparison.Ordinal)
            ? filter == "require_authentication"
            : SkipsFilters().Match(statement) is { Success: true } m && Symbols(m.Groups["filters"].Value).Contains(filter);
        if (!skips || HasOption(statement, "except") || HasOption(statement, "if") || HasOption(statement, "unless"))
        {
            return null;
        }
        return ActionsOf(statement, "only") is { } only ? (false, only) : (true, []);
    }

    /// <summary>The controller's class-level filter statements, each with the line it starts on, continued lines joined.</summary>
    private static List<(int Line, string Text)> Statements(MaskedSource masked)
    {
        var statements = new List<(int Line, string Text)>();
        for (var line = 1; line <= masked.LineCount; line++)
        {
            var text = masked.CodeAndStringsLine(line).Trim();
            if (!FilterStatement().IsMatch(text))
            {
                continue;
            }
            var start = line;
            // `only: [:create,` goes on: a statement ends where its brackets close and no comma leaves it open.
            while (line < masked.LineCount && (text.EndsWith(',') || text.EndsWith('\\') || text.Count(c => c is '[' or '(') > text.Count(c => c is ']' or ')')))
            {
                text = text.TrimEnd('\\') + " " + masked.CodeAndStringsLine(++line).Trim();
            }
            statements.Add((start, text));
        }
        return statements;
    }

    private static bool HasOption(string statement, string option) =>
        Options().Matches(statement).Any(m => m.Groups["name"].Value == option);

    /// <summary>The actions an option names (<c>only: :create</c>, <c>only: [:create, "update"]</c>, <c>:only =&gt; %i[create]</c>); null when absent, empty when not read.</summary>
    private static HashSet<string>? ActionsOf(string statement, string option)
    {
        if (!HasOption(statement, option))
        {
            return null;
        }
        var match = OptionLists().Matches(statement).FirstOrDefault(m => m.Groups["name"].Value == option);
        if (match is null)
        {
            // `only: ACTIONS`: a constant the audit does not follow covers nothing for sure.
            return [];
        }
        var list = match.Groups["list"].Value;
        list = list.StartsWith('%') ? list[2..] : list;
        return [.. ActionName().Matches(list).Select(m => m.Value)];
    }

    private static HashSet<string> Symbols(string filters) => [.. SymbolName().Matches(filters).Select(m => m.Groups["name"].Value)];

    [GeneratedRegex(@"^(skip_before_action|skip_forgery_protection|protect_from_forgery|allow_unauthenticated_access|before_action|prepend_before_action)\b")]
    private static partial Regex FilterStatement();

    [GeneratedRegex(@"^skip_before_action\s*\(?\s*(?<filters>:\w+[!?]?(?:\s*,\s*:\w+[!?]?)*)")]
    private static partial Regex SkipsFilters();

    [GeneratedRegex(@"^(?:prepend_)?before_action\s*\(?\s*(?<filters>:\w+[!?]?(?:\s*,\s*:\w+[!?]?)*)")]
    private static partial Regex AddsFilter();

    [GeneratedRegex(@"\b(?<name>only|except|if|unless):|:(?<name>only|except|if|unless)\s*=>")]
    private static partial Regex Options();

    [GeneratedRegex(@"(?:\b(?<name>only|except):|:(?<name>only|except)\s*=>)\s*(?<list>\[[^\]]*\]|%[iw][\[(][^\])]*[\])]|:\w+[!?]?|""\w+""|'\w+')")]
    private static partial Regex OptionLists();

    [GeneratedRegex(@":(?<name>\w+[!?]?)")]
    private static partial Regex SymbolName();

    [GeneratedRegex(@"\w+[!?]?")]
    private static partial Regex ActionName();
}
