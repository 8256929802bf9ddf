using ShipReady.Facts.Manifests;

namespace ShipReady.Tests.Facts;

public sealed class ManifestReaderTests
{
    [Fact]
    public void Reads_package_json_sections_with_lines()
    {
        const string text = "{\n  \"dependencies\": {\n    \"express\": \"^4.19.0\"\n  },\n  \"devDependencies\": {\n    \"jest\": \"^29\"\n  }\n}";

        var result = new NpmManifestReader().Read("package.json", text);

        Assert.Collection(result.Dependencies,
            d => Assert.Equal(("npm:express", 3, false), (d.Key, d.Location.Line, d.Development)),
            d => Assert.Equal(("npm:jest", 6, true), (d.Key, d.Location.Line, d.Development)));
    }

    [Theory]
    [InlineData("{\n  \"name\": \"@acme/lib\",\n  \"dependencies\": {}\n}", "@acme/lib")]
    [InlineData("{\n  \"name\": \"\",\n  \"private\": true\n}", null)]
    [InlineData("{\n  \"private\": true\n}", null)]
    public void Reads_the_name_a_package_json_gives_its_package(string text, string? name) =>
        Assert.Equal(name, new NpmManifestReader().Read("packages/lib/package.json", text).PackageName);

    [Fact]
    public void Malformed_package_json_gives_a_note_naming_the_line()
    {
        var result = new NpmManifestReader().Read("web/package.json", "{\n  \"dependencies\": {\n    \"express\": \n}");

        Assert.Empty(result.Dependencies);
        Assert.Equal("malformed-manifest", result.Note!.Kind);
        Assert.Contains("line 4", result.Note.Message);
    }

    [Fact]
    public void Reads_requirements_with_extras_markers_and_options()
    {
        const string text = "-r base.txt\n# web\nFlask[async]==3.0.2 ; python_version > '3.8'\nsentry-sdk>=1.40\n-e git+https://x/y.git#egg=z\n";

        var result = new RequirementsReader().Read("requirements.txt", text);

        Assert.Equal(["Flask", "sentry-sdk"], result.Dependencies.Select(d => d.Name));
        Assert.Equal(3, result.Dependencies[0].Location.Line);
    }

    [Theory]
    [InlineData("device-api/requirements.txt", false)]
    [InlineData("requirements-dev.txt", true)]
    [InlineData("requirements/test.txt", true)]
    [InlineData("latest/requirements.txt", false)]
    public void Development_requirements_are_told_by_file_name_not_folder(string path, bool development)
    {
        var dependency = Assert.Single(new RequirementsReader().Read(path, "flask\n").Dependencies);

        Assert.Equal(development, dependency.Development);
    }

    [Fact]
    public void Reads_pyproject_pep621_and_poetry_and_pipfile()
    {
        const string pyproject = "[project]\nname = \"x\"\ndependencies = [\"fastapi>=0.110\", \"httpx\"]\n[tool.poetry.dependencies]\npython = \"^3.11\"\nstripe = \"^8\"\n";
        const string pipfile = "[packages]\ndjango = \"*\"\n[dev-packages]\npytest = \"*\"\n";

        var project = new TomlManifestReader().Read("pyproject.toml", pyproject);
        var pipenv = new TomlManifestReader().Read("Pipfile", pipfile);

        Assert.Equal(["fastapi", "httpx", "stripe"], project.Dependencies.Select(d => d.Name));
        Assert.Equal([("django", false), ("pytest", true)], pipenv.Dependencies.Select(d => (d.Name, d.Development)));
        Assert.NotNull(new TomlManifestReader().Read("pyproject.toml", "[project\n").Note);
    }

    [Fact]
    public void Pyproject_optional_groups_and_poetry_groups_are_development_dependencies()
    {
        const string text = """
            [project]
            name = "x"
            dependencies = ["fastapi>=0.110"]

            [project.optional-dependencies]
            docs = ["mkdocs"]

            [dependency-groups]
            test = ["pytest>=8", "coverage[toml]"]

            [tool.poetry.dev-dependencies]
            black = "^24"

            [tool.poetry.group.lint.dependencies]
            ruff = { version = "^0.4" }
            """;

        var result = new TomlManifestReader().Read("pyproject.toml", text);

        Assert.Equal(
            [("fastapi", false, 3), ("mkdocs", true, 6), ("pytest", true, 9), ("coverage", true, 9), ("black", true, 12), ("ruff", true, 15)],
            result.Dependencies.Select(d => (d.Name, d.Development, d.Location.Line)));
        Assert.Equal([">=0.110", ">=8", "^24"], result.Dependencies.Select(d => d.Version).OfType<string>());
    }

    [Fact]
    public void Reads_csproj_packages_and_the_web_sdk()
    {
        const string text = "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <PackageReference Include=\"Sentry.AspNetCore\" Version=\"4.0.0\" />\n  </ItemGroup>\n</Project>";

        var result = new DotnetProjectReader().Read("Api/Api.csproj", text);

        var dependency = Assert.Single(result.Dependencies);
        Assert.Equal(("nuget:Sentry.AspNetCore", 3), (dependency.Key, dependency.Location.Line));
        Assert.Equal(["aspnetcore"], result.Frameworks);
        Assert.NotNull(new DotnetProjectReader().Read("a.csproj", "<Project>").Note);
    }
}
