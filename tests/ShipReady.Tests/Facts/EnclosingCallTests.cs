using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class EnclosingCallTests
{
    private const string Code = """
        app.use(session({ secret: s, cookie: { secure: false } }));
        router.post('/x', (req, res) => { const opts = { httpOnly: false }; res.cookie('a', 1, opts); });
        const shared = [{ httpOnly: false }];
        if (ready) { res.cookie('lastSignedIn', v, { httpOnly: false }); }
        """;

    [Theory]
    [InlineData("secure: false", "session({ secret: s, cookie: { secure: false } })")]
    [InlineData("httpOnly: false }; res", null)]
    [InlineData("httpOnly: false }]", null)]
    [InlineData("httpOnly: false }); }", "res.cookie('lastSignedIn', v, { httpOnly: false })")]
    public void Finds_the_call_a_place_is_passed_to_and_not_the_one_around_its_function(string place, string? call)
    {
        using var masked = CodeMasker.Mask(Code, Language.JavaScript);

        var found = EnclosingCall.Around(masked.Code, Code.IndexOf(place, StringComparison.Ordinal));

        Assert.Equal(call, found is var (start, end) ? Code[start..end] : null);
    }
}
