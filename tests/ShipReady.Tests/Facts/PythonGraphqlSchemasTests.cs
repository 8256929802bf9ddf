using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class PythonGraphqlSchemasTests
{
    private static PythonGraphqlSchemas.Reading Read(string source)
    {
        using var masked = CodeMasker.Mask(source, Language.Python);
        return PythonGraphqlSchemas.Read(masked);
    }

    [Theory]
    [InlineData("schema = strawberry.Schema(query=Query)")]
    [InlineData("schema = strawberry.Schema(Query, config=StrawberryConfig(auto_camel_case=False))")]
    [InlineData("schema = graphene.Schema(query=Query, types=[Device, Site])")]
    [InlineData("schema = strawberry.federation.Schema(\n    query=Query,\n    enable_federation_2=True,\n)")]
    [InlineData("# a mutation would go here\nschema = strawberry.Schema(query=Query)")]
    [InlineData("schema = strawberry.Schema(query=Query)\n\"\"\"This schema has no mutations: the API only reads.\"\"\"")]
    public void A_schema_of_queries_only_declares_no_mutation(string source)
    {
        Assert.Equal(new PythonGraphqlSchemas.Reading(1, Mutations: false), Read(source));
    }

    [Theory]
    [InlineData("schema = strawberry.Schema(query=Query, mutation=Mutation)")]
    [InlineData("schema = graphene.Schema(query=Query, mutation=Changes)")]
    // The second positional argument is the mutation type, whatever it is called.
    [InlineData("schema = strawberry.Schema(Query, Changes)")]
    [InlineData("schema = graphene.Schema(Query, Changes, subscription=None)")]
    // Arguments spread from a list or a dictionary may hold one.
    [InlineData("schema = strawberry.Schema(*types)")]
    [InlineData("schema = strawberry.Schema(query=Query, **options)")]
    public void A_schema_given_a_mutation_type_may_change_data(string source)
    {
        Assert.Equal(new PythonGraphqlSchemas.Reading(1, Mutations: true), Read(source));
    }

    [Theory]
    [InlineData("@strawberry.mutation\ndef rename(self, name: str) -> bool:\n    return True")]
    [InlineData("class CreateDevice(graphene.Mutation):\n    ok = graphene.Boolean()")]
    // SDL, built by graphql-core or tartiflette: its types are not read.
    [InlineData("TYPES = \"\"\"\ntype Query { name: String }\n\"\"\"\nschema = build_schema(TYPES)")]
    [InlineData("from tartiflette import Resolver")]
    // A call left open is not read to the end of the file: its arguments are unknown.
    [InlineData("schema = strawberry.Schema(query=Query,\n")]
    // A schema another library builds from types not read here.
    [InlineData("from ariadne import make_executable_schema\nschema = make_executable_schema(type_defs, query)")]
    [InlineData("schema = GraphQLSchema(query=query_type)")]
    public void Any_other_sign_of_a_mutation_counts(string source)
    {
        Assert.True(Read(source).Mutations);
    }

    [Fact]
    public void Readings_of_several_files_add_up()
    {
        var all = Read("schema = strawberry.Schema(query=Query)") + Read("other = graphene.Schema(query=Q, mutation=M)");

        Assert.Equal(new PythonGraphqlSchemas.Reading(2, Mutations: true), all);
    }

    private const string Views = """
        from django.views.decorators.csrf import csrf_exempt
        from strawberry.django.views import GraphQLView


        class ApiGraphQLView(GraphQLView):
            @csrf_exempt
            def dispatch(self, request, *args, **kwargs):
                return super().dispatch(request, *args, **kwargs)


        class UploadView(View):
            @csrf_exempt
            def dispatch(self, request, *args, **kwargs):
                return super().dispatch(request, *args, **kwargs)


        explorer = csrf_exempt(GraphQLView.as_view(schema=schema))
        upload = csrf_exempt(upload_view)
        """;

    [Theory]
    [InlineData(6, true)]
    [InlineData(7, true)]
    [InlineData(12, false)]
    [InlineData(17, true)]
    [InlineData(18, false)]
    public void Finds_the_lines_that_serve_a_graphql_view(int line, bool expected)
    {
        using var masked = CodeMasker.Mask(Views, Language.Python);

        Assert.Equal(expected, PythonGraphqlSchemas.InGraphqlView(masked, line));
    }
}
