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
        ["go:github.com/gin-gonic/gin"] = "gin",
        ["go:github.com/labstack/echo/v4"] = "echo",
        ["go:github.com/gofiber/fiber/v2"] = "fiber",
        ["composer:laravel/framework"] = "laravel",
        ["maven:org.springframework.boot:spring-boot-starter-web"] = "spring-boot",
        ["maven:org.springframework.boot:spring-boot-starter-webflux"] = "spring-boot",
    };

    public static string? FromDependency(Dependency dependency) =>
        !dependency.IsProduct ? null : ByDependency.GetValueOrDefault(DependencyGlob.Normalise(dependency.Key));

    /// <summary>The stack key of fix guidance for a framework or language.</summary>
    public static string StackOf(string framework) => framework switch
    {
        "flask" or "django" or "fastapi" or "starlette" or "tornado" or "aiohttp" or "sanic" or "bottle" or "pyramid" => "python",
        "aspnetcore" => "dotnet",
        "rails" or "sinatra" => "ruby",
        "gin" or "echo" or "fiber" => "go",
        "laravel" => "php",
        "spring-boot" => "java",
        _ => "node",
    };
}
