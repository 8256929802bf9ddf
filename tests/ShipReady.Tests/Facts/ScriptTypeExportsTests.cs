using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class ScriptTypeExportsTests
{
    [Fact]
    public void Reads_the_names_a_module_exports_only_as_types()
    {
        const string code = """
            export type Announcement = { id: string };
            export interface Props { title: string }
            export declare type Flag = boolean;
            type Local = string;
            export type { Local, Other as Renamed };
            export const Release = { parse: (value: unknown) => value as Release };
            export type Release = { version: string };
            // export type Commented = string;
            export default async function getAnnouncement(): Promise<Announcement | null> {
              return null;
            }
            """;
        using var masked = CodeMasker.Mask(code, Language.TypeScript);

        Assert.Equal(["Announcement", "Flag", "Local", "Props", "Renamed"], ScriptExports.TypesOnly(masked).Order(StringComparer.Ordinal));
    }
}
