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

    [GeneratedRegex(@"^\s*class\s+(?<name>[A-Za-z_]\w*)")]
    private static partial Regex ClassHeader();

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
            schemas++;
            // strawberry.Schema(query, mutation, …) and graphene.Schema(query, mutation, …): a second positional
            // argument is a mutation type, whatever it is called.
            if (PositionalArguments(code, schema.Index + schema.Length) > 1)
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
        var (header, _) = PythonClass.EnclosingHeaderLine(masked, line, ClassHeader());
        return header > 0 && GraphqlViewClass().IsMatch(masked.CodeLine(header));
    }

    /// <summary>How far a schema's arguments are read: a call left open (broken code) is not read to the file's end.</summary>
    private const int MaxArgumentsLength = 4_000;

    /// <summary>
    /// How many arguments of the call opened just before <paramref name="start"/> are not given by name; a call not closed
    /// within <see cref="MaxArgumentsLength"/> counts as two, since its arguments are not known.
    /// </summary>
    private static int PositionalArguments(string code, int start)
    {
        var positional = 0;
        var depth = 0;
        var argumentStart = start;
        for (var i = start; i < Math.Min(code.Length, start + MaxArgumentsLength); i++)
        {
            var c = code[i];
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if ((c is ')' or ']' or '}' && depth == 0) || (c == ',' && depth == 0))
            {
                var argument = code[argumentStart..i].Trim();
                // Arguments spread from a list or a dictionary may hold anything: counted as two.
                positional += argument.Length == 0 || KeywordArgument().IsMatch(argument) ? 0 : argument[0] == '*' ? 2 : 1;
                if (c != ',')
                {
                    return positional;
                }
                argumentStart = i + 1;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
        }
        return 2;
    }

    [GeneratedRegex(@"^\w+\s*=[^=]")]
    private static partial Regex KeywordArgument();
}
