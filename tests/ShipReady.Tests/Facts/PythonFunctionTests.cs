using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class PythonFunctionTests
{
    private static readonly string[] Session = ["request.user", "login_required"];

    private const string Views = """
        @csrf_exempt
        def ping(request, code):
            # request.user is not read here
            return HttpResponse(code)


        @csrf_exempt
        @ratelimit(
            key="ip",
        )
        def update(request):
            save(request)


        def save(request):
            request.user.save()


        class Api:
            @csrf_exempt
            def post(self, request):
                return self.run(request)

            @login_required
            def run(self, request):
                return 1


        @csrf_exempt
        class Hook:
            pass
        urlpatterns = [path("x", csrf_exempt(view))]
        """;

    [Theory]
    [InlineData(1, false)]
    [InlineData(7, true)]
    [InlineData(20, true)]
    [InlineData(29, null)]
    [InlineData(32, null)]
    [InlineData(2, null)]
    public void Reads_the_decorated_function_and_the_functions_of_its_file_it_calls(int line, bool? expected)
    {
        using var masked = CodeMasker.Mask(Views, Language.Python);

        Assert.Equal(expected, PythonFunction.DecoratedHolds(masked, line, Session));
    }

    private const string Formatted =
        "@login_required\n"
        + "@csrf_exempt\n"
        + "def signed_in(request):\n"
        + "    return 1\n"
        + "\n"
        + "\n"
        + "@csrf_exempt\n"
        + "@ratelimit(\n"
        + "    key=\"ip\",\n"
        + ")\n"
        + "def update_email(\n"
        + "    request: HttpRequest,\n"
        + ") -> JsonResponse:\n"
        + "    \"\"\"\n"
        + "Docstring text at the margin.\n"
        + "\"\"\"\n"
        + "    request.user.save()\n"
        + "\n"
        + "\n"
        + "@login_required\n"
        + "@require_http_methods([\n"
        + "    \"POST\",\n"
        + "])\n"
        + "@csrf_exempt\n"
        + "def purge(request):\n"
        + "    return 1\n"
        + "\n"
        + "\n"
        + "@csrf_exempt\n"
        + "def wipe(request):\n"
        + "    cursor.execute(\"\"\"\n"
        + "DELETE FROM orders\n"
        + "\"\"\", [1])\n"
        + "    request.user.delete()\n";

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(24)]
    [InlineData(29)]
    public void Reads_decorators_above_the_hit_a_signature_over_several_lines_and_past_a_docstring(int line)
    {
        using var masked = CodeMasker.Mask(Formatted, Language.Python);

        Assert.True(PythonFunction.DecoratedHolds(masked, line, Session));
    }

    [Fact]
    public void A_decorator_whose_arguments_close_with_a_bracket_pair_still_leads_to_its_function()
    {
        using var masked = CodeMasker.Mask("@csrf_exempt\n@require_http_methods([\n    \"POST\",\n])\ndef ping(request):\n    return 1\n", Language.Python);

        Assert.False(PythonFunction.DecoratedHolds(masked, 1, Session));
    }

    [Fact]
    public void A_function_calling_itself_is_read_once()
    {
        using var masked = CodeMasker.Mask("@csrf_exempt\ndef walk(request, n):\n    return walk(request, n - 1)\n", Language.Python);

        Assert.False(PythonFunction.DecoratedHolds(masked, 1, Session));
    }

    [Fact]
    public void A_long_line_of_one_word_is_read_in_one_pass()
    {
        var code = "@csrf_exempt\ndef view(request):\n    x = " + new string('a', 200_000) + " " + new string(' ', 100_000) + "\n";
        using var masked = CodeMasker.Mask(code, Language.Python);

        Assert.False(PythonFunction.DecoratedHolds(masked, 1, Session));
    }

    private const string Commands = """
        @manager.command(
            name="drop_tables",
        )
        def drop_tables():
            db.drop_all()


        @app.on_event("startup")
        def drop_and_create():
            db.drop_all()


        class Tasks:
            @app.cli.command("reset")
            def reset(self):
                if True:
                    db.drop_all()
        db.drop_all()
        """;

    [Theory]
    [InlineData(5, true)]
    [InlineData(10, false)]
    [InlineData(17, true)]
    [InlineData(18, false)]
    public void Reads_the_decorators_of_the_function_around_a_line(int line, bool expected)
    {
        using var masked = CodeMasker.Mask(Commands, Language.Python);

        Assert.Equal(expected, PythonFunction.EnclosingDecoratedWith(masked, line, [".command"]));
    }
}
