using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class GoStructLiteralTests
{
    private const string Code = """
        func set(w http.ResponseWriter) {
        	http.SetCookie(w, &http.Cookie{HttpOnly: false, Expires: time.Now().Add(time.Hour), Name: "s{id}"})
        	opts := sessions.Options{Secure: false}
        	if Secure(false) { log.Print("x") }
        	f(Secure: false)
        }
        type Options struct { Secure: false }
        """;

    [Theory]
    [InlineData("HttpOnly: false", """http.Cookie{HttpOnly: false, Expires: time.Now().Add(time.Hour), Name: "s{id}"}""")]
    [InlineData("Secure: false}", "sessions.Options{Secure: false}")]
    [InlineData("log.Print", null)]
    [InlineData("Secure: false)", null)]
    [InlineData("Secure: false }", null)]
    public void Finds_the_whole_literal_a_field_is_set_in_and_no_body_or_call(string place, string? literal)
    {
        using var masked = CodeMasker.Mask(Code, Language.Go);

        var found = GoStructLiteral.Around(masked.Code, Code.IndexOf(place, StringComparison.Ordinal));

        Assert.Equal(literal, found is var (start, end) ? Code[start..end] : null);
    }
}
