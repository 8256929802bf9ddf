using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ShipReady.Facts.Code;

namespace ShipReady.Catalog;

/// <summary>A code pattern of a control: a call or a regex, per language, with the conditions that clear a hit.</summary>
public sealed record CodePattern
{
    public required string Id { get; init; }
    public required string ControlId { get; init; }
    public required ImmutableArray<Language> Languages { get; init; }
    public required ImmutableArray<string> Prefilter { get; init; }
    /// <summary>For a call pattern: the callee followed by an opening bracket. For a regex pattern: the regex.</summary>
    public required string Expression { get; init; }
    /// <summary>The expression on the non-backtracking engine: linear in the input, whatever the input.</summary>
    /// <remarks>Built on first use; most patterns never meet a file that passes their prefilter.</remarks>
    public required Lazy<Regex> Matcher { get; init; }
    /// <summary>
    /// The expression compiled into the engine at build time (built-in controls only), with a match timeout;
    /// when it times out the scanner falls back to <see cref="Matcher"/>. Null for a repository's own controls.
    /// </summary>
    public Regex? Precompiled { get; init; }
    public required bool IsCall { get; init; }
    /// <summary>What the match must directly follow; the hit starts where that text starts. Null when the match stands alone.</summary>
    public BeforeExpression? Before { get; init; }
    public required bool KeepStrings { get; init; }
    public ImmutableArray<string> UnlessArgs { get; init; } = [];
    /// <summary>
    /// A regex that clears a call when it matches in the call's argument list, for the signs a word cannot carry (a
    /// refund of a whole charge: its options name the charge and nothing else). Null when none is given.
    /// </summary>
    public Lazy<Regex>? UnlessArgsMatch { get; init; }
    /// <summary>
    /// Whether the arguments of the hit's call can clear it. A C# call that only passes on its method's parameters is
    /// then judged by what that method's callers pass (<see cref="Facts.Code.ForwardedArguments"/>).
    /// </summary>
    public bool ReadsArguments => !UnlessArgs.IsEmpty || UnlessArgsMatch is not null;

    /// <summary>Whether a call's argument list (comments and strings blanked) holds a word of <see cref="UnlessArgs"/> or matches <see cref="UnlessArgsMatch"/>.</summary>
    public bool ClearedByArguments(ReadOnlySpan<char> arguments)
    {
        foreach (var word in UnlessArgs)
        {
            if (CallMatcher.ContainsWord(arguments, word))
            {
                return true;
            }
        }
        return UnlessArgsMatch is { } match && match.Value.IsMatch(arguments);
    }
    public ImmutableArray<string> UnlessFile { get; init; } = [];
    /// <summary>
    /// Text that clears every hit of a file when the file holds it, or, for a Go file, any other file of its package (the
    /// folder's files that name the same package, tests aside): a package is compiled as one, so a migrator that records
    /// the schema's version in one file serves the statement lists the others hand it. See <see cref="Facts.GoFolderPackages"/>.
    /// </summary>
    public ImmutableArray<string> UnlessPackage { get; init; } = [];
    /// <summary>Text on the hit's own line (code and strings, not comments) that clears that hit only.</summary>
    public ImmutableArray<string> UnlessLine { get; init; } = [];
    /// <summary>
    /// Words, any of which in the name of the Python class the hit sits in clears it (<c>TestingConfig</c> holds
    /// the word <c>testing</c>): a test or development configuration never reaches production. See <see cref="PythonClass"/>.
    /// </summary>
    public ImmutableArray<string> UnlessClass { get; init; } = [];
    /// <summary>
    /// Words, any of which in the name of the variable the object literal holding the hit is bound to clears it
    /// (<c>const devConfig = { synchronize: true }</c>), when the name says nothing of production: JavaScript and
    /// TypeScript. See <see cref="Facts.Code.ScriptBoundObject"/>.
    /// </summary>
    public ImmutableArray<string> UnlessBoundTo { get; init; } = [];
    /// <summary>
    /// Words, any of which in the name of the Python module the hit is in clears it (<c>configuration_testing.py</c>,
    /// <c>settings/dev.py</c>): a module named for the tests, a developer's machine or an example is not what a
    /// deployment runs, as a class named so is not.
    /// </summary>
    public ImmutableArray<string> UnlessModule { get; init; } = [];
    /// <summary>
    /// Texts, any of which in a decorator of the Python function the hit sits in clears it: <c>.command</c> marks a
    /// command an operator runs by name (<c>@manager.command()</c>, <c>@app.cli.command()</c>). See <see cref="Facts.Code.PythonFunction"/>.
    /// </summary>
    public ImmutableArray<string> UnlessDecorator { get; init; } = [];
    /// <summary>
    /// A hit in a Python function decorated <c>@group.command()</c>, where the same file declares <c>group</c> a click
    /// group, is cleared: a command an operator runs by name, whatever the group is called. A chat bot's
    /// <c>@bot.command</c> has no click group behind it and keeps the hit.
    /// </summary>
    public bool UnlessClickCommand { get; init; }

    /// <summary>
    /// A Python hit in a GraphQL view (a class built on <c>GraphQLView</c>, or a call given one) is cleared when the
    /// application builds its GraphQL schemas with strawberry or graphene and none of its code (tests aside) may
    /// declare a mutation: a forged request can then only run queries whose answers it cannot read.
    /// </summary>
    public bool UnlessReadOnlyGraphql { get; init; }

    /// <summary>
    /// Ruby: a hit in a Rails controller (<c>app/controllers/…_controller.rb</c>) that the application's routes reach
    /// only by GET, and no class inherits from, is cleared after the walk: Rails checks the CSRF token only on other
    /// verbs. See <see cref="Facts.Code.RailsRoutes"/>.
    /// </summary>
    public bool UnlessOnlyGetRoutes { get; init; }

    /// <summary>
    /// Ruby: a CSRF skip in a Rails controller is cleared when the same file skips a sign-in filter on every action the
    /// skip reaches: those actions do not ask for the session cookie. See <see cref="Facts.Code.RailsSignInSkip"/>.
    /// </summary>
    public bool UnlessSignInSkipped { get; init; }

    /// <summary>
    /// A hit shows the control met in the stack of the pattern's languages only, by an idiom of that stack: it says
    /// nothing of a stack whose code is not read, where the dependencies and files still answer (a Go store's own
    /// versioned steps do not make a Spring app's missing Flyway unknown).
    /// </summary>
    public bool OwnStackOnly { get; init; }
    /// <summary>
    /// Only a hit inside a Python class counts: a setting written in each environment's configuration class, where
    /// the same line at the top level of a module, or in an <c>if</c> there, is another pattern's business.
    /// </summary>
    public bool InClass { get; init; }
    /// <summary>
    /// A hit on a Python decorator counts only when the function it decorates (decorators, signature and body), or a
    /// function of the same file its body calls, holds one of these texts; see <see cref="Facts.Code.PythonFunction"/>.
    /// A hit that is no decorator of a function keeps counting.
    /// </summary>
    public ImmutableArray<string> IfFunction { get; init; } = [];
    /// <summary>
    /// A condition that clears a hit inside an <c>if</c> it guards: a regex over the header of each <c>if</c> whose branch
    /// holds the hit (<c>if (app.Environment.IsDevelopment())</c>); see <see cref="GuardingConditions"/>. Null when none is given.
    /// </summary>
    public Lazy<Regex>? UnlessGuard { get; init; }
    /// <summary>
    /// A regex over the <c>if</c> header whose <c>else</c> branch holds the hit, which clears it: in
    /// <c>if (options.MaxSize &gt; 0) { … } else { feature.MaxRequestBodySize = null; }</c> the limit is lifted only when the
    /// configuration sets none. Braced languages only; see <see cref="GuardingConditions.ElseOf"/>. Null when none is given.
    /// </summary>
    public Lazy<Regex>? UnlessElseOf { get; init; }
    /// <summary>
    /// C#: a hit in a method that only files this pattern skips call (the tests of <see cref="UnlessPath"/>), directly or
    /// through other methods, is cleared, unless the framework may call one of them itself; see <see cref="Facts.CallSiteScan"/>.
    /// JavaScript/TypeScript: a hit in a module that only such files import, and that no other file uses by its path or
    /// by a name it exports, is cleared; see <see cref="Facts.TestImportScan"/>.
    /// </summary>
    public bool UnlessOnlyTestsCall { get; init; }
    /// <summary>
    /// C#: texts of a call (<c>.Database.MigrateAsync(</c>) that, run earlier in the hit's method, or in the method of
    /// every call on the way to it, clear the hit: an <c>EnsureCreated()</c> after the migrations have built the schema
    /// finds the database there and does nothing. See <see cref="Facts.Code.CSharpRunBefore"/>.
    /// </summary>
    public ImmutableArray<string> UnlessRunAfter { get; init; } = [];
    /// <summary>
    /// JavaScript/TypeScript: text one of which the call the hit sits in, or one of the calls around it (callee and
    /// arguments, strings kept), must hold for the hit to count; a hit in no call counts. See <see cref="Facts.Code.EnclosingCall"/>.
    /// </summary>
    public ImmutableArray<string> IfCall { get; init; } = [];
    /// <summary>
    /// Python, JavaScript, TypeScript: a hit whose call is given SQL joined with <c>+</c> from string literals, constants
    /// named in capitals and numbers only is cleared; see <see cref="Facts.Code.SqlConcatenation"/>.
    /// </summary>
    public bool UnlessFixedParts { get; init; }
    /// <summary>
    /// Python: a hit whose SQL variable is joined only from fixed parts and fragments unpacked beside the values the
    /// sink passes on (<c>where, params = build(…)</c>) is cleared; see <see cref="Facts.Code.BoundSqlFragments"/>.
    /// </summary>
    public bool UnlessBoundFragments { get; init; }
    /// <summary>
    /// Python, JavaScript/TypeScript: a hit whose SQL (the call's first argument, or the string the <c>value</c> group's
    /// variable was bound to) is an f-string or template literal whose every hole is a list of bind placeholders the code
    /// joins is cleared; see <see cref="Facts.Code.SqlPlaceholderLists"/>.
    /// </summary>
    public bool UnlessPlaceholderLists { get; init; }
    /// <summary>Python: words, any of which in the name of the function the hit sits in clears it (whole words, as unlessClass).</summary>
    public ImmutableArray<string> UnlessFunction { get; init; } = [];
    /// <summary>JavaScript/TypeScript: text before the hit, in the call it sits in or one of the calls around it, that clears it.</summary>
    public ImmutableArray<string> UnlessCall { get; init; } = [];
    /// <summary>
    /// JavaScript/TypeScript, with <see cref="IfCall"/>: a cookie whose value (the call's second argument, or the name
    /// bound to it above) is <c>JSON.stringify</c> of an object or array literal holding none of ifCall's texts, not signed, is data the code builds,
    /// not a credential, and its hit is cleared; see <see cref="Facts.Code.JsonCookieValue"/>.
    /// </summary>
    public bool UnlessJsonValue { get; init; }
    /// <summary>
    /// JavaScript/TypeScript: a hit in a package that is built for the browser alone (its nearest package.json names a
    /// bundler or a front-end framework and no server framework) is cleared after the walk: the page calls its own
    /// server, where the control belongs. See <see cref="Facts.BrowserPackages"/>. A module marked <c>"use client"</c>,
    /// which only its own text shows, and a hit inside a React component or hook are skipped where the file is scanned
    /// (<see cref="Facts.Code.ReactComponents"/>). A module only such code imports is cleared after a second walk
    /// (<see cref="Facts.BrowserImportScan"/>).
    /// </summary>
    public bool UnlessBrowserPackage { get; init; }
    /// <summary>
    /// JavaScript/TypeScript, for a call: a first argument that is an address relative to the page (<c>'/api/tags'</c>),
    /// or a local whose every value above is one, clears the hit: Node's fetch rejects such an address, so the call is a
    /// page calling its own server. See <see cref="Facts.Code.RelativeAddress"/>.
    /// </summary>
    public bool UnlessRelativeAddress { get; init; }
    /// <summary>
    /// JavaScript/TypeScript, for a call: a call that is raced against a timer (<c>Promise.race([fetch(url), …setTimeout…])</c>)
    /// is cleared: the caller waits no longer than the timer. See <see cref="Facts.Code.ScriptRace"/>.
    /// </summary>
    public bool UnlessRaced { get; init; }
    /// <summary>
    /// JavaScript/TypeScript, with a followed value: the whole body of what the app's own server answered to a request for
    /// a relative address (<c>const {data: html} = await $http.get('/images/edit/' + id)</c>) clears the hit: it is a
    /// fragment the server rendered. See <see cref="Facts.Code.ServerFragment"/>.
    /// </summary>
    public bool UnlessServerFragment { get; init; }
    /// <summary>
    /// JavaScript/TypeScript, with <see cref="FollowCalls"/>: a part of the value read back from the page's own elements
    /// (<c>button.textContent</c>, <c>el.dataset.label</c>, <c>getAttribute('title')</c>) is taken as the code's. The
    /// server wrote it, but reading it decodes its entities, so it is left to a review twin without the key rather than
    /// cleared. See <see cref="Facts.Code.PageText"/>.
    /// </summary>
    public bool UnlessPageText { get; init; }
    /// <summary>
    /// Python: a setting the hit's line assigns, which another module imports whole (<c>from .base import *</c>, or by
    /// its package's path) and gives a value not written in the code, is the default the deployed settings
    /// replace; the hit is cleared after the walk. See <see cref="Facts.PythonSettingsOverrides"/>.
    /// </summary>
    public bool UnlessReplacedSetting { get; init; }
    /// <summary>
    /// Go: text one of which the function the hit sits in must hold before it, from its <c>func</c> line (strings
    /// kept); a hit in no function does not count. See <see cref="Facts.Code.GoFunction"/>.
    /// </summary>
    public ImmutableArray<string> IfFunctionText { get; init; } = [];
    /// <summary>Go: text in the function the hit sits in, before it, that clears it.</summary>
    public ImmutableArray<string> UnlessFunctionText { get; init; } = [];
    /// <summary>
    /// Python: application servers (<c>gunicorn</c>); when the repository's launch files start one of them and never run
    /// the hit's file, the hit is in a development runner and is cleared. See <see cref="Facts.ServerLaunches"/>.
    /// </summary>
    public ImmutableArray<string> UnlessServedBy { get; init; } = [];
    /// <summary>
    /// Go: text one of which the composite literal the hit sits in (its type and every field, strings kept) must hold
    /// for the hit to count; a hit in no literal does not count. See <see cref="Facts.Code.GoStructLiteral"/>.
    /// </summary>
    public ImmutableArray<string> IfLiteral { get; init; } = [];
    /// <summary>Go: text anywhere in the composite literal the hit sits in, before or after it, that clears it.</summary>
    public ImmutableArray<string> UnlessLiteral { get; init; } = [];
    /// <summary>JavaScript/TypeScript: which template literals of SQL count, by whether their interpolations stand for names or values.</summary>
    public InterpolatedSql Interpolated { get; init; }
    /// <summary>Whether the hits of this C# pattern wait on the calls other files make to their methods.</summary>
    public bool FollowsCallers => UnlessGuard is not null || UnlessOnlyTestsCall || UnlessRunAfter.Length > 0;
    /// <summary>
    /// Text in the value the hit writes (the regex's <c>value</c> group, to the end of its line), or in the line
    /// that last bound the name the value starts with, that clears the hit; see <see cref="Facts.Code.ValueOrigin"/>.
    /// </summary>
    public ImmutableArray<string> UnlessValue { get; init; } = [];
    /// <summary>Text that must be in the value, or in the line that last bound it, for the hit to count: where it came from.</summary>
    public ImmutableArray<string> IfValue { get; init; } = [];
    /// <summary>A value its binding builds from string literals alone clears the hit: it carries no input.</summary>
    public bool UnlessConstant { get; init; }
    /// <summary>
    /// Ruby: a value the string interpolates that comes from a helper of the repository, or from a parameter of the
    /// method the string is in, is followed into the helper's return value or its callers' arguments, after the walk;
    /// see <see cref="Facts.Code.RubyValueFlow"/>. JavaScript and TypeScript: the value is judged by what it is built
    /// from, a template by its holes, and a parameter of the named function around it at that function's calls; see
    /// <see cref="Facts.Code.ScriptValueFlow"/>.
    /// </summary>
    public bool FollowCalls { get; init; }
    /// <summary>
    /// With <see cref="FollowCalls"/>: methods whose result the sink accepts whatever they are given (escapers and
    /// markup builders for HTML), or, written with a closing <c>()</c>, only when given literals (a translation's key);
    /// a call of one is a value made by the code. See <see cref="Facts.Code.SafeCalls"/> for Ruby.
    /// </summary>
    public ImmutableArray<string> EscapedBy { get; init; } = [];
    /// <summary>
    /// Ruby and ERB: a hit whose value ends in a method (<c>gantt.subjects</c>) that the repository defines outside its
    /// models, and that is no column of the schema, is cleared after the walk: the value is what the code builds, not a
    /// record's attribute. See <see cref="Facts.Code.DefinedOutsideModels"/>.
    /// </summary>
    public bool UnlessDefined { get; init; }
    /// <summary>Whether hits are judged by where their value came from (any of the value conditions is set).</summary>
    public bool FollowsValue => !UnlessValue.IsEmpty || !IfValue.IsEmpty || UnlessConstant || UnlessServerFragment;
    public ImmutableArray<string> IfFile { get; init; } = [];
    /// <summary>
    /// Ids of other patterns of the same control, a hit of any of which anywhere in the repository drops this pattern's
    /// hits after the walk: the code shows, somewhere, the check the hit's place may rely on (a form field that rejects
    /// a file by its size, which the form a view binds may use). Give the control a review twin to keep the place in sight.
    /// </summary>
    public ImmutableArray<string> UnlessPattern { get; init; } = [];
    public ImmutableArray<Facts.DependencyGlob> UnlessDeps { get; init; } = [];
    public ImmutableArray<Inventory.Glob> UnlessPath { get; init; } = [];
    /// <summary>Paths one of which a file must have for the pattern to read it; empty when any file will do.</summary>
    public ImmutableArray<Inventory.Glob> IfPath { get; init; } = [];

    /// <summary>
    /// Whether <see cref="UnlessPath"/>, or a word of the module's name in <see cref="UnlessModule"/>, leaves the file
    /// out: code that does not run in production, such as tests.
    /// </summary>
    public bool SkipsPath(string path) =>
        UnlessPath.Any(g => g.IsMatch(path))
        || (!UnlessModule.IsEmpty && Facts.Code.PythonClass.NameHasWord(Path.GetFileNameWithoutExtension(path), UnlessModule));

    /// <summary>Whether the pattern reads the file at <paramref name="path"/>: not left out, and among its paths when it names some.</summary>
    public bool ReadsPath(string path) =>
        !SkipsPath(path) && (IfPath.IsEmpty || IfPath.Any(g => g.IsMatch(path)));
    public required string Message { get; init; }
}
