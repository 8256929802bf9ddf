using System.Buffers;
using System.Text;
using ShipReady.Facts.Code;
using ShipReady.Facts.Secrets;

namespace ShipReady.Benchmarks.Corpus;

/// <summary>The mixed source corpus turned into each <see cref="SecretInput"/>.</summary>
internal static class SecretCorpus
{
    private const int LinesPerKey = 100;
    private const string UpperAndDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string LettersAndDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly SearchValues<string> Literals = SearchValues.Create([.. SecretRules.Prefilter], StringComparison.Ordinal);

    public static IReadOnlyList<CorpusFile> Files(SecretInput input)
    {
        var files = SourceCorpus.Mixed();
        return input switch
        {
            SecretInput.Clean => [.. files.Select(f => f with { Text = WithoutCandidates(f.Text) })],
            SecretInput.Candidates => files,
            SecretInput.Secrets => WithKeys(files),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
        };
    }

    private static string WithoutCandidates(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IndexOfAny(Literals) < 0)
            {
                kept.Append(line).Append('\n');
            }
        }
        return kept.ToString();
    }

    private static CorpusFile[] WithKeys(IReadOnlyList<CorpusFile> files)
    {
        var random = new Random(7);
        return [.. files.Select(file =>
        {
            var text = new StringBuilder(file.Text.Length + 1024);
            var count = 0;
            foreach (var line in file.Text.AsSpan().EnumerateLines())
            {
                text.Append(line).Append('\n');
                if (++count % LinesPerKey == 0)
                {
                    text.Append(KeyLine(file.Language, Key(random))).Append('\n');
                }
            }
            return file with { Text = text.ToString() };
        })];
    }

    private static string KeyLine(Language language, string key) => language switch
    {
        Language.Python => $"API_KEY = \"{key}\"",
        Language.CSharp => $"private const string ApiKey = \"{key}\";",
        _ => $"const apiKey = '{key}';",
    };

    /// <summary>Keys are put together from pieces so that this file holds none whole: the repository audits itself.</summary>
    private static string Key(Random random) => random.Next(4) switch
    {
        0 => "AK" + "IA" + Chars(random, UpperAndDigits, 16),
        1 => "sk_" + "live_" + Chars(random, LettersAndDigits, 28),
        2 => "gh" + "p_" + Chars(random, LettersAndDigits, 36),
        _ => "postgres" + "://app:" + Chars(random, LettersAndDigits, 14) + "@db.internal:5432/app",
    };

    private static string Chars(Random random, string alphabet, int length) =>
        string.Create(length, (random, alphabet), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
            }
        });
}
