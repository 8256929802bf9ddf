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
    };

    public static string? FromDependency(Dependency dependency) =>
        dependency.Development ? null : ByDependency.GetValueOrDefault(DependencyGlob.Normalise(dependency.Key));

    /// <summary>The stack key of fix guidance for a framework or language.</summary>
    public static string StackOf(string framework) => framework switch
    {
        "flask" or "django" or "fastapi" or "starlette" or "tornado" or "aiohttp" or "sanic" or "bottle" or "pyramid" => "python",
        "aspnetcore" => "dotnet",
        _ => "node",
    };
}
