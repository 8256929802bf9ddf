using ShipReady.Facts;
using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class ScriptFunctionsTests
{
    [Theory]
    [InlineData("export function render(el: HTMLElement | null, config?: Config) {", "render", "el,config", true)]
    [InlineData("export const render = async (el, { title }, ...rest): Promise<void> => {", "render", "el,,", true)]
    [InlineData("  const draw = function (canvas) {", "draw", "canvas", false)]
    [InlineData("export default function* steps<T>(items: T[]) {", "steps", "items", true)]
    public void Reads_a_named_function_s_parameters(string line, string name, string parameters, bool topLevel)
    {
        using var masked = CodeMasker.Mask(line + "\n}\n", Language.TypeScript);

        var signature = ScriptFunctions.Signature(masked, 1);

        Assert.NotNull(signature);
        Assert.Equal(name, signature.Name);
        Assert.Equal(parameters.Split(','), signature.Parameters);
        Assert.Equal(topLevel, signature.TopLevel);
    }

    [Theory]
    [InlineData("const total = (a + b) * 2;")]
    [InlineData("items.forEach((item) => {")]
    [InlineData("if (render(el)) {")]
    public void Brackets_callbacks_and_calls_are_no_named_function(string line)
    {
        using var masked = CodeMasker.Mask(line + "\n}\n", Language.TypeScript);

        Assert.Null(ScriptFunctions.Signature(masked, 1));
    }

    [Fact]
    public void Tells_calls_from_declarations_imports_and_values_and_a_method_or_an_import_under_another_name_from_a_call()
    {
        const string code = """
            import {
              Editor,
              render,
            } from './Editor';
            import draw, { render as paint } from './draw';
            export { render as show } from './Editor';
            export { render };
            export function render(el, config) { }
            const api = { render, paint(x) { } };
            render(el, { copyText: t('copy') });
            view.render(el);
            el.onload = render;
            export default render;
            draw(1);
            """;
        using var masked = CodeMasker.Mask(code, Language.TypeScript);

        var uses = ScriptFunctions.Uses(masked.Code, "render").Select(u => (masked.Position(u.Index).Line, u.Kind)).ToList();

        Assert.Equal(
            [
                (3, ScriptFunctions.UseKind.ImportOrExport),
                (5, ScriptFunctions.UseKind.Value),
                (6, ScriptFunctions.UseKind.Value),
                (7, ScriptFunctions.UseKind.ImportOrExport),
                (8, ScriptFunctions.UseKind.Declaration),
                (9, ScriptFunctions.UseKind.Value),
                (10, ScriptFunctions.UseKind.Call),
                (11, ScriptFunctions.UseKind.Value),
                (12, ScriptFunctions.UseKind.Value),
                (13, ScriptFunctions.UseKind.Value),
            ],
            uses);
        Assert.Equal([ScriptFunctions.UseKind.ImportOrExport, ScriptFunctions.UseKind.Call], ScriptFunctions.Uses(masked.Code, "draw").Select(u => u.Kind));
    }

    [Theory]
    [InlineData("attrs: Record<string, string>, html: string, size = 'md'", "attrs,html,size")]
    [InlineData("a, cb = (x) => x > 1, { title }", "a,cb,")]
    public void Reads_parameter_names_past_a_type_s_angle_brackets(string parameters, string names) =>
        Assert.Equal(names.Split(','), ScriptFunctions.ParameterNames(parameters));

    [Fact]
    public void Splits_a_call_s_arguments_past_a_type_s_angle_brackets_but_not_a_comparison()
    {
        const string arguments = "new Map<string, string>(), a < b, c";

        Assert.Equal(["new Map<string, string>()", "a < b", "c"], ScriptFunctions.SplitArguments(arguments).Select(p => arguments.Substring(p.Start, p.Length)));
    }

    [Theory]
    [InlineData("{ copyText: t('copy'), other: x }", "copyText", "t('copy')")]
    [InlineData("{ other: x, copyText }", "copyText", "copyText")]
    [InlineData("{ ...defaults, copyText: 'a' }", "copyText", null)]
    [InlineData("{ other: x }", "copyText", null)]
    [InlineData("options", "copyText", null)]
    public void Reads_a_property_of_an_object_literal(string literal, string key, string? value)
    {
        var found = ScriptArgumentScan.PropertyOf(literal, key);

        Assert.Equal(value, found is var (start, length) ? literal.Substring(start, length) : null);
    }
}
