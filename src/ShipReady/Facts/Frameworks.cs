namespace ShipReady.Facts;

/// <summary>Web frameworks recognised from dependencies; a repository with one is a web application.</summary>
public static class Frameworks
{
    private static readonly Dictionary<string, string> ByDependency = new(StringComparer.OrdinalIgnoreCase)
    {
        ["npm:express"] = "express",
        ["npm:fastify"] = "fastify",
        ["npm:koa"] = "koa",
        ["npm:@nestjs/core"] = "nestjs",
        ["npm:next"] = "nextjs",
        ["npm:@hapi/hapi"] = "hapi",
        ["npm:hono"] = "hono",
        ["npm:@remix-run/node"] = "remix",
        ["npm:@remix-run/server-runtime"] = "remix",
        ["npm:@react-router/node"] = "react-router",
        ["npm:@sveltejs/kit"] = "sveltekit",
        ["npm:nuxt"] = "nuxt",
        ["pypi:flask"] = "flask",
        ["pypi:django"] = "django",
        ["pypi:fastapi"] = "fastapi",
        ["pypi:starlette"] = "starlette",
        ["pypi:tornado"] = "tornado",
        ["pypi:aiohttp"] = "aiohttp",
        ["pypi:sanic"] = "sanic",
        ["pypi:bottle"] = "bottle",
        ["pypi:pyramid"] = "pyramid",
        ["gem:rails"] = "rails",
        ["gem:sinatra"] = "sinatra",
        // Go modules are looked up without their major version suffix (echo/v4 and echo/v5 are echo).
        ["go:github.com/gin-gonic/gin"] = "gin",
        ["go:github.com/labstack/echo"] = "echo",
        ["go:github.com/gofiber/fiber"] = "fiber",
        ["go:github.com/go-chi/chi"] = "chi",
        ["go:github.com/gorilla/mux"] = "gorilla-mux",
        ["go:github.com/julienschmidt/httprouter"] = "httprouter",
        ["go:github.com/go-pkgz/routegroup"] = GoHttpServer.Framework,
        ["go:connectrpc.com/connect"] = "connect",
        ["go:github.com/grpc-ecosystem/grpc-gateway"] = "grpc-gateway",
        ["go:github.com/beego/beego"] = "beego",
        ["go:github.com/kataras/iris"] = "iris",
        ["go:github.com/gobuffalo/buffalo"] = "buffalo",
        ["composer:laravel/framework"] = "laravel",
        ["composer:laravel/lumen-framework"] = "laravel",
        ["maven:org.springframework.boot:spring-boot-starter-web"] = "spring-boot",
        // Spring Boot 4 names the servlet stack's starter for Spring MVC.
        ["maven:org.springframework.boot:spring-boot-starter-webmvc"] = "spring-boot",
        ["maven:org.springframework.boot:spring-boot-starter-webflux"] = "spring-boot",
        ["maven:org.springframework.boot:spring-boot-starter-jersey"] = "spring-boot",
    };

    public static string? FromDependency(Dependency dependency) =>
        !dependency.IsProduct ? null : ByDependency.GetValueOrDefault(WithoutMajorVersion(DependencyGlob.Normalise(dependency.Key)));

    /// <summary>go:github.com/labstack/echo/v5 → go:github.com/labstack/echo; other keys as they are.</summary>
    private static string WithoutMajorVersion(string key)
    {
        if (!key.StartsWith("go:", StringComparison.Ordinal))
        {
            return key;
        }
        var slash = key.LastIndexOf('/');
        var suffix = key.AsSpan(slash + 1);
        return slash > 0 && suffix.Length > 1 && suffix[0] == 'v' && int.TryParse(suffix[1..], out _) ? key[..slash] : key;
    }

    /// <summary>Each framework's stack, from the ecosystem of the dependency that names it, so the two lists cannot drift.</summary>
    private static readonly Dictionary<string, string> Stacks = ByDependency
        .GroupBy(kv => kv.Value, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => StackOfEcosystem(g.First().Key[..g.First().Key.IndexOf(':')]), StringComparer.Ordinal);

    /// <summary>The stack whose packages an ecosystem holds: <c>composer</c> is PHP's, <c>maven</c> Java's and Kotlin's.</summary>
    public static string StackOfEcosystem(string ecosystem) => ecosystem switch
    {
        "pypi" => "python",
        "gem" => "ruby",
        "go" => "go",
        "composer" => "php",
        "maven" => "java",
        "nuget" => "dotnet",
        _ => "node",
    };

    /// <summary>The stack key of fix guidance for a framework or language.</summary>
    public static string StackOf(string framework) =>
        // ASP.NET Core is seen in the project's SDK, not in a dependency.
        framework == "aspnetcore" ? "dotnet" : Stacks.GetValueOrDefault(framework, "node");
}
