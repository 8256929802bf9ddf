using ShipReady.Facts.Code;
using static ShipReady.Facts.Code.ScriptImports;

namespace ShipReady.Tests.Facts;

public sealed class ScriptImportsTests
{
    [Fact]
    public void Reads_the_names_each_import_binds_and_how_it_imports()
    {
        const string code = """
            import React, { useState } from "react";
            import {
              putFile,
              putParts as parts,
              type PutResult,
            } from "@/lib/files/put-file";
            import * as api from '../api';
            import type { Tag } from "./tags";
            export { previewOf } from "./preview"
            import { late } from "./late";
            const lazy = await import("./lazy");
            const fs = require("fs");
            import "./styles.css";
            import { type Announcement, type Release } from "@/lib/client/announcements";
            import getRelease, { Release as ReleaseInfo, type Channel } from "./release";
            """;

        var imports = Of(code);

        Assert.Equal(
            [
                new Import("react", ImportKind.Names, ["React", "useState"]),
                new Import("@/lib/files/put-file", ImportKind.Names, ["putFile", "parts"]),
                new Import("../api", ImportKind.Names, ["api"]),
                new Import("./tags", ImportKind.TypeOnly, []),
                new Import("./preview", ImportKind.Other, []),
                new Import("./late", ImportKind.Names, ["late"]),
                new Import("./lazy", ImportKind.Other, []),
                new Import("fs", ImportKind.Other, []),
                new Import("./styles.css", ImportKind.Other, []),
                new Import("@/lib/client/announcements", ImportKind.TypeOnly, []),
                new Import("./release", ImportKind.Names, ["getRelease", "ReleaseInfo"]),
            ],
            imports.Select(i => i with { Names = [.. i.Names] }),
            new ImportComparer());
    }

    [Fact]
    public void Tells_the_name_the_module_exports_each_import_by()
    {
        var imports = Of("""
            import React, { useState as state } from "react";
            import * as api from "../api";
            import { default as put, type Tag } from "./put";
            """);

        Assert.Equal(["default", "useState"], imports[0].Exported);
        Assert.Equal(["*"], imports[1].Exported);
        Assert.Equal(["default"], imports[2].Exported);
    }

    [Theory]
    [InlineData("apps/web/components/row.tsx", "@acme/lib/get-url", "packages/lib/get-url.ts", Resolution.Yes)]
    [InlineData("apps/web/components/row.tsx", "@acme/lib/get-url.js", "packages/lib/get-url.ts", Resolution.Yes)]
    [InlineData("apps/web/components/row.tsx", "shared/files/put", "libs/shared/files/put.ts", Resolution.Yes)]
    [InlineData("apps/web/components/row.tsx", "@acme/lib", "packages/lib/index.ts", Resolution.Yes)]
    [InlineData("apps/web/components/row.tsx", "@acme/lib/get-url", "packages/lib/src/get-url.ts", Resolution.Perhaps)]
    [InlineData("apps/web/components/row.tsx", "@acme/other/get-url", "packages/lib/get-url.ts", Resolution.Perhaps)]
    [InlineData("apps/web/components/row.tsx", "@acme/lib/get-url", "packages/lib/put-url.ts", Resolution.No)]
    public void Resolves_a_workspace_package_by_its_name(string importer, string specifier, string module, Resolution names) =>
        Assert.Equal(names, Names(importer, specifier, module, new Dictionary<string, string> { ["@acme/lib"] = "packages/lib", ["shared"] = "libs/shared" }));

    [Theory]
    [InlineData("components/dialog.tsx", "../lib/files/put-file", "lib/files/put-file.ts", Resolution.Yes)]
    [InlineData("components/dialog.tsx", "../lib/files/put-file.js", "lib/files/put-file.ts", Resolution.Yes)]
    [InlineData("components/dialog.tsx", "./put-file", "lib/files/put-file.ts", Resolution.No)]
    [InlineData("components/dialog.tsx", "@/lib/files/put-file", "lib/files/put-file.ts", Resolution.Yes)]
    [InlineData("src/components/dialog.tsx", "~/lib/files/put-file", "src/lib/files/put-file.ts", Resolution.Yes)]
    [InlineData("components/dialog.tsx", "lib/files/put-file", "lib/files/put-file.ts", Resolution.Yes)]
    [InlineData("components/dialog.tsx", "@/lib/files", "lib/files/index.ts", Resolution.Yes)]
    [InlineData("lib/files/dialog.tsx", ".", "lib/files/index.ts", Resolution.Yes)]
    [InlineData("components/dialog.tsx", "@/lib/other-file", "lib/files/put-file.ts", Resolution.No)]
    [InlineData("components/dialog.tsx", "@/lib/files/put-file", "lib/put-file.ts", Resolution.Perhaps)]
    [InlineData("components/dialog.tsx", "@lib/files/put-file", "lib/files/put-file.ts", Resolution.Perhaps)]
    [InlineData("components/dialog.tsx", "#utils/put-file", "lib/utils/put-file.ts", Resolution.Perhaps)]
    [InlineData("components/dialog.tsx", "@scope/put-file", "put-file.ts", Resolution.Perhaps)]
    [InlineData("components/dialog.tsx", "@scope/pkg", "put-file.ts", Resolution.No)]
    [InlineData("components/dialog.tsx", "react", "lib/files/put-file.ts", Resolution.No)]
    [InlineData("dialog.tsx", "../../put-file", "put-file.ts", Resolution.No)]
    public void Tells_whether_a_specifier_names_a_module(string importer, string specifier, string module, Resolution names) =>
        Assert.Equal(names, Names(importer, specifier, module));

    [Theory]
    [InlineData("lib/files/put-file.ts", "put-file")]
    [InlineData("lib/files/index.ts", "files")]
    [InlineData("index.js", "index")]
    public void The_stem_is_what_an_importer_writes(string module, string stem) => Assert.Equal(stem, Stem(module));

    private sealed class ImportComparer : IEqualityComparer<Import>
    {
        public bool Equals(Import x, Import y) => x.Specifier == y.Specifier && x.Kind == y.Kind && x.Names.SequenceEqual(y.Names);

        public int GetHashCode(Import obj) => obj.Specifier.GetHashCode(StringComparison.Ordinal);
    }
}
