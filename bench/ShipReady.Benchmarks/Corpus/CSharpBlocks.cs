namespace ShipReady.Benchmarks.Corpus;

/// <summary>Pieces of an ASP.NET Core prototype: verbatim, interpolated and raw strings, char literals, XML doc comments.</summary>
internal static class CSharpBlocks
{
    public const string Header = """
        using System.Net.Http.Json;
        using System.Text.Json;
        using Microsoft.Extensions.Logging;

        namespace Prototype.Features;
        """;

    public static readonly string[] Bodies =
    [
        """
        /// <summary>Loads %name% items for a user from the upstream API.</summary>
        public sealed class %Name%Client(HttpClient http, ILogger<%Name%Client> logger)
        {
            public async Task<IReadOnlyList<%Name%Item>> LoadAsync(int userId, CancellationToken cancellationToken = default)
            {
                var url = $"api/%name%/{userId}?limit={%n%}";
                // The upstream pages at 100 items; asking for more returns the first page.
                var items = await http.GetFromJsonAsync<List<%Name%Item>>(url, cancellationToken);
                logger.LogInformation("Loaded {Count} %name% for {User}", items?.Count ?? 0, userId);
                return items ?? [];
            }
        }

        public sealed record %Name%Item(int Id, string Title, string[] Tags);
        """,
        """
        public static class %Name%Endpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapPost("/%name%/{id:int}", async (int id, %Name%Update update, AppDb db) =>
                {
                    var row = await db.%Name%s.FindAsync(id);
                    if (row is null)
                    {
                        return Results.NotFound(new { error = "not found" });
                    }
                    row.Title = update.Title.Trim();
                    await db.SaveChangesAsync();
                    return Results.Ok(row);
                });
            }
        }
        """,
        """"
        internal static class %Name%Queries
        {
            public const string Select = @"SELECT id, title
        FROM %name%
        WHERE owner = @owner AND note <> ""none"" AND title <> '';";

            public const string Prompt = """
                You summarise %name% notes in at most %n% words.
                Quote "titles" as written.
                """;
        }
        """",
        """
        public sealed class %Name%Settings
        {
            public int Retries { get; set; } = %n%;

            public static async Task<%Name%Settings> ReadAsync(string root)
            {
                try
                {
                    await using var stream = File.OpenRead(Path.Combine(root, "%name%.json"));
                    return await JsonSerializer.DeserializeAsync<%Name%Settings>(stream) ?? new();
                }
                catch (FileNotFoundException)
                {
                    // A fresh checkout has no settings file; defaults are fine for local runs.
                    return new %Name%Settings { Retries = %n% };
                }
            }
        }
        """,
        """
        internal static class %Name%Text
        {
            public static int CountQuotes(ReadOnlySpan<char> text)
            {
                var count = 0;
                foreach (var c in text)
                {
                    if (c is '\n' or '\'' or '"')
                    {
                        count++;
                    }
                }
                return count * %n% / 100; /* a rough share, good enough for the badge */
            }

            public static string Describe(%Name%Item item) => $@"{item.Title} in ""{item.Tags.Length}"" tags";
        }
        """,
    ];
}
