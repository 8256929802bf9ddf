using ShipReady.Auditing;
using ShipReady.Facts.Manifests;
using ShipReady.Inventory;

namespace ShipReady.Tests.Facts;

public sealed class GradleCatalogsTests
{
    private const string Catalog = """
        [versions]
        boot = "3.3.0"

        [libraries]
        spring-boot-starter-web = { module = "org.springframework.boot:spring-boot-starter-web", version.ref = "boot" }
        spring_security = { group = "org.springframework.boot", name = "spring-boot-starter-security" }
        r2dbc-migrate-starter = "name.nkonev.r2dbc-migrate:r2dbc-migrate-spring-boot-starter:4.1.0"
        junit = "org.junit.jupiter:junit-jupiter:5.10.0"
        flyway-core = "org.flywaydb:flyway-core:10.0.0"
        flyway-postgres = "org.flywaydb:flyway-database-postgresql:10.0.0"

        [bundles]
        flyway = ["flyway-core", "flyway-postgres"]

        [plugins]
        spring-boot = { id = "org.springframework.boot", version.ref = "boot" }
        """;

    private const string Build = """
        plugins {
            alias(libs.plugins.spring.boot)
        }

        dependencies {
            implementation(libs.spring.boot.starter.web)
            implementation libs.spring.security, libs.r2dbc.migrate.starter
            implementation(libs.bundles.flyway)
            implementation(platform(libs.spring.boot.starter.web))
            testImplementation(libs.junit)
            runtimeOnly(libs.not.in.the.catalog)
        }
        """;

    [Fact]
    public void Build_scripts_name_catalog_libraries_and_bundles_by_their_accessors()
    {
        var facts = new Auditor().Run(new MemoryFileSource()
            .Add("gradle/libs.versions.toml", Catalog)
            .Add("app/build.gradle.kts", Build)
            .Add("app/src/main/kotlin/App.kt", "fun main() {}\n")).Facts;

        Assert.Equal(
            [
                ("maven:org.springframework.boot:spring-boot-starter-web", "3.3.0", 6, false),
                ("maven:org.springframework.boot:spring-boot-starter-security", null, 7, false),
                ("maven:name.nkonev.r2dbc-migrate:r2dbc-migrate-spring-boot-starter", "4.1.0", 7, false),
                ("maven:org.flywaydb:flyway-core", "10.0.0", 8, false),
                ("maven:org.flywaydb:flyway-database-postgresql", "10.0.0", 8, false),
                ("maven:org.junit.jupiter:junit-jupiter", "5.10.0", 10, true),
            ],
            facts.Dependencies.Select(d => (d.Key, d.Version, d.Location.Line, d.Development)));
        Assert.Contains("spring-boot", facts.Frameworks);
    }

    [Fact]
    public void Each_project_reads_its_own_catalog()
    {
        var facts = new Auditor().Run(new MemoryFileSource()
            .Add("gradle/libs.versions.toml", "[libraries]\nweb = \"org.springframework.boot:spring-boot-starter-web:3.3.0\"\n")
            .Add("build.gradle", "dependencies {\n  implementation libs.web\n}\n")
            .Add("tools/gradle/libs.versions.toml", "[libraries]\nweb = \"io.ktor:ktor-server-core:2.3.0\"\n")
            .Add("tools/build.gradle", "dependencies {\n  implementation libs.web\n}\n")).Facts;

        Assert.Equal(
            ["build.gradle maven:org.springframework.boot:spring-boot-starter-web", "tools/build.gradle maven:io.ktor:ktor-server-core"],
            facts.Dependencies.Select(d => $"{d.Location.File} {d.Key}"));
    }

    [Fact]
    public void A_catalog_that_is_not_toml_is_noted_with_what_to_do()
    {
        var result = new GradleVersionCatalogReader().Read("gradle/libs.versions.toml", "[libraries\nweb = ");

        Assert.Equal("malformed-manifest", result.Note?.Kind);
        Assert.Contains("fix the catalog", result.Note!.Message);
    }
}
