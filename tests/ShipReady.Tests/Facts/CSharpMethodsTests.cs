using System.Text.RegularExpressions;
using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class CSharpMethodsTests
{
    private const string Code = """
        var app = builder.Build();
        if (app.Environment.IsDevelopment())
        {
            await app.InitialiseDatabaseAsync();
        }
        TopLevel();

        public static class Extensions
        {
            public static async Task InitialiseDatabaseAsync(this WebApplication app)
            {
                using (var scope = app.Services.CreateScope())
                {
                    await Seed<int>(scope);
                }
                app.MapGet("/", () => { return Results.Ok(nameof(InitialiseDatabaseAsync)); });
                var options = new Options() { Name = "x" };
            }

            private static Task Seed<T>(IServiceScope scope) where T : struct => Task.CompletedTask;

            public static int Count { get { return Counted(); } }

            public Extensions(int size) : base(size)
            {
                Constructed();
            }
        }
        """;

    [Theory]
    [InlineData("await app.Init", null)]
    [InlineData("TopLevel(", null)]
    [InlineData("await Seed", "InitialiseDatabaseAsync")]
    [InlineData("return Results", "InitialiseDatabaseAsync")]
    [InlineData("Name = ", "InitialiseDatabaseAsync")]
    [InlineData("return Counted", null)]
    [InlineData("Constructed(", null)]
    public void Finds_the_method_whose_body_holds_a_place(string place, string? method)
    {
        using var masked = CodeMasker.Mask(Code, Language.CSharp);

        Assert.Equal(method, CSharpMethods.Enclosing(masked.Code, Code.IndexOf(place, StringComparison.Ordinal)));
    }

    [Fact]
    public void Finds_the_calls_of_a_method_and_not_its_declaration_or_its_name_alone()
    {
        using var masked = CodeMasker.Mask(Code, Language.CSharp);

        var sites = CSharpMethods.CallSites(masked.Code, "InitialiseDatabaseAsync");

        Assert.Equal([Code.IndexOf("InitialiseDatabaseAsync();", StringComparison.Ordinal)], sites);
    }

    [Fact]
    public void Finds_a_generic_call_but_not_a_longer_name()
    {
        using var masked = CodeMasker.Mask(Code, Language.CSharp);

        Assert.Equal([Code.IndexOf("Seed<int>", StringComparison.Ordinal)], CSharpMethods.CallSites(masked.Code, "Seed"));
        Assert.Empty(CSharpMethods.CallSites(masked.Code, "Initialise"));
    }
}

public sealed class CSharpEntryPointsTests
{
    private const string Code = """
        [ApiController]
        public class OrdersController : ControllerBase
        {
            public IActionResult Reset() { return Ok(); }
        }

        public class Repository<T> : BaseRepository, IRepository<T>
        {
            public Repository(Db db) { }

            public virtual async Task RefreshDb() { await Refresh(); }

            [Function("nightly")]
            public async Task Rebuild() { await Build(); }

            protected override void Seed() { }

            public Task InvokeAsync(HttpContext context) { return next(context); }
        }

        public class Worker : IHostedService
        {
            public Task Prepare() { return Task.CompletedTask; }
        }

        public sealed class DatabaseCheck(Db db) : IHealthCheck
        {
            public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct) { return await db.Ping(); }
        }

        public class DesignTimeFactory : IDesignTimeDbContextFactory<Db>
        {
            public Db CreateDbContext(string[] args) { return new Db(args); }
        }
        """;

    [Theory]
    [InlineData("return Ok", true)]
    [InlineData("public Repository(Db db) { }", true)]
    [InlineData("await Refresh", false)]
    [InlineData("await Build", true)]
    [InlineData("void Seed() { }", true)]
    [InlineData("return next", true)]
    [InlineData("return Task.CompletedTask", true)]
    [InlineData("return await db.Ping", true)]
    [InlineData("return new Db", true)]
    public void Tells_the_methods_the_framework_may_call_itself(string place, bool calledByFramework)
    {
        using var masked = CodeMasker.Mask(Code, Language.CSharp);
        var index = Code.IndexOf(place, StringComparison.Ordinal) + place.IndexOf('{') + 1;

        var method = CSharpMethods.Declaring(masked.Code, index);

        Assert.NotNull(method);
        Assert.Equal(calledByFramework, CSharpEntryPoints.MayBeCalledByFramework(masked.Code, method));
    }

    [Fact]
    public void Names_a_method_handed_over_without_a_call_and_not_its_calls_or_declaration()
    {
        const string code = """
            app.MapPost("/reset", Jobs.Reset);
            await Jobs.Reset(db);
            public static class Jobs { public static Task Reset(Db db) { return Task.CompletedTask; } }
            """;
        using var masked = CodeMasker.Mask(code, Language.CSharp);

        Assert.Equal([code.IndexOf("Reset)", StringComparison.Ordinal)], CSharpMethods.Mentions(masked.Code, "Reset"));
    }
}

public sealed class CallerChainTests
{
    private static readonly Regex Development = new(@"^if \((\w+\.)*IsDevelopment\(\)");

    private static CallerChain? ChainTo(string code, string place)
    {
        using var masked = CodeMasker.Mask(code, Language.CSharp);
        return CallerChain.Of(masked, code.IndexOf(place, StringComparison.Ordinal),
            site => GuardingConditions.Holds(Development, masked, Language.CSharp, site));
    }

    [Fact]
    public void Follows_unguarded_calls_in_the_file_back_to_the_methods_nothing_in_it_calls()
    {
        var chain = ChainTo("""
            class Initialiser
            {
                public async Task Start() { await Reset(); }
                private async Task Reset() { await db.Database.EnsureDeletedAsync(); }
                public async Task Other() { await Reset(); }
            }
            """, "db.Database");

        Assert.NotNull(chain);
        Assert.Equal(["Reset", "Other", "Start"], chain.Methods.ToArray());
        Assert.Equal(["Other", "Start"], chain.Roots.ToArray());
    }

    [Fact]
    public void Stops_at_a_call_the_guard_covers()
    {
        var chain = ChainTo("""
            class Initialiser
            {
                public void Start(IHostEnvironment env) { if (env.IsDevelopment()) { Reset(); } }
                private void Reset() { db.Database.EnsureDeleted(); }
            }
            """, "db.Database");

        Assert.NotNull(chain);
        Assert.Equal(["Reset"], chain.Methods.ToArray());
        Assert.Empty(chain.Roots.ToArray());
    }

    [Fact]
    public void Has_no_chain_when_top_level_statements_call_the_way_in_unguarded()
    {
        Assert.Null(ChainTo("""
            Reset();
            static void Reset() { db.Database.EnsureDeleted(); }
            """, "db.Database"));
    }
}
