using ShipReady.Catalog;
using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class ScriptValueFlowTests
{
    private static readonly CodePattern Sink = ControlCatalog.Default.Find("VAL-XSS")!.Patterns.Single(p => p.Id == "js-inner-html-input");

    private const string Code = """
        interface RenderConfig {
          copyText: string;
        }
        export function render(el: HTMLElement, config?: RenderConfig, label = 'x') {
          const { copyText = '', doneText = '' } = config || {
            copyText: 'Copy',
            doneText: 'Copied!',
          };
          const { shown } = config || { shown: window.name };
          const { title = `${window.name}` } = config;
          const id = `code-${Date.now().toString().substring(5)}-${Math.floor(Math.random() * 10)}`;
          const plain = `<a id="${id}" title="${t('copy', { ns: 'messages' })}"></a>`;
          const fromCaller = `
            <a title="${copyText}" id="${id}"></a>
          `;
          const twice = `<b>${label}</b>`;
          const typed = `<b>${location.hash}</b>`;
          const named = `<b>${t(key)}</b>`;
          let grown = `<i>${id}</i>`;
          grown += window.name;
          const fallen = `<b>${shown}</b>`;
          const titled = `<b>${title}</b>`;
          el.querySelectorAll('pre').forEach((pre) => {
            const inner = `<b>${pre.textContent}</b>`;
            el.innerHTML = plain;
            el.innerHTML = fromCaller;
            el.innerHTML = twice;
            el.innerHTML = typed;
            el.innerHTML = named;
            el.innerHTML = grown;
            el.innerHTML = fallen;
            el.innerHTML = titled;
            el.innerHTML = inner;
          });
        }
        """;

    private static ScriptValueFlow.Judgement Judge(string sink)
    {
        using var masked = CodeMasker.Mask(Code, Language.TypeScript);
        var line = Code.Split('\n').ToList().FindIndex(l => l.Contains(sink, StringComparison.Ordinal)) + 1;
        var value = sink[(sink.IndexOf('=') + 1)..].Trim().TrimEnd(';');
        return ScriptValueFlow.Judge(masked, Sink, value, line);
    }

    [Fact]
    public void A_template_of_literals_dates_random_numbers_and_translated_literal_keys_is_made_by_the_code() =>
        Assert.True(Judge("el.innerHTML = plain;").IsFixed);

    [Fact]
    public void A_field_of_a_parameter_object_with_literal_defaults_is_asked_of_the_function_s_callers()
    {
        var judgement = Judge("el.innerHTML = fromCaller;");

        Assert.False(judgement.Stands);
        Assert.Equal(new PassedTo("render", 1, "copyText"), Assert.Single(judgement.Asks));
    }

    [Fact]
    public void A_parameter_is_asked_of_the_callers_by_its_position() =>
        Assert.Equal(new PassedTo("render", 2, null), Assert.Single(Judge("el.innerHTML = twice;").Asks));

    [Theory]
    [InlineData("el.innerHTML = typed;")]
    [InlineData("el.innerHTML = named;")]
    [InlineData("el.innerHTML = grown;")]
    [InlineData("el.innerHTML = fallen;")]
    [InlineData("el.innerHTML = titled;")]
    [InlineData("el.innerHTML = inner;")]
    public void Input_a_translation_of_a_variable_key_an_appended_value_a_fallback_of_input_a_template_default_and_a_callback_s_parameter_stand(string sink) =>
        Assert.True(Judge(sink).Stands);

    [Theory]
    [InlineData("`a${b}c${d}`", new[] { "b", "d" })]
    [InlineData("`a${x ? '}' : `${y}`}`", new[] { "x ? '}' : `${y}`" })]
    [InlineData("`a\\${b}`", new string[0])]
    public void Holes_are_read_past_quoted_braces_and_nested_templates(string template, string[] holes) =>
        Assert.Equal(holes, ScriptValueFlow.HolesOf(template));
}
