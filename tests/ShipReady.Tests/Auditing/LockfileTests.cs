using ShipReady.Auditing;
using ShipReady.Inventory;
using ShipReady.Model;

namespace ShipReady.Tests.Auditing;

/// <summary>DEP-LOCK pairs each manifest with its own package manager's lockfile: another manager's lock pins nothing of it.</summary>
public sealed class LockfileTests
{
    private const string Laravel = "{\"require\":{\"php\":\"^8.2\",\"laravel/framework\":\"^11.0\"}}";
    private const string Vite = "{\"devDependencies\":{\"vite\":\"^5.0.0\"}}";

    private static ControlResult Lock(MemoryFileSource source) =>
        new Auditor().Run(source).Results.Single(r => r.ControlId == "DEP-LOCK");

    [Fact]
    public void A_Laravel_app_whose_only_lockfile_is_its_front_ends_is_partly_locked_and_names_composer_json()
    {
        var result = Lock(new MemoryFileSource()
            .Add("composer.json", Laravel)
            .Add("package.json", Vite)
            .Add("package-lock.json", "{\"lockfileVersion\":3,\"packages\":{}}"));

        Assert.Equal(ResultStatus.Partial, result.Status);
        var evidence = Assert.Single(result.Evidence);
        Assert.Equal("composer.json", evidence.Location!.File);
        Assert.Equal("composer.json declares 1 package and no composer.lock pins them", evidence.Why);
        Assert.NotNull(evidence.Fingerprint);
    }

    [Fact]
    public void Every_manifest_with_its_own_lockfile_is_met()
    {
        var result = Lock(new MemoryFileSource()
            .Add("composer.json", Laravel)
            .Add("composer.lock", "{\"packages\":[]}")
            .Add("package.json", Vite)
            .Add("yarn.lock", "# yarn lockfile v1\n"));

        Assert.Equal(ResultStatus.Met, result.Status);
        Assert.Equal(["composer.lock", "yarn.lock"], result.Evidence.Select(e => e.Location!.File));
    }

    [Fact]
    public void A_workspace_package_is_pinned_by_the_root_lockfile_but_a_composer_project_is_not_pinned_by_one_above_it()
    {
        var result = Lock(new MemoryFileSource()
            .Add("package.json", "{\"workspaces\":[\"apps/*\"],\"devDependencies\":{\"turbo\":\"^2.0.0\"}}")
            .Add("pnpm-lock.yaml", "lockfileVersion: '9.0'\n")
            .Add("apps/web/package.json", "{\"dependencies\":{\"next\":\"^15.0.0\"}}")
            .Add("composer.lock", "{\"packages\":[]}")
            .Add("apps/api/composer.json", Laravel));

        Assert.Equal(ResultStatus.Partial, result.Status);
        Assert.Equal(["apps/api/composer.json"], result.Evidence.Select(e => e.Location!.File));
    }

    [Fact]
    public void A_Gemfile_without_its_lock_is_a_gap_and_a_pyproject_that_only_configures_tools_needs_none()
    {
        var result = Lock(new MemoryFileSource()
            .Add("Gemfile", "source 'https://rubygems.org'\ngem 'sinatra'\n")
            .Add("pyproject.toml", "[tool.black]\nline-length = 100\n")
            .Add("app.rb", "require 'sinatra'\nget('/') { 'hi' }\n"));

        Assert.Equal(ResultStatus.Gap, result.Status);
        Assert.Equal(["Gemfile"], result.Evidence.Select(e => e.Location!.File));
        Assert.StartsWith("1 manifest without a lockfile: Gemfile declares 1 package and no Gemfile.lock, gems.locked pins them", result.Summary);
    }

    [Fact]
    public void Manifests_of_tests_and_samples_and_a_composer_json_naming_only_the_platform_need_no_lockfile()
    {
        var result = Lock(new MemoryFileSource()
            .Add("package.json", "{\"dependencies\":{\"express\":\"^4.19.0\"}}")
            .Add("package-lock.json", "{\"lockfileVersion\":3,\"packages\":{}}")
            .Add("examples/hello/package.json", "{\"dependencies\":{\"express\":\"^4.19.0\"}}")
            .Add("test/fixtures/app/package.json", "{\"dependencies\":{\"koa\":\"^2.0.0\"}}")
            .Add("tools/composer.json", "{\"require\":{\"php\":\">=8.1\",\"ext-json\":\"*\"}}"));

        Assert.Equal(ResultStatus.Met, result.Status);
    }

    [Fact]
    public void A_repository_with_no_declared_packages_is_not_asked_for_a_lockfile()
    {
        var result = Lock(new MemoryFileSource()
            .Add("package.json", "{\"name\":\"site\",\"scripts\":{\"build\":\"node build.js\"}}")
            .Add("go.mod", "module example.org/app\n\ngo 1.22\n\nrequire github.com/labstack/echo/v4 v4.12.0\n"));

        Assert.Equal(ResultStatus.NotApplicable, result.Status);
    }

    [Fact]
    public void A_pinned_requirements_file_locks_only_the_manifests_whose_every_package_it_names()
    {
        var result = Lock(new MemoryFileSource()
            .Add("pyproject.toml", "[project]\nname = \"a\"\ndependencies = [\"fastapi>=0.100\", \"sqlalchemy>=2\"]\n")
            .Add("requirements-build.txt", "build==1.0.3\n")
            .Add("requirements/base.txt", "django>=5\ncelery\n")
            .Add("requirements/prod.txt", "-r base.txt\ngunicorn==21.2.0\n"));

        Assert.Equal(ResultStatus.Partial, result.Status);
        Assert.Equal(["pyproject.toml", "requirements/base.txt"], result.Evidence.Select(e => e.Location!.File));
        Assert.StartsWith("2 manifests locked, but 2 manifests without a lockfile: pyproject.toml declares 2 packages", result.Summary);
    }

    [Fact]
    public void A_pinned_file_naming_every_package_of_the_pyproject_beside_it_locks_it_whatever_the_case_of_the_names()
    {
        var result = Lock(new MemoryFileSource()
            .Add("pyproject.toml", "[project]\nname = \"a\"\ndependencies = [\"Flask_Login>=0.6\"]\n[project.optional-dependencies]\ndev = [\"pytest\"]\n")
            .Add("requirements.txt", "flask-login==0.6.3\nwerkzeug==3.0.1\n"));

        Assert.Equal(ResultStatus.Met, result.Status);
        Assert.Equal("requirements.txt pins every package to one version", result.Evidence.Single().Why);
    }

    [Fact]
    public void Another_package_managers_lockfile_above_a_Pipfile_does_not_lock_it()
    {
        var result = Lock(new MemoryFileSource()
            .Add("pyproject.toml", "[tool.poetry]\nname = \"a\"\n[tool.poetry.dependencies]\npython = \"^3.12\"\nflask = \"^3.0\"\n")
            .Add("poetry.lock", "[[package]]\nname = \"flask\"\nversion = \"3.0.3\"\n")
            .Add("worker/Pipfile", "[packages]\ncelery = \"*\"\nredis = \"*\"\n"));

        Assert.Equal(ResultStatus.Partial, result.Status);
        Assert.Equal(["worker/Pipfile"], result.Evidence.Select(e => e.Location!.File));
    }

    [Fact]
    public void A_pinned_requirements_file_does_not_lock_a_Pipfile_beside_it()
    {
        var result = Lock(new MemoryFileSource()
            .Add("Pipfile", "[packages]\nflask = \"*\"\n[dev-packages]\npytest = \"*\"\n")
            .Add("requirements.txt", "flask==3.0.3\n"));

        Assert.Equal(ResultStatus.Partial, result.Status);
        var evidence = Assert.Single(result.Evidence);
        Assert.Equal("Pipfile declares 2 packages and no Pipfile.lock pins them", evidence.Why);
    }

    [Fact]
    public void A_NET_project_needs_its_own_lock_only_for_a_floating_version()
    {
        const string Floating = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"Serilog\" Version=\"3.*\" /></ItemGroup></Project>";
        const string Exact = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"Serilog\" Version=\"3.1.1\" /></ItemGroup></Project>";

        var floating = Lock(new MemoryFileSource()
            .Add("src/Api/Api.csproj", Floating)
            .Add("src/Worker/Worker.csproj", Floating)
            .Add("src/Worker/packages.lock.json", "{\"version\":1,\"dependencies\":{}}")
            .Add("packages.lock.json", "{\"version\":1,\"dependencies\":{}}"));
        var exact = Lock(new MemoryFileSource().Add("src/Api/Api.csproj", Exact));

        Assert.Equal(ResultStatus.Partial, floating.Status);
        Assert.Equal("Api.csproj takes floating versions (Serilog 3.*) and no packages.lock.json pins them", Assert.Single(floating.Evidence).Why);
        Assert.Equal(ResultStatus.NotApplicable, exact.Status);
    }
}
