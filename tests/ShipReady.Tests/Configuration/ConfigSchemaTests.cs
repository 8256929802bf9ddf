using NJsonSchema;
using ShipReady.Configuration;
using YamlDotNet.Serialization;

namespace ShipReady.Tests.Configuration;

/// <summary>The published schema of shipready.yml and the reader agree on what a valid file is.</summary>
public sealed class ConfigSchemaTests
{
    [Theory]
    [InlineData("profile:\n  name: DocReview\n  archetype: b2b\n  handles: [uploads, ai]\n  timebox: 60\nignore:\n  - \"legacy/**\"\n", true)]
    [InlineData("profile:\n  archetype: startup\n", false)]
    [InlineData("profile:\n  handles: [cash]\n", false)]
    [InlineData("profle:\n  archetype: b2b\n", false)]
    [InlineData("answers:\n  DATA-BACKUP: yes\n  DEP-TLS: no\n", true)]
    [InlineData("answers:\n  DATA-BACKUP: maybe\n", false)]
    [InlineData("answers:\n  # DATA-BACKUP: yes|no\n", true)]
    public async Task Schema_and_reader_accept_and_reject_the_same_files(string yaml, bool valid)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(ShipReady.Testing.RepoRoot.Path, "docs", "schema", "shipready.schema.json"));
        var asJson = new SerializerBuilder().JsonCompatible().Build()
            .Serialize(new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize(new StringReader(yaml))!);

        Assert.Equal(valid, schema.Validate(asJson).Count == 0);
        Assert.Equal(valid, Record.Exception(() => ConfigReader.Read("shipready.yml", yaml)) is null);
    }

    [Fact]
    public async Task Schema_offers_an_answer_for_every_questionnaire_only_control_with_its_question()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(ShipReady.Testing.RepoRoot.Path, "docs", "schema", "shipready.schema.json"));
        var answers = schema.Properties["answers"].Properties;
        var asked = ShipReady.Catalog.ControlCatalog.Default.Controls.Where(c => c.IsQuestionnaireOnly).ToList();

        Assert.Equal(asked.Select(c => c.Id).Order(), answers.Keys.Order());
        Assert.All(asked, c => Assert.Equal(c.Question, answers[c.Id].Description));
    }
}
