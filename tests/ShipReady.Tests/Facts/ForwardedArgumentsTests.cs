using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class ForwardedArgumentsTests
{
    private const string Code = """
        public class Adapter(RefundService refunds)
        {
            public Task<Refund> CreateRefundAsync(RefundCreateOptions options) => refunds.CreateAsync(options);

            public async Task<Refund> RefundAsync(string id, RefundCreateOptions options, RequestOptions? request = null)
            {
                return await refunds.CreateAsync(options, request);
            }

            public async Task<Refund> ChangedAsync(RefundCreateOptions options)
            {
                options.Amount = 10;
                return await refunds.CreateAsync(options);
            }

            public async Task<Refund[]> EachAsync(RefundCreateOptions options, string[] ids)
            {
                return await Task.WhenAll(ids.Select(options => refunds.CreateAsync(options)));
            }

            public async Task<Refund> OwnAsync(string id)
            {
                return await refunds.CreateAsync(new RefundCreateOptions { Charge = id });
            }

            public Task<Refund> Lambda => Run((options) => refunds.CreateAsync(options));
        }
        """;

    [Theory]
    [InlineData("refunds.CreateAsync(options);\n\n    public async Task<Refund> RefundAsync", "CreateRefundAsync", new[] { 0 })]
    [InlineData("refunds.CreateAsync(options, request)", "RefundAsync", new[] { 1, 2 })]
    public void A_call_that_passes_on_its_parameters_names_them(string call, string method, int[] positions)
    {
        using var masked = CodeMasker.Mask(Code, Language.CSharp);
        var index = Code.IndexOf(call, StringComparison.Ordinal);

        var forwarded = ForwardedArguments.Of(masked.Code, index, Code.IndexOf('(', index));

        Assert.Equal(new ForwardedArguments(method, [.. positions]), forwarded);
    }

    [Theory]
    [InlineData("refunds.CreateAsync(options);\n    }\n\n    public async Task<Refund[]>")]
    [InlineData("refunds.CreateAsync(options)));")]
    [InlineData("refunds.CreateAsync(new")]
    [InlineData("refunds.CreateAsync(options));\n}")]
    public void A_call_that_changes_shadows_or_builds_its_arguments_passes_nothing_on(string call)
    {
        using var masked = CodeMasker.Mask(Code, Language.CSharp);
        var index = Code.IndexOf(call, StringComparison.Ordinal);
        Assert.True(index >= 0, call);

        Assert.Null(ForwardedArguments.Of(masked.Code, index, Code.IndexOf('(', index)));
    }

    [Theory]
    [InlineData("x, new RefundCreateOptions { Charge = id }, r", "new RefundCreateOptions { Charge = id }, r")]
    [InlineData("id, opts, new RequestOptions { IdempotencyKey = k }", "opts, new RequestOptions { IdempotencyKey = k }")]
    [InlineData("id, opts", null)]
    [InlineData("options: o, id: x, request: r", null)]
    [InlineData("x, flag ? a : b, global::R.Default", "flag ? a : b, global::R.Default")]
    public void A_callers_arguments_are_read_at_the_forwarded_places(string arguments, string? passed)
    {
        var forwarded = new ForwardedArguments("RefundAsync", [1, 2]);

        Assert.Equal(passed, forwarded.PassedIn(arguments));
    }

    [Fact]
    public void Parameters_are_named_past_types_with_commas_attributes_and_defaults()
    {
        const string header = "public Task M([FromBody] Dictionary<string, int> map, this Order order, string? name = \"a,b\", params int[] rest) { }";
        using var masked = CodeMasker.Mask(header, Language.CSharp);

        var method = CSharpMethods.Declaring(masked.Code, header.Length - 2)!;

        Assert.Equal(["map", "order", "name", "rest"], CSharpMethods.Parameters(masked.Code, method));
    }

    [Fact]
    public void An_expression_bodied_method_is_found_and_a_lambda_or_property_is_not()
    {
        using var masked = CodeMasker.Mask(Code, Language.CSharp);

        Assert.Equal("CreateRefundAsync", CSharpMethods.ExpressionBodied(masked.Code, Code.IndexOf("refunds.CreateAsync(options);", StringComparison.Ordinal))?.Name);
        Assert.Null(CSharpMethods.ExpressionBodied(masked.Code, Code.IndexOf("refunds.CreateAsync(options)));", StringComparison.Ordinal)));
        Assert.Null(CSharpMethods.ExpressionBodied(masked.Code, Code.IndexOf("refunds.CreateAsync(options));\n}", StringComparison.Ordinal)));
    }
}
