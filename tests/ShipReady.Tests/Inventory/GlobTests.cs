using ShipReady.Inventory;

namespace ShipReady.Tests.Inventory;

/// <summary>Globs matched by shape give exactly the regex's answer, and the common shapes need no regex.</summary>
public sealed class GlobTests
{
    private static readonly string[] Globs =
    [
        "**/migrations/**", "**/Migrations/*.cs", "**/alembic.ini", "prisma/migrations/**", "**/prisma/migrations/**",
        "**/knexfile.*", "**/*.test.*", "**/*.spec.*", "**/test/**", "**/__tests__/**", "**/test_*.py", "**/*_test.py",
        "**/*Tests/**", "**/*.g.cs", "Dockerfile", "*.tf", "docker-compose*.yml", ".github/workflows/*", "legacy/**",
        "src/app.js", "**/a*b*c", "a*a", "*", "**/*", "**/x/**/y/**", "[ab]*.js", "src/**/*.ts", "?.md", "**/.env",
        "**/*.Tests/**/*.cs", "**/app/**/error.ts", "**/app/api/health/route.*", "**/db/*schema.rb", ".github/workflows/*.yml",
        "/test/**/*.js", "**/tests/**/test*.py", "/**", "a/**", "x/**/y", "**/a**b/c", "src/*/**/*.ts",
    ];

    private static readonly string[] Paths =
    [
        "migrations/0001.sql", "db/migrations/0001.sql", "mymigrations/x", "src/Migrations/Init.cs", "src/Migrations/sub/Init.cs",
        "alembic.ini", "deep/alembic.ini", "prisma/migrations/1/migration.sql", "app/prisma/migrations/x.sql", "knexfile.js",
        "a/knexfile.ts", "src/app.test.js", "app.test", "test/x.js", "tests/x.js", "a/__tests__/b.js", "pkg/test_app.py",
        "app_test.py", "Api.Tests/UnitTest1.cs", "Model.g.cs", "Dockerfile", "sub/Dockerfile", "Dockerfile.dev", "main.tf",
        "infra/main.tf", "docker-compose.prod.yml", ".github/workflows/ci.yml", ".github/workflows/sub/ci.yml", "legacy/old.js",
        "src/legacy/old.js", "src/app.js", "x/src/app.js", "abc", "x/aXbYc", "ac", "aa", "a", "README.md", "a.md", "x/y/z.md",
        "x/q/y/z", "b.js", "src/deep/a.ts", ".env", "cfg/.env", "", "Api.Tests/sub/A.cs", "Api.Tests/A.txt", "web/app/error.ts",
        "web/app/a/b/error.ts", "app/error.ts", "app/api/health/route.ts", "x/app/api/health/route.js", "db/schema.rb",
        "db/queue_schema.rb", "x/db/sub/schema.rb", "test/a.js", "test/deep/a.js", "x/test/a.js", "pkg/tests/a/test_x.py",
        "a/", "a", "x/y", "x/q/y", "x/q/r/y", "x/y/z", "src/a/b.ts", "src/b.ts", "src/a/b/c.ts", "a//b", "/x",
    ];

    [Fact]
    public void Every_shape_agrees_with_the_regex_on_every_path()
    {
        foreach (var pattern in Globs)
        {
            foreach (var caseInsensitive in new[] { false, true })
            {
                var glob = Glob.Parse(pattern, caseInsensitive);
                foreach (var path in Paths.Concat(Paths.Select(p => p.ToUpperInvariant())))
                {
                    Assert.True(glob.IsMatch(path) == glob.IsMatchByRegex(path), $"'{pattern}' (ignore case: {caseInsensitive}) on '{path}'");
                }
            }
        }
    }

    [Theory]
    [InlineData("**/app/api/health/route.*", "health")]
    [InlineData("**/package.json", "package.json")]
    [InlineData("/test/**/*.ts", "test")]
    [InlineData("**/a**b/c", "a")]
    [InlineData("?.md", ".md")]
    [InlineData("**", null)]
    [InlineData("[ab]*.js", null)]
    public void A_path_without_the_globs_longest_plain_text_is_turned_away_first(string pattern, string? required) =>
        Assert.Equal(required, Glob.RequiredText(pattern.TrimStart('/')));

    [Theory]
    [InlineData("**/migrations/**", true)]
    [InlineData("**/*.test.*", true)]
    [InlineData("Dockerfile", true)]
    [InlineData("legacy/**", true)]
    [InlineData("src/app.js", true)]
    [InlineData("**/Migrations/*.cs", true)]
    [InlineData(".github/workflows/*.yml", true)]
    [InlineData("**/x/**/y/**", true)]
    [InlineData("[ab]*.js", false)]
    [InlineData("src/?.ts", false)]
    [InlineData("**/a**b/c", false)]
    public void Common_shapes_need_no_regex(string pattern, bool shaped) => Assert.Equal(shaped, Glob.Parse(pattern).HasShape);
}
