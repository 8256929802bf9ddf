using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class GoFunctionTests
{
    private const string Code = """
        package store

        var limit = fmt.Sprintf("%d", 10)

        func first(db *sql.DB) {
        	tx, _ := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // opened here
        	tx.Query("A")
        }

        func (s *Store) second() {
        	s.db.Query("B")
        }

        type options struct {
        	query string // "C"
        }
        """;

    [Theory]
    [InlineData("\"A\"", "func first(db *sql.DB) {\n\ttx, _ := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) ")]
    [InlineData("\"B\"", "func (s *Store) second() {\n\ts.db.Query(")]
    [InlineData("\"%d\"", null)]
    [InlineData("query string", null)]
    public void Reads_the_function_a_place_is_in_from_its_func_line_and_no_other(string place, string? expectedStart)
    {
        using var masked = CodeMasker.Mask(Code, Language.Go);

        var text = GoFunction.TextBefore(masked, Code.IndexOf(place, StringComparison.Ordinal));

        if (expectedStart is null)
        {
            Assert.Null(text);
        }
        else
        {
            Assert.NotNull(text);
            Assert.StartsWith(expectedStart, text, StringComparison.Ordinal);
        }
    }
}
