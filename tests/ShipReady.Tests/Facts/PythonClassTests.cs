using ShipReady.Facts.Code;

namespace ShipReady.Tests.Facts;

public sealed class PythonClassTests
{
    private const string Config = """
        import os

        SETTING = 1


        class TestingConfig(Config):
            TESTING = True

            # a comment at the top level's indentation does not end the class
        # even one at the left margin
            if os.environ.get("X"):
                A = 1

            @classmethod
            def init_app(cls, app):
                B = 2


        def helper():
            C = 3
        """;

    [Theory]
    [InlineData(3, null)]
    [InlineData(7, "TestingConfig")]
    [InlineData(12, "TestingConfig")]
    [InlineData(16, "TestingConfig")]
    [InlineData(20, null)]
    public void Finds_the_class_a_line_sits_in_by_indentation(int line, string? expected)
    {
        using var masked = CodeMasker.Mask(Config, Language.Python);

        Assert.Equal(expected, PythonClass.Enclosing(masked, line));
    }

    [Theory]
    [InlineData("TestingConfig", new[] { "Testing", "Config" })]
    [InlineData("HTTPDevConfig", new[] { "HTTP", "Dev", "Config" })]
    [InlineData("local_settings", new[] { "local", "settings" })]
    [InlineData("Config2Test", new[] { "Config2", "Test" })]
    public void Splits_a_name_into_words_at_underscores_and_case_changes(string name, string[] expected)
    {
        Assert.Equal(expected, PythonClass.Words(name));
    }

    [Theory]
    [InlineData("DevelopmentConfig", true)]
    [InlineData("TestConfig", true)]
    [InlineData("DeviceConfig", false)]
    [InlineData("ProductionConfig", false)]
    [InlineData("LatestConfig", false)]
    public void A_word_must_be_whole_to_count(string name, bool expected)
    {
        Assert.Equal(expected, PythonClass.NameHasWord(name, ["test", "testing", "dev", "development", "local"]));
    }
}
