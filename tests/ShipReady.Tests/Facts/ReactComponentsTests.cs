using ShipReady.Facts;
using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class ReactComponentsTests
{
    [Theory]
    // A component's handler, with a hook written with a type argument nested once.
    [InlineData("export default function Tags() {\n  const [form, setForm] = useState<Record<string, string>>({});\n  const save = async () => {\n    await fetch(url);\n  };\n}\n", true)]
    // A hook's effect, and a hook called through React.
    [InlineData("export function useDocuments(id) {\n  React.useEffect(() => {\n    fetch(url);\n  }, [id]);\n}\n", true)]
    // An arrow component that calls its hook after the handler.
    [InlineData("export const Upload = ({ url }: Props) => {\n  const send = async () => {\n    await fetch(url);\n  };\n  const [n] = useState(0);\n};\n", true)]
    // A method of another object named like a hook is no hook: a NestJS start-up.
    [InlineData("async function Bootstrap() {\n  app.useGlobalPipes(pipe);\n  await fetch(url);\n}\n", false)]
    // A hook called in a function that is neither a component nor a hook.
    [InlineData("export async function holidays(event) {\n  const config = useRuntimeConfig();\n  await fetch(url);\n}\n", false)]
    // A component's name, but no hook: a plain function.
    [InlineData("export async function PartnerStatus() {\n  await fetch(url);\n}\n", false)]
    // A function beside the component, after it has closed.
    [InlineData("export function Tags() {\n  const [a] = useState(0);\n}\nexport async function getServerSideProps() {\n  await fetch(url);\n}\n", false)]
    // A type argument nested twice.
    [InlineData("function Tags() {\n  const [m] = useState<Map<string, Array<string>>>(new Map());\n  const save = () => fetch(url);\n}\n", true)]
    // Helpers a server calls, named like hooks: Nitro's config in a function named as a hook, a container in a route handler.
    [InlineData("export async function useGitHubRepo(name) {\n  const { token } = useRuntimeConfig();\n  await fetch(url);\n}\n", false)]
    [InlineData("export async function GET(request) {\n  useContainer(Container);\n  await fetch(url);\n}\n", false)]
    // A server component's inline server action.
    [InlineData("export default function InvitePage() {\n  const [a] = useState(0);\n  async function invite(fd) {\n    \"use server\";\n    await fetch(url);\n  }\n}\n", false)]
    public void Tells_a_place_inside_a_component_or_hook(string code, bool inside)
    {
        using var masked = CodeMasker.Mask(code, Language.TypeScript);

        Assert.Equal(inside, ReactComponents.Encloses(masked, code.IndexOf("fetch(", StringComparison.Ordinal)));
    }
}
