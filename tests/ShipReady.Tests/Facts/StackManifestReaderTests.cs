using ShipReady.Catalog;
using ShipReady.Facts;
using ShipReady.Facts.Manifests;
using ShipReady.Inventory;

namespace ShipReady.Tests.Facts;

/// <summary>Manifests of the Ruby, Go, PHP and JVM stacks, and the lockfiles of Poetry and NuGet.</summary>
public sealed class StackManifestReaderTests
{
    private static (string Key, int Line, bool Development) Row(Dependency d) => (d.Key, d.Location.Line, d.Development);

    [Fact]
    public void Reads_gemfile_gems_with_versions_options_and_groups()
    {
        const string text = """
            source "https://rubygems.org"
            git_source(:github) { |repo| "https://github.com/#{repo}.git" }

            ruby "3.3.0"

            # Bundle edge Rails instead: gem "rails", github: "rails/rails", branch: "main"
            gem "rails", "~> 7.1.3"
            gem "pg", ">= 0.18", "< 2.0"
            gem 'puma', '>= 5.0'
            gem "bootsnap", require: false
            gem "sentry-ruby"
            gem "tzinfo-data", platforms: %i[ windows jruby ]

            group :development, :test do
              gem "debug", platforms: %i[ mri windows ]
              gem "rspec-rails", "~> 6.1"
            end

            group :development do
              gem "web-console"
              if ENV["PROFILE"]
                gem "rack-mini-profiler"
              end
            end

            gem "rubocop", require: false, group: :lint
            gem("sidekiq", "~> 7.2")
            gem "capybara", groups: [:test, :production]
            """;

        var result = new GemfileReader().Read("Gemfile", text);

        Assert.Null(result.Note);
        Assert.Equal(
            [
                ("gem:rails", 7, false), ("gem:pg", 8, false), ("gem:puma", 9, false), ("gem:bootsnap", 10, false),
                ("gem:sentry-ruby", 11, false), ("gem:tzinfo-data", 12, false), ("gem:debug", 15, true), ("gem:rspec-rails", 16, true),
                ("gem:web-console", 20, true), ("gem:rack-mini-profiler", 22, true), ("gem:rubocop", 26, true), ("gem:sidekiq", 27, false),
                ("gem:capybara", 28, false),
            ],
            result.Dependencies.Select(Row));
        Assert.Equal([">= 0.18, < 2.0", "~> 7.2"], result.Dependencies.Where(d => d.Name is "pg" or "sidekiq").Select(d => d.Version));
        Assert.Null(result.Dependencies.Single(d => d.Name == "bootsnap").Version);
    }

    [Fact]
    public void Reads_gemfile_lock_specs_once_each_and_declared_gems_without_a_spec()
    {
        const string text = """
            GIT
              remote: https://github.com/rails/rails.git
              revision: 0123456789abcdef
              specs:
                railties (7.2.0.alpha)
                  actionpack (= 7.2.0.alpha)

            GEM
              remote: https://rubygems.org/
              specs:
                actionpack (7.1.3)
                  rack (>= 2.2.4)
                nokogiri (1.16.2-x86_64-linux)
                  racc (~> 1.4)
                nokogiri (1.16.2-arm64-darwin)
                  racc (~> 1.4)
                rack (3.0.9)
                sinatra (4.0.0)
                  rack (>= 3.0.0)

            PLATFORMS
              arm64-darwin
              x86_64-linux

            DEPENDENCIES
              local_gem!
              nokogiri
              railties!
              sinatra (~> 4.0)

            BUNDLED WITH
               2.5.6
            """;

        var result = new GemfileLockReader().Read("Gemfile.lock", text);

        Assert.Null(result.Note);
        Assert.Equal(
            [("gem:railties", 5, false), ("gem:actionpack", 11, false), ("gem:nokogiri", 13, false), ("gem:rack", 17, false), ("gem:sinatra", 18, false), ("gem:local_gem", 26, false)],
            result.Dependencies.Select(Row));
        Assert.Equal(["7.2.0.alpha", "7.1.3", "1.16.2-x86_64-linux", "3.0.9", "4.0.0", null], result.Dependencies.Select(d => d.Version));
    }

    [Fact]
    public void Gemfile_lock_with_a_merge_conflict_gives_a_note()
    {
        const string text = "GEM\n  remote: https://rubygems.org/\n  specs:\n<<<<<<< HEAD\n    rack (3.0.9)\n=======\n    rack (3.0.8)\n>>>>>>> main\n";

        var result = new GemfileLockReader().Read("Gemfile.lock", text);

        Assert.Empty(result.Dependencies);
        Assert.Equal(("Gemfile.lock", "malformed-manifest"), (result.Note!.Path, result.Note.Kind));
        Assert.Contains("line 4", result.Note.Message);
    }

    [Fact]
    public void Reads_go_mod_require_lines_and_blocks_with_indirect_entries()
    {
        const string text = """
            module github.com/acme/api

            go 1.22.0

            toolchain go1.22.3

            require github.com/gin-gonic/gin v1.9.1

            require (
            	github.com/jackc/pgx/v5 v5.5.5
            	github.com/getsentry/sentry-go v0.27.0 // error tracking
            )

            require (
            	github.com/bytedance/sonic v1.11.3 // indirect
            	golang.org/x/net v0.24.0 // indirect
            )

            replace github.com/acme/shared => ../shared

            exclude (
            	golang.org/x/crypto v0.1.0
            )
            """;

        var result = new GoModReader().Read("go.mod", text);

        Assert.Null(result.Note);
        Assert.Equal(
            [
                ("go:github.com/gin-gonic/gin", 7, false), ("go:github.com/jackc/pgx/v5", 10, false), ("go:github.com/getsentry/sentry-go", 11, false),
                ("go:github.com/bytedance/sonic", 15, false), ("go:golang.org/x/net", 16, false),
            ],
            result.Dependencies.Select(Row));
        Assert.Equal("v0.27.0", result.Dependencies[2].Version);
    }

    [Fact]
    public void Unterminated_require_block_in_go_mod_gives_a_note_naming_where_it_opened()
    {
        const string text = "module github.com/acme/api\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n";

        var result = new GoModReader().Read("svc/go.mod", text);

        Assert.Empty(result.Dependencies);
        Assert.Equal(("svc/go.mod", "malformed-manifest"), (result.Note!.Path, result.Note.Kind));
        Assert.Contains("require block opened on line 3", result.Note.Message);
    }

    [Fact]
    public void Reads_composer_require_and_require_dev_without_platform_packages()
    {
        const string text = """
            {
                "name": "acme/shop",
                "type": "project",
                "conflict": {
                    "guzzlehttp/guzzle": "<7.0"
                },
                "require": {
                    "php": "^8.2",
                    "ext-json": "*",
                    "ext-pdo": "*",
                    "laravel/framework": "^11.0",
                    "guzzlehttp/guzzle": "^7.8"
                },
                "require-dev": {
                    "phpunit/phpunit": "^11.0",
                    "laravel/pint": "^1.13"
                }
            }
            """;

        var result = new ComposerManifestReader().Read("composer.json", text);

        Assert.Null(result.Note);
        Assert.Equal(
            [("composer:laravel/framework", 11, false), ("composer:guzzlehttp/guzzle", 12, false), ("composer:phpunit/phpunit", 15, true), ("composer:laravel/pint", 16, true)],
            result.Dependencies.Select(Row));
        Assert.Equal("^11.0", result.Dependencies[0].Version);
    }

    [Fact]
    public void Invalid_composer_json_gives_a_note_naming_the_line()
    {
        var result = new ComposerManifestReader().Read("composer.json", "{\n  \"require\": {\n    \"laravel/framework\": \n}");

        Assert.Empty(result.Dependencies);
        Assert.Equal("malformed-manifest", result.Note!.Kind);
        Assert.Contains("line 4", result.Note.Message);
    }

    [Fact]
    public void Deeply_nested_json_gives_a_note_not_an_exception()
    {
        var text = "{\"require\": " + new string('[', 100_000) + new string(']', 100_000) + "}";

        Assert.Equal("malformed-manifest", new ComposerManifestReader().Read("composer.json", text).Note!.Kind);
        Assert.Equal("malformed-manifest", new NugetLockfileReader().Read("packages.lock.json", text).Note!.Kind);
    }

    [Fact]
    public void Reads_pom_dependencies_with_scopes_and_properties_but_not_dependency_management()
    {
        const string text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-starter-parent</artifactId>
                <version>3.2.4</version>
              </parent>
              <groupId>com.acme</groupId>
              <artifactId>orders</artifactId>
              <version>0.1.0</version>
              <properties>
                <sentry.version>7.6.0</sentry.version>
              </properties>
              <dependencyManagement>
                <dependencies>
                  <dependency>
                    <groupId>software.amazon.awssdk</groupId>
                    <artifactId>bom</artifactId>
                    <version>2.25.0</version>
                    <type>pom</type>
                    <scope>import</scope>
                  </dependency>
                </dependencies>
              </dependencyManagement>
              <dependencies>
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-web</artifactId>
                </dependency>
                <dependency>
                  <groupId>io.sentry</groupId>
                  <artifactId>sentry-spring-boot-starter-jakarta</artifactId>
                  <version>${sentry.version}</version>
                </dependency>
                <dependency>
                  <groupId>org.projectlombok</groupId>
                  <artifactId>lombok</artifactId>
                  <scope>provided</scope>
                </dependency>
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-test</artifactId>
                  <scope>test</scope>
                </dependency>
              </dependencies>
              <profiles>
                <profile>
                  <id>postgres</id>
                  <dependencies>
                    <dependency>
                      <groupId>org.postgresql</groupId>
                      <artifactId>postgresql</artifactId>
                    </dependency>
                  </dependencies>
                </profile>
              </profiles>
              <build>
                <plugins>
                  <plugin>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-maven-plugin</artifactId>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

        var result = new MavenPomReader().Read("pom.xml", text);

        Assert.Null(result.Note);
        Assert.Equal(
            [
                ("maven:org.springframework.boot:spring-boot-starter-web", 28, false), ("maven:io.sentry:sentry-spring-boot-starter-jakarta", 32, false),
                ("maven:org.projectlombok:lombok", 37, true), ("maven:org.springframework.boot:spring-boot-starter-test", 42, true),
                ("maven:org.postgresql:postgresql", 52, false),
            ],
            result.Dependencies.Select(Row));
        Assert.Equal("7.6.0", result.Dependencies[1].Version);
    }

    [Fact]
    public void Broken_pom_gives_a_note_naming_the_line()
    {
        const string text = "<project>\n  <dependencies>\n    <dependency>\n  </dependencies>\n</project>\n";

        var result = new MavenPomReader().Read("api/pom.xml", text);

        Assert.Empty(result.Dependencies);
        Assert.Equal(("api/pom.xml", "malformed-manifest"), (result.Note!.Path, result.Note.Kind));
        Assert.Contains("line 4", result.Note.Message);
    }

    [Fact]
    public void Pom_with_a_dtd_is_not_expanded_and_gives_a_note()
    {
        const string text = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <project><dependencies><dependency><groupId>&lol2;</groupId><artifactId>x</artifactId></dependency></dependencies></project>
            """;

        var result = new MavenPomReader().Read("pom.xml", text);

        Assert.Empty(result.Dependencies);
        Assert.Contains("declares a DTD", result.Note!.Message);
    }

    [Fact]
    public void Project_file_with_a_dtd_is_not_expanded_and_gives_a_note()
    {
        const string text = """
            <!DOCTYPE lolz [<!ENTITY lol "Sentry.AspNetCore">]>
            <Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="&lol;" /></ItemGroup></Project>
            """;

        var result = new DotnetProjectReader().Read("App.csproj", text);

        Assert.Empty(result.Dependencies);
        Assert.Contains("declares a DTD", result.Note!.Message);
    }

    [Fact]
    public void Reads_groovy_build_gradle_string_and_map_notation()
    {
        const string text = """
            plugins {
                id 'org.springframework.boot' version '3.2.4'
                id 'java'
            }

            dependencies {
                implementation 'org.springframework.boot:spring-boot-starter-web'
                implementation "io.sentry:sentry-spring-boot-starter-jakarta:${sentryVersion}"
                implementation group: 'com.google.guava', name: 'guava', version: '33.1.0-jre'
                compileOnly 'org.projectlombok:lombok:1.18.32'
                runtimeOnly 'org.postgresql:postgresql'
                implementation project(':shared')
                implementation platform('software.amazon.awssdk:bom:2.25.0')
                // implementation 'com.example:commented-out:1.0'
                /*
                implementation 'com.example:block-commented:1.0'
                */
                testImplementation 'org.springframework.boot:spring-boot-starter-test'
                testRuntimeOnly 'org.junit.platform:junit-platform-launcher'
            }
            """;

        var result = new GradleBuildReader().Read("build.gradle", text);

        Assert.Null(result.Note);
        Assert.Equal(
            [
                ("maven:org.springframework.boot:spring-boot-starter-web", 7, false), ("maven:io.sentry:sentry-spring-boot-starter-jakarta", 8, false),
                ("maven:com.google.guava:guava", 9, false), ("maven:org.projectlombok:lombok", 10, false), ("maven:org.postgresql:postgresql", 11, false),
                ("maven:org.springframework.boot:spring-boot-starter-test", 18, true), ("maven:org.junit.platform:junit-platform-launcher", 19, true),
            ],
            result.Dependencies.Select(Row));
        Assert.Equal([null, "${sentryVersion}", "33.1.0-jre", "1.18.32", null, null, null], result.Dependencies.Select(d => d.Version));
    }

    [Fact]
    public void Reads_kotlin_build_gradle_kts_calls()
    {
        const string text = """
            plugins {
                kotlin("jvm") version "1.9.23"
            }

            dependencies {
                implementation("io.ktor:ktor-server-core-jvm:2.3.10")
                implementation(libs.kotlinx.coroutines)
                api("com.squareup.okhttp3:okhttp:4.12.0")
                implementation(group = "org.jetbrains.exposed", name = "exposed-core", version = "0.49.0")
                testImplementation(kotlin("test"))
                testImplementation("io.mockk:mockk:1.13.10")
            }
            """;

        var result = new GradleBuildReader().Read("app/build.gradle.kts", text);

        Assert.Equal(
            [
                ("maven:io.ktor:ktor-server-core-jvm", 6, false), ("maven:com.squareup.okhttp3:okhttp", 8, false),
                ("maven:org.jetbrains.exposed:exposed-core", 9, false), ("maven:io.mockk:mockk", 11, true),
            ],
            result.Dependencies.Select(Row));
    }

    [Fact]
    public void Poetry_lock_is_not_read_by_the_pyproject_reader_so_it_has_its_own()
    {
        Assert.False(new TomlManifestReader().Reads("poetry.lock"));
        Assert.True(new PoetryLockReader().Reads("backend/poetry.lock"));
    }

    [Fact]
    public void Reads_poetry_lock_packages_with_their_category()
    {
        const string text = """
            # This file is automatically @generated by Poetry 1.4.2 and should not be changed by hand.

            [[package]]
            name = "fastapi"
            version = "0.110.0"
            description = "FastAPI framework, high performance, easy to learn, fast to code, ready for production"
            category = "main"
            optional = false
            python-versions = ">=3.8"

            [package.dependencies]
            starlette = ">=0.36.3,<0.37.0"

            [[package]]
            name = "pytest"
            version = "8.1.1"
            description = "pytest: simple powerful testing with Python"
            category = "dev"
            optional = false
            python-versions = ">=3.8"

            [[package]]
            name = "starlette"
            version = "0.36.3"
            description = "The little ASGI library that shines."
            category = "main"
            optional = false
            python-versions = ">=3.8"

            [metadata]
            lock-version = "2.0"
            python-versions = "^3.11"
            content-hash = "0f4b1c2d"
            """;

        var result = new PoetryLockReader().Read("poetry.lock", text);

        Assert.Null(result.Note);
        Assert.Equal([("pypi:fastapi", 4, false), ("pypi:pytest", 15, true), ("pypi:starlette", 23, false)], result.Dependencies.Select(Row));
        Assert.Equal("0.110.0", result.Dependencies[0].Version);
    }

    [Fact]
    public void Poetry_lock_groups_mark_development_only_without_main()
    {
        const string text = "[[package]]\nname = \"ruff\"\nversion = \"0.3.4\"\ngroups = [\"dev\"]\n\n[[package]]\nname = \"httpx\"\nversion = \"0.27.0\"\ngroups = [\"main\", \"dev\"]\n";

        var result = new PoetryLockReader().Read("poetry.lock", text);

        Assert.Equal([("pypi:ruff", 2, true), ("pypi:httpx", 7, false)], result.Dependencies.Select(Row));
        Assert.NotNull(new PoetryLockReader().Read("poetry.lock", "[[package]\nname = \"x\"\n").Note);
    }

    [Fact]
    public void Packages_lock_json_is_not_read_by_the_project_reader_so_it_has_its_own()
    {
        Assert.False(new DotnetProjectReader().Reads("Api/packages.lock.json"));
        Assert.True(new NugetLockfileReader().Reads("Api/packages.lock.json"));
    }

    [Fact]
    public void Reads_packages_lock_json_direct_and_transitive_packages_once_each()
    {
        const string text = """
            {
              "version": 1,
              "dependencies": {
                "net8.0": {
                  "Sentry.AspNetCore": {
                    "type": "Direct",
                    "requested": "[4.2.1, )",
                    "resolved": "4.2.1",
                    "contentHash": "abc==",
                    "dependencies": {
                      "Microsoft.Extensions.Http": "8.0.0",
                      "Sentry": "4.2.1"
                    }
                  },
                  "Microsoft.Extensions.Http": {
                    "type": "Transitive",
                    "resolved": "8.0.0",
                    "contentHash": "def=="
                  },
                  "Sentry": {
                    "type": "Transitive",
                    "resolved": "4.2.1",
                    "contentHash": "ghi=="
                  },
                  "Acme.Shared": {
                    "type": "Project"
                  }
                },
                "net8.0/linux-x64": {
                  "Sentry": {
                    "type": "Transitive",
                    "resolved": "4.2.1",
                    "contentHash": "ghi=="
                  }
                }
              }
            }
            """;

        var result = new NugetLockfileReader().Read("Api/packages.lock.json", text);

        Assert.Null(result.Note);
        Assert.Equal([("nuget:Sentry.AspNetCore", 5, false), ("nuget:Microsoft.Extensions.Http", 15, false), ("nuget:Sentry", 20, false)], result.Dependencies.Select(Row));
        Assert.Equal(["4.2.1", "8.0.0", "4.2.1"], result.Dependencies.Select(d => d.Version));
    }

    [Fact]
    public void Invalid_packages_lock_json_gives_a_note()
    {
        var result = new NugetLockfileReader().Read("packages.lock.json", "{\n  \"version\": 1,\n  \"dependencies\": {\n    \"net8.0\": {\n");

        Assert.Empty(result.Dependencies);
        Assert.Equal("malformed-manifest", result.Note!.Kind);
    }

    private const int FiveMegabytes = 5 * 1024 * 1024;

    /// <summary>A bound far above any real run: it tells a hang from a slow machine, and is no benchmark.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);

    private static string Hostile(string shape) => shape switch
    {
        "unclosed-name" => "gem \"" + new string('a', FiveMegabytes),
        "open-brackets" => "gem 'rails', " + string.Concat(Enumerable.Repeat("'1', [(", FiveMegabytes / 7)),
        "endless-groups" => "group " + string.Concat(Enumerable.Repeat(":a, ", FiveMegabytes / 4)) + " do",
        "repeated-keys" => "implementation group: " + string.Concat(Enumerable.Repeat("group group: ", FiveMegabytes / 13)),
        "spaces" => "require " + new string(' ', FiveMegabytes) + "x",
        _ => "    " + new string('(', FiveMegabytes),
    };

    [Theory]
    [InlineData("unclosed-name")]
    [InlineData("open-brackets")]
    [InlineData("endless-groups")]
    [InlineData("repeated-keys")]
    [InlineData("spaces")]
    [InlineData("parentheses")]
    public async Task A_five_megabyte_single_line_does_not_hang_any_line_reader(string shape)
    {
        var text = Hostile(shape);
        IManifestReader[] readers = [new GemfileReader(), new GemfileLockReader(), new GoModReader(), new GradleBuildReader()];

        foreach (var reader in readers)
        {
            // WaitAsync throws TimeoutException when the bound passes, which fails the test instead of hanging the run.
            await Task.Run(() => reader.Read("Gemfile", text)).WaitAsync(HangBound);
        }
    }

    [Fact]
    public async Task Deeply_nested_pom_does_not_hang_and_gives_a_note()
    {
        const int Depth = 200_000;
        var text = "<project>" + string.Concat(Enumerable.Repeat("<a>", Depth)) + string.Concat(Enumerable.Repeat("</a>", Depth)) + "</project>";

        var result = await Task.Run(() => new MavenPomReader().Read("pom.xml", text)).WaitAsync(HangBound);

        Assert.Empty(result.Dependencies);
        Assert.Contains("nests elements more than", result.Note!.Message);
    }

    public static TheoryData<string, string, string> StackRepos() => new()
    {
        { "Gemfile", "source \"https://rubygems.org\"\ngem \"rails\", \"~> 7.1\"\n", "rails" },
        { "Gemfile", "source \"https://rubygems.org\"\ngem \"sinatra\"\ngem \"puma\"\n", "sinatra" },
        { "go.mod", "module example.com/api\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\n", "gin" },
        { "go.mod", "module example.com/api\n\nrequire (\n\tgithub.com/labstack/echo/v4 v4.11.4\n)\n", "echo" },
        { "go.mod", "module example.com/api\n\nrequire (\n\tgithub.com/gofiber/fiber/v2 v2.52.4\n)\n", "fiber" },
        { "go.mod", "module example.com/api\n\nrequire (\n\tgithub.com/labstack/echo/v5 v5.3.1\n)\n", "echo" },
        { "go.mod", "module example.com/api\n\nrequire github.com/go-chi/chi/v5 v5.1.0\n", "chi" },
        { "go.mod", "module example.com/api\n\nrequire github.com/gorilla/mux v1.8.1\n", "gorilla-mux" },
        { "go.mod", "module example.com/api\n\nrequire connectrpc.com/connect v1.20.0\n", "connect" },
        { "composer.json", "{\"require\": {\"php\": \"^8.2\", \"laravel/framework\": \"^11.0\"}}", "laravel" },
        { "pom.xml", "<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>", "spring-boot" },
        { "build.gradle.kts", "dependencies {\n    implementation(\"org.springframework.boot:spring-boot-starter-web\")\n}\n", "spring-boot" },
        { "composer.json", "{\"require\": {\"laravel/lumen-framework\": \"^10.0\"}}", "laravel" },
        { "pom.xml", "<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-webmvc</artifactId></dependency></dependencies></project>", "spring-boot" },
        { "build.gradle", "dependencies {\n    implementation 'org.springframework.boot:spring-boot-starter-jersey'\n}\n", "spring-boot" },
    };

    [Theory]
    [MemberData(nameof(StackRepos))]
    public void Facts_of_a_repo_name_its_web_framework(string manifest, string text, string framework)
    {
        var inventory = new RepoWalker(new MemoryFileSource().Add(manifest, text).Add("README.md", "# api\n")).Walk();

        var facts = new FactsBuilder(ControlCatalog.Default).Build(inventory);

        Assert.Equal([framework], facts.Frameworks);
        Assert.True(facts.IsWeb);
        Assert.All(facts.Dependencies, d => Assert.Equal(manifest, d.Location.File));
    }

    [Fact]
    public void A_go_program_serving_http_with_the_standard_library_is_a_web_app()
    {
        const string goMod = "module example.com/feeds\n\ngo 1.22\n\nrequire github.com/lib/pq v1.10.9\n";
        var server = new RepoWalker(new MemoryFileSource().Add("go.mod", goMod)
            .Add("internal/http/server.go", "package http\n\nfunc Serve(h http.Handler) error {\n\treturn (&http.Server{Addr: \":8080\", Handler: h}).ListenAndServe()\n}\n")).Walk();
        var testOnly = new RepoWalker(new MemoryFileSource().Add("go.mod", goMod)
            .Add("feeds/fetch.go", "package feeds\n\nfunc Fetch(u string) (*http.Response, error) { return client.Get(u) }\n")
            .Add("feeds/fetch_test.go", "package feeds\n\nfunc TestFetch(t *testing.T) { go http.ListenAndServe(\":0\", nil) }\n")).Walk();

        var serving = new FactsBuilder(ControlCatalog.Default).Build(server);
        var fetching = new FactsBuilder(ControlCatalog.Default).Build(testOnly);

        Assert.Equal(["net/http"], serving.Frameworks);
        Assert.True(serving.IsWeb);
        Assert.Empty(fetching.Frameworks);
        Assert.False(fetching.IsWeb);
    }

    [Fact]
    public void A_framework_only_in_a_test_group_does_not_make_a_web_app()
    {
        var inventory = new RepoWalker(new MemoryFileSource().Add("Gemfile", "group :test do\n  gem \"sinatra\"\nend\n")).Walk();

        var facts = new FactsBuilder(ControlCatalog.Default).Build(inventory);

        Assert.Empty(facts.Frameworks);
        Assert.True(Assert.Single(facts.Dependencies).Development);
    }

    [Theory]
    [InlineData("Gemfile", "gem \"stripe\"\n", "money")]
    [InlineData("go.mod", "module x\n\nrequire github.com/stripe/stripe-go/v76 v76.25.0\n", "money")]
    [InlineData("composer.json", "{\"require\": {\"stripe/stripe-php\": \"^13.0\"}}", "money")]
    [InlineData("pom.xml", "<project><dependencies><dependency><groupId>com.stripe</groupId><artifactId>stripe-java</artifactId></dependency></dependencies></project>", "money")]
    [InlineData("Gemfile", "gem \"ruby-openai\"\n", "ai")]
    [InlineData("go.mod", "module x\n\nrequire github.com/sashabaranov/go-openai v1.24.0\n", "ai")]
    [InlineData("Gemfile", "gem \"carrierwave\"\n", "uploads")]
    public void Sdks_of_the_new_stacks_reveal_what_data_the_product_handles(string manifest, string text, string kind)
    {
        var inventory = new RepoWalker(new MemoryFileSource().Add(manifest, text)).Walk();

        var facts = new FactsBuilder(ControlCatalog.Default).Build(inventory);

        Assert.Equal(manifest, facts.DetectedHandles[kind].Location.File);
    }

    [Fact]
    public void Lockfile_packages_and_indirect_modules_are_transitive_and_make_no_framework()
    {
        const string gemLock = "GEM\n  remote: https://rubygems.org/\n  specs:\n    sidekiq (6.5.12)\n      rack (~> 2.0)\n    sinatra (3.2.0)\n    rack (2.2.9)\n\nDEPENDENCIES\n  sidekiq\n";
        const string goMod = "module worker\n\nrequire (\n\tgithub.com/redis/go-redis/v9 v9.5.1\n\tgithub.com/gin-gonic/gin v1.9.1 // indirect\n)\n";
        const string nugetLock = "{\"version\": 1, \"dependencies\": {\"net8.0\": {\"Serilog\": {\"type\": \"Direct\", \"resolved\": \"3.1.1\"}, \"Stripe.net\": {\"type\": \"Transitive\", \"resolved\": \"43.0.0\"}}}}";
        const string poetryLock = "[[package]]\nname = \"fastapi\"\nversion = \"0.110.0\"\n";

        var inventory = new RepoWalker(new MemoryFileSource()
            .Add("Gemfile.lock", gemLock).Add("go.mod", goMod).Add("packages.lock.json", nugetLock).Add("poetry.lock", poetryLock)).Walk();
        var facts = new FactsBuilder(ControlCatalog.Default).Build(inventory);

        Assert.Empty(facts.Frameworks);
        Assert.DoesNotContain("money", facts.DetectedHandles.Keys);
        var transitive = facts.Dependencies.Where(d => d.Transitive).Select(d => d.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["gem:rack", "gem:sidekiq", "gem:sinatra", "go:github.com/gin-gonic/gin", "nuget:Serilog", "nuget:Stripe.net", "pypi:fastapi"], transitive);
        Assert.Equal(["go:github.com/redis/go-redis/v9"], facts.Dependencies.Where(d => d.IsProduct).Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.Equal("v1.9.1", facts.Dependencies.Single(d => d.Name == "github.com/gin-gonic/gin").Version);
    }

    [Fact]
    public void A_malformed_manifest_is_noted_and_the_others_are_still_read()
    {
        var inventory = new RepoWalker(new MemoryFileSource()
            .Add("svc/go.mod", "module x\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n")
            .Add("web/composer.json", "{\"require\": ")
            .Add("api/pom.xml", "<project><dependencies>")
            .Add("Gemfile", "gem \"rails\"\n")).Walk();

        var facts = new FactsBuilder(ControlCatalog.Default).Build(inventory);

        Assert.Equal(["rails"], facts.Frameworks);
        Assert.Equal(
            ["api/pom.xml", "svc/go.mod", "web/composer.json"],
            facts.Notes.Where(n => n.Kind == "malformed-manifest").Select(n => n.Path));
    }

    [Theory]
    [InlineData("rails", "ruby")]
    [InlineData("sinatra", "ruby")]
    [InlineData("gin", "go")]
    [InlineData("echo", "go")]
    [InlineData("fiber", "go")]
    [InlineData("chi", "go")]
    [InlineData("net/http", "go")]
    [InlineData("connect", "go")]
    [InlineData("laravel", "php")]
    [InlineData("spring-boot", "java")]
    [InlineData("express", "node")]
    public void Each_framework_has_the_stack_of_its_language(string framework, string stack)
    {
        Assert.Equal(stack, Frameworks.StackOf(framework));
    }
}
