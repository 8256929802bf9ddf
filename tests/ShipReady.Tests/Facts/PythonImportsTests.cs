using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class PythonImportsTests
{
    [Fact]
    public void Reads_every_form_of_import()
    {
        const string Code = """
            import os, sys
            import shop.models as models
            from app import create_app, db as database
            from . import serve
            from .jobs import (send,
                nightly)
                from flask import Flask
            text = "import nothing"
            """;

        var names = PythonImports.Of(Code).ToHashSet();

        Assert.Superset(new HashSet<string> { "os", "sys", "shop.models", "app", "app.create_app", "app.db", "serve", "jobs", "jobs.send", "flask", "flask.Flask" }, names);
        Assert.DoesNotContain("database", names);
        Assert.DoesNotContain("models", names);
    }
}
