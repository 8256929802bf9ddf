using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Tests.Facts;

public sealed class ScriptExportsTests
{
    private static string[] Read(string source)
    {
        using var masked = CodeMasker.Mask(source, Language.TypeScript);
        return [.. ScriptExports.Read(masked)];
    }

    [Theory]
    [InlineData("export const mockUser: TUser = { id: 'u_1' };", "mockUser")]
    [InlineData("export function getUser() { return null; }\nexport class Repo {}", "getUser,Repo")]
    [InlineData("export async function load() {}\nexport interface Row { id: string }", "load,Row")]
    [InlineData("const a = 1;\nconst b = 2;\nexport { a, b as c };", "a,c")]
    [InlineData("export { mockUser } from './mock-data';\nexport type { TUser } from './types';", "mockUser,TUser")]
    // A comment or a string is not an export.
    [InlineData("export const user = 1;\n// export default user\nconst s = 'export * from x';", "user")]
    public void Named_exports_are_read(string source, string names)
    {
        Assert.Equal(names.Split(','), Read(source));
    }

    [Theory]
    [InlineData("export default { id: 'u_1' };")]
    [InlineData("export const a = 1;\nexport default a;")]
    [InlineData("export * from './users';")]
    [InlineData("const user = {};\nmodule.exports = { user };")]
    [InlineData("exports.user = {};")]
    [InlineData("export const { a, b } = make();")]
    [InlineData("const a = 1;\nexport { a as default };")]
    [InlineData("import './polyfills';\nwindow.user = {};")]
    public void A_module_whose_users_cannot_all_be_found_by_name_has_none(string source)
    {
        Assert.Empty(Read(source));
    }

    [Theory]
    [InlineData("return { user: defaultUser };", true)]
    [InlineData("const x = defaultUser.id;", true)]
    [InlineData("const x = defaultUsers;", false)]
    [InlineData("const x = myDefaultUser;", false)]
    [InlineData("const x = $defaultUser;", false)]
    public void A_name_is_mentioned_only_as_an_identifier_of_its_own(string code, bool mentioned)
    {
        Assert.Equal(mentioned, ScriptExports.Mentions(code, ["defaultUser"]));
    }

    [Theory]
    [InlineData("src/__mocks__/session.ts", true)]
    [InlineData("apps/web/lib/survey/__mock__/survey.ts", true)]
    [InlineData("backend/src/config/mock/auth.config.mock.ts", true)]
    [InlineData("src/lib/session.mock.ts", true)]
    [InlineData("src/mocks/handlers.js", true)]
    [InlineData("src/lib/mock-data.ts", false)]
    [InlineData("src/mockups/session.ts", false)]
    [InlineData("src/lib/mockServer.ts", false)]
    public void A_test_double_is_named_for_one(string path, bool isDouble)
    {
        Assert.Equal(isDouble, FileRoles.IsTestDouble(path));
    }
}
