using System.Text.RegularExpressions;

namespace ShipReady.Facts.Code;

/// <summary>
/// Whether a Python application's GraphQL API can change anything: the schemas it builds with strawberry or graphene,
/// and any sign of a mutation anywhere in its code.
/// </summary>
/// <remarks>
/// A GraphQL view is often exempt from Django's CSRF check (graphene's own documentation wraps it in
/// <c>csrf_exempt</c>). Without mutations a forged request can only run queries, whose answers the forging page cannot
/// read, so the exemption opens nothing. strawberry and graphene build schemas in code, so a mutation has to be
/// written in Python (<c>mutation=</c>, a <c>Mutation</c> type); a schema read from SDL is another library's and
/// counts as a mutation, since its types are not read here.
/// </remarks>
public static partial class PythonGraphqlSchemas
{
    /// <summary>What one file shows: how many code-first schemas it builds, and whether anything in it may be a mutation.</summary>
    public readonly record struct Reading(int Schemas, bool Mutations)
    {
        public static Reading operator +(Reading a, Reading b) => new(a.Schemas + b.Schemas, a.Mutations || b.Mutations);
    }

    [GeneratedRegex(@"\b(strawberry|graphene)\.(federation\.)?Schema\s*\(")]
    private static partial Regex CodeFirstSchema();

    /// <summary>Any mention in code: a mutation type, argument or decorator. Strings and comments do not count (a docstring saying
    /// the schema has no mutations); SDL in a string is built by one of <see cref="OtherSchema"/>'s libraries.</summary>
    [GeneratedRegex("mutation", RegexOptions.IgnoreCase)]
    private static partial Regex Mutation();

    /// <summary>Schema builders whose types are not read here: ariadne's, tartiflette's and graphql-core's, from SDL or by hand.</summary>
    [GeneratedRegex(@"\b(make_executable_schema|GraphQLSchema|build_schema|build_ast_schema|load_schema_from_path)\s*\(|\b(import|from)\s+(ariadne|tartiflette)\b")]
    private static partial Regex OtherSchema();

    /// <summary>The class header of a view built on a GraphQL view (strawberry's, graphene-django's, or one derived from them).</summary>
    [GeneratedRegex(@"^\s*class\s+\w+\s*\([^)]*\b\w*GraphQLView\b")]
    private static partial Regex GraphqlViewClass();

    [GeneratedRegex(@"\b\w*GraphQLView\b")]
    private static partial Regex GraphqlViewName();

    /// <summary>Whether the file's text may hold a schema or a mutation at all; most files are not read further.</summary>
    public static bool MayHold(ReadOnlySpan<char> text) => text.ContainsAny(Signs) || text.Contains("mutation", StringComparison.OrdinalIgnoreCase);

    /// <summary>Texts one of which a file that builds a schema holds, as the regexes above need them.</summary>
    private static readonly System.Buffers.SearchValues<string> Signs = System.Buffers.SearchValues.Create(
        ["strawberry", "graphene", "ariadne", "tartiflette", "GraphQLSchema", "build_schema", "build_ast_schema", "make_executable_schema", "load_schema"],
        StringComparison.Ordinal);

    public static Reading Read(MaskedSource masked)
    {
        var code = masked.CodeText;
        var schemas = 0;
        var mutations = Mutation().IsMatch(code) || OtherSchema().IsMatch(code);
        foreach (Match schema in CodeFirstSchema().Matches(code))
        {
            // An application builds a schema or two; a file of hundreds is not read call by call.
            if (++schemas > MaxSchemasPerFile)
            {
                return new Reading(schemas, Mutations: true);
            }
            var open = schema.Index + schema.Length - 1;
            var arguments = CallMatcher.Arguments(code, open);
            var close = open + 1 + arguments.Length;
            // A call left open (broken code) has arguments nobody knows. strawberry.Schema(query, mutation, …) and
            // graphene.Schema(query, mutation, …): a second positional argument is a mutation type, whatever its name.
            if (close >= code.Length || code[close] != ')' || PositionalArguments(arguments) > 1)
            {
                mutations = true;
            }
        }
        return new Reading(schemas, mutations);
    }

    /// <summary>
    /// Whether the line sits in a class built on a GraphQL view, or is itself a call given one
    /// (<c>csrf_exempt(GraphQLView.as_view(…))</c>).
    /// </summary>
    public static bool InGraphqlView(MaskedSource masked, int line)
    {
        if (GraphqlViewName().IsMatch(masked.CodeLine(line)))
        {
            return true;
        }
        var header = PythonClass.EnclosingLine(masked, line);
        return header > 0 && GraphqlViewClass().IsMatch(masked.CodeLine(header));
    }

    private const int MaxSchemasPerFile = 16;

    /// <summary>How many of the arguments are not given by name; one spread from a list or a dictionary may hold anything, and counts as two.</summary>
    private static int PositionalArguments(ReadOnlySpan<char> arguments)
    {
        var positional = 0;
        foreach (var (start, length) in CallMatcher.Split(arguments))
        {
            var argument = arguments.Slice(start, length);
            positional += KeywordArgument().IsMatch(argument) ? 0 : argument[0] == '*' ? 2 : 1;
        }
        return positional;
    }

    [GeneratedRegex(@"^\w+\s*=[^=]")]
    private static partial Regex KeywordArgument();
}
