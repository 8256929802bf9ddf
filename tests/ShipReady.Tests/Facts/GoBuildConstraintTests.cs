using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class GoBuildConstraintTests
{
    [Theory]
    [InlineData("//go:build e2etest\n\npackage service\n")]
    [InlineData("// Copyright the authors.\n\n//go:build integration && linux\n\npackage store\n")]
    [InlineData("//go:build  unit\npackage store\n")]
    [InlineData("// +build e2etest\n\npackage service\n")]
    [InlineData("// +build linux,integration\n\npackage store\n")]
    public void A_file_that_asks_for_a_test_tag_is_built_only_for_tests(string text) =>
        Assert.True(GoBuildConstraint.IsTestOnly(text));

    [Theory]
    [InlineData("package service\n")]
    [InlineData("//go:build !e2etest\n\npackage service\n")]
    [InlineData("//go:build e2etest || debug\n\npackage service\n")]
    [InlineData("//go:build (e2etest && linux) || windows\n\npackage service\n")]
    [InlineData("//go:build linux && amd64\n\npackage service\n")]
    [InlineData("package service\n\n//go:build e2etest\n")]
    [InlineData("//go:build contest\n\npackage service\n")]
    [InlineData("// +build e2etest debug\n\npackage service\n")]
    [InlineData("// +build !integration\n\npackage service\n")]
    public void A_file_any_ordinary_build_can_hold_is_not(string text) =>
        Assert.False(GoBuildConstraint.IsTestOnly(text));
}
