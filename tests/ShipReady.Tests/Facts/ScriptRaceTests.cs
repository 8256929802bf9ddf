using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class ScriptRaceTests
{
    private static bool Raced(string source)
    {
        using var masked = CodeMasker.Mask(source, Language.TypeScript);
        var code = masked.Code;
        var index = code.IndexOf("fetch(", StringComparison.Ordinal);
        return ScriptRace.AgainstTimer(code, index, index + "fetch".Length);
    }

    [Theory]
    [InlineData("await Promise.race([fetch(url, { method: 'POST' }), new Promise((r) => setTimeout(r, 150))]);")]
    [InlineData("await Promise.race([\n  fetch(url).catch(() => null),\n  new Promise((resolve) => {\n    setTimeout(resolve, 150);\n  }),\n]);")]
    [InlineData("const res = await Promise.race([fetch(url), timeout(5000)]);")]
    [InlineData("const res = await Promise.race([rejectAfterTimeout(5000), fetch(url)]);")]
    [InlineData("const res = await Promise.race([fetch(url).then((r) => r.json()), delay(2000).then(() => null)]);")]
    [InlineData("const timeoutPromise = new Promise((_, reject) => setTimeout(() => reject(new Error('slow')), 5000));\nawait Promise.race([fetch(url), timeoutPromise]);")]
    public void A_call_raced_against_a_timer_is_bounded(string source)
    {
        Assert.True(Raced(source));
    }

    [Theory]
    // Two requests raced: if both hang, so does the caller.
    [InlineData("await Promise.race([fetch(primary), fetch(mirror)]);")]
    // A timer inside the call itself is its own business, not the race's.
    [InlineData("await Promise.race([fetch(a, { headers: timeoutHeaders() }), fetch(b)]);")]
    // Promise.all waits for every entry, the request included.
    [InlineData("await Promise.all([fetch(url), delay(2000)]);")]
    [InlineData("setTimeout(() => log('slow'), 5000);\nconst res = await fetch(url);")]
    [InlineData("const res = await withRetry(() => fetch(url), { timeout: 5000 });")]
    public void A_call_not_raced_against_a_timer_is_not(string source)
    {
        Assert.False(Raced(source));
    }
}
