using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class LiteralSetTests
{
    [Fact]
    public void Finds_the_first_occurrence_of_each_literal_as_IndexOf_does()
    {
        // Overlapping literals, a shared prefix, one at the very end, one absent, one of two characters
        // (shorter than the hashed prefix), and characters outside ASCII before and inside a literal.
        string[] literals = [".query", ".que", "query(", "é.log", "ab", "fetch(", "absent", "end"];
        const string text = "x = db.query(q); ré.log(1); db.query(r); ab; fetch(url) — end";

        var set = new LiteralSet(literals);
        var found = new int[set.Count];

        Assert.True(set.FindFirst(text, found));
        foreach (var literal in literals)
        {
            var expected = text.IndexOf(literal, StringComparison.Ordinal);
            Assert.Equal(expected, found[set.IdOf(literal)]);
        }
    }

    [Fact]
    public void Finds_nothing_in_text_without_a_literal_or_shorter_than_one()
    {
        var set = new LiteralSet(["fetch(", "ab"]);
        var found = new int[set.Count];

        Assert.False(set.FindFirst("const a = 1;\n", found));
        Assert.All(found, at => Assert.Equal(-1, at));
        Assert.False(set.FindFirst("a", found));
        Assert.True(set.FindFirst("ab", found));
        Assert.Equal(0, found[set.IdOf("ab")]);
        Assert.Equal(-1, found[set.IdOf("fetch(")]);
    }

    [Fact]
    public void Agrees_with_IndexOf_on_random_text_of_few_characters()
    {
        // A four-letter alphabet makes every literal occur often and close together, and hashes collide.
        var random = new Random(7);
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => "abc."[random.Next(4)])]);
        var literals = Enumerable.Range(0, 40).Select(i => Word(1 + (i % 6))).ToArray();
        var set = new LiteralSet(literals);
        // One span for every round: slots found in the text before must not leak into the next.
        var found = new int[set.Count];
        for (var round = 0; round < 200; round++)
        {
            var text = Word(random.Next(0, 300));

            var any = set.FindFirst(text, found);

            foreach (var literal in literals)
            {
                var expected = text.IndexOf(literal, StringComparison.Ordinal);
                Assert.Equal(expected, found[set.IdOf(literal)]);
            }
            Assert.Equal(literals.Any(l => text.Contains(l, StringComparison.Ordinal)), any);
        }
    }
}
