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
            ],
            imports.Select(i => i with { Names = [.. i.Names] }),
            new ImportComparer());
    }

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
