using ShipReady.Auditing;
using ShipReady.Inventory;
using ShipReady.Model;

namespace ShipReady.Tests.Auditing;

/// <summary>PHP and Java code is counted, not read: finding nothing there is a question, not a gap or a pass.</summary>
public sealed class UnreadStacksTests
{
    private const string Controller = "<?php\nclass LoginController { public function store() { Auth::attempt([]); } }\n";

    private static ControlResult Result(MemoryFileSource source, string id) =>
        new Auditor().Run(source).Results.Single(r => r.ControlId == id);

    [Fact]
    public void A_Laravel_app_without_a_sign_in_package_is_asked_and_told_which_code_was_not_read()
    {
        var source = new MemoryFileSource()
            .Add("composer.json", "{\"require\":{\"laravel/framework\":\"^11.0\"}}")
            .Add("app/Http/Controllers/LoginController.php", Controller)
            .Add("resources/js/app.js", "document.body.classList.add('ready');\n");

        var authn = Result(source, "AUTH-AUTHN");
        var sqli = Result(source, "VAL-SQLI");

        Assert.Equal(ResultStatus.Unknown, authn.Status);
        Assert.StartsWith("nothing found, but the application's PHP code is not read (looked for", authn.Summary);
        // The JavaScript was read and is clean; the PHP, where the queries are, was not.
        Assert.Equal(ResultStatus.Unknown, sqli.Status);
        Assert.StartsWith("no violations found, but the application's PHP code is not read;", sqli.Summary);
    }

    [Fact]
    public void A_package_that_signs_users_in_meets_it_and_says_violations_were_not_looked_for()
    {
        var source = new MemoryFileSource()
            .Add("composer.json", "{\"require\":{\"laravel/framework\":\"^11.0\",\"laravel/socialite\":\"^5.0\"}}")
            .Add("app/Http/Controllers/LoginController.php", Controller);

        var authn = Result(source, "AUTH-AUTHN");

        Assert.Equal(ResultStatus.Met, authn.Status);
        Assert.Equal(Confidence.Medium, authn.Confidence);
        Assert.Equal("met: dependency composer:laravel/socialite; the application's PHP code is not read for violations", authn.Summary);
    }

    [Fact]
    public void A_control_that_looks_for_dependencies_only_still_finds_an_absence_in_a_Spring_app()
    {
        var source = new MemoryFileSource()
            .Add("pom.xml", "<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-webmvc</artifactId></dependency></dependencies></project>")
            .Add("src/main/java/app/App.java", "package app;\npublic class App {}\n");

        Assert.Equal(ResultStatus.Gap, Result(source, "OBS-ERRORS").Status);
        Assert.Equal(ResultStatus.Unknown, Result(source, "OBS-LOGGING").Status);
    }

    [Fact]
    public void A_Go_idiom_among_what_meets_a_control_leaves_a_Spring_app_to_its_dependencies()
    {
        // DATA-MIGRATIONS is met by a Go store's versioned steps too (ownStackOnly): that says nothing of Java code, so
        // a Spring app with a database driver and no Flyway, Liquibase or migration folder still shows the gap.
        var source = new MemoryFileSource()
            .Add("pom.xml", "<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-webmvc</artifactId></dependency>"
                + "<dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency></dependencies></project>")
            .Add("src/main/java/app/App.java", "package app;\npublic class App {}\n");

        var migrations = Result(source, "DATA-MIGRATIONS");
        Assert.Equal(ResultStatus.Gap, migrations.Status);
        Assert.StartsWith("nothing in the repository satisfies it", migrations.Summary);

        // A Go tool beside it that versions its own store migrates the tool's store, not the app's.
        source.Add("tools/cache/cache.go", "package cache\n\nconst selectVersion = \"SELECT version FROM schemaVersion WHERE id = 1\"\n\n"
            + "var steps = map[int]func() error{\n\t1: func() error { return nil },\n}\n");
        Assert.Equal(ResultStatus.Gap, Result(source, "DATA-MIGRATIONS").Status);
    }

    [Fact]
    public void An_app_whose_framework_is_read_keeps_its_gaps_beside_a_PHP_folder()
    {
        var source = new MemoryFileSource()
            .Add("package.json", "{\"dependencies\":{\"express\":\"^4.19.0\"}}")
            .Add("server.js", "const app = require('express')();\napp.listen(3000);\n")
            .Add("legacy/a.php", "<?php echo 1;\n")
            .Add("legacy/b.php", "<?php echo 2;\n");

        Assert.Equal(ResultStatus.Gap, Result(source, "AUTH-AUTHN").Status);
    }

    [Fact]
    public void A_framework_with_no_file_of_its_language_leaves_the_main_language_to_decide()
    {
        var source = new MemoryFileSource()
            .Add("package.json", "{\"dependencies\":{\"express\":\"^4.19.0\"}}")
            .Add("public/index.php", "<?php require '../src/db.php';\n")
            .Add("src/db.php", "<?php $db = new PDO('sqlite:app.db');\n");

        Assert.Equal(ResultStatus.Unknown, Result(source, "AUTH-AUTHN").Status);
    }
}
