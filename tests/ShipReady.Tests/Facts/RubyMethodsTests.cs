using ShipReady.Catalog;
using ShipReady.Facts.Code;
using ShipReady.Testing;

namespace ShipReady.Tests.Facts;

public sealed class RubyMethodsTests
{
    private const string Code = """
        class Story < ApplicationRecord
          scope :top, ->(user, length, exclude = nil) {
            where("x")
          }

          def self.search(term, *rest, limit: 10, &block)
            where(title: term)
          end

          def label = "story"

          def touch; end

          def period(query)
            length = interval(params[:p])
            query.where(created_at: length)
          end
        end

        Story.top(@user, length, [1, 2])
        stories = top(nil, interval("1d"))
        Story.search "text", 3
        cache(top: true, length: length)
        list.map(&:top)
        def top_stories; end
        """;

    [Fact]
    public void Reads_a_scope_a_class_method_and_an_endless_method()
    {
        using var masked = CodeMasker.Mask(Code, Language.Ruby);

        var scope = Assert.Single(RubyMethods.Named(masked, "top"));
        Assert.Equal((2, 4), (scope.Line, scope.EndLine));
        Assert.Equal(["user", "length", "exclude"], scope.Parameters.ToArray());

        var search = Assert.Single(RubyMethods.Named(masked, "search"));
        Assert.Equal((6, 8), (search.Line, search.EndLine));
        Assert.Equal(["term", "*"], search.Parameters.ToArray());

        var label = Assert.Single(RubyMethods.Named(masked, "label"));
        Assert.Equal("\"     \"", label.OneLineBody);
        Assert.Equal(label.Line, label.EndLine);
    }

    [Fact]
    public void Reads_a_scope_whose_lambda_is_in_brackets()
    {
        const string Scopes = "class Role\n  scope :builtin, (lambda do |*args|\n    where(x)\n  end)\n  scope :tagged, (lambda do\n    where(y)\n  end)\nend\n";
        using var masked = CodeMasker.Mask(Scopes, Language.Ruby);

        Assert.Equal(["*"], Assert.Single(RubyMethods.Named(masked, "builtin")).Parameters.ToArray());
        Assert.Equal("builtin", RubyMethods.Enclosing(masked, 3)?.Name);
        Assert.Equal("tagged", RubyMethods.Enclosing(masked, 6)?.Name);
    }

    [Theory]
    [InlineData(3, "top")]
    [InlineData(7, "search")]
    [InlineData(15, "period")]
    [InlineData(16, "period")]
    [InlineData(1, null)]
    [InlineData(20, null)]
    public void Finds_the_method_whose_body_holds_a_line(int line, string? method)
    {
        using var masked = CodeMasker.Mask(Code, Language.Ruby);

        Assert.Equal(method, RubyMethods.Enclosing(masked, line)?.Name);
    }

    [Fact]
    public void Finds_calls_with_their_arguments_and_not_declarations_symbols_or_hash_keys()
    {
        using var masked = CodeMasker.Mask(Code, Language.Ruby);

        var calls = RubyMethods.Calls(masked, "top");

        Assert.Equal([20, 21], calls.Select(c => c.Line));
        Assert.Equal(["@user", "length", "[1, 2]"], calls[0].Arguments!.Value.Select(a => new string(masked.Code.Slice(a.Index, a.Length))));
        Assert.Equal(["nil", "interval(\"  \")"], calls[1].Arguments!.Value.Select(a => new string(masked.Code.Slice(a.Index, a.Length))));
    }

    [Fact]
    public void A_call_without_brackets_is_found_without_arguments()
    {
        using var masked = CodeMasker.Mask(Code, Language.Ruby);

        var call = Assert.Single(RubyMethods.Calls(masked, "search"));

        Assert.Equal(22, call.Line);
        Assert.Null(call.Arguments);
    }
}

public sealed class RubyReturnValueTests
{
    private static bool Returns(string method, string? key = null)
    {
        using var masked = CodeMasker.Mask(method, Language.Ruby);
        var name = RubyMethods.At(masked, 1)!;
        return RubyReturnValue.IsFromCode(masked, name, key);
    }

    [Theory]
    [InlineData("def sort_column\n  Product.column_names.include?(params[:sort]) ? params[:sort] : \"name\"\nend")]
    [InlineData("def direction\n  %w[asc desc].include?(params[:d]) ? params[:d] : \"asc\"\nend")]
    [InlineData("def direction\n  params[:d].in?(%w[asc desc]) ? params[:d] : \"asc\"\nend")]
    [InlineData("def page(text)\n  text.to_i\nend")]
    [InlineData("def unit(text)\n  UNITS[text.to_s.downcase]\nend")]
    [InlineData("def unit(text)\n  return DEFAULT unless text\n  UNITS.fetch(text) if false\n  \"day\"\nend")]
    [InlineData("def kind(text)\n  case text\n  when \"a\" then \"Alpha\"\n  when \"b\"\n    \"Beta\"\n  else\n    nil\n  end\nend")]
    [InlineData("def limit(text)\n  n = text.to_i\n  n = 100 if n > 100\n  n\nend")]
    [InlineData("def label = \"fixed\"")]
    [InlineData("def page(text)\n  text.to_i rescue nil\nend")]
    [InlineData("def html\n  s = +\"<p>\"\n  s << \"</p>\"\n  s\nend")]
    public void A_helper_that_makes_its_value_from_the_code_is_read_as_such(string method) =>
        Assert.True(Returns(method));

    [Theory]
    [InlineData("def column\n  params[:sort] || \"name\"\nend")]
    [InlineData("def term(text)\n  text.strip\nend")]
    [InlineData("def term(text)\n  \"%#{text}%\"\nend")]
    [InlineData("def name\n  @name\nend")]
    [InlineData("def name\n  User.first.name\nend")]
    [InlineData("def names\n  items.map { |i| i.name }\nend")]
    [InlineData("def kind(text)\n  if text == \"a\"\n    \"Alpha\"\n  else\n    text\n  end\nend")]
    [InlineData("def kind(text)\n  return text if text.present?\n  \"none\"\nend")]
    [InlineData("def pick(text)\n  a, b = text.split(\",\")\n  a\nend")]
    [InlineData("def html(text)\n  s = +\"\"\n  s << text\n  s\nend")]
    [InlineData("def page(text)\n  text.to_i rescue text\nend")]
    [InlineData("def html(text)\n  s = +\"<p>\"\n  s << \"<b>\" + text\n  s << \"</p>\"\nend")]
    [InlineData("def each_name\n  NAMES.each do |n|\n    puts n\n  end\nend")]
    public void A_helper_that_hands_on_what_it_was_given_is_not(string method) =>
        Assert.False(Returns(method));

    [Fact]
    public void A_returned_hash_is_read_at_its_key()
    {
        // The helper the VAL-SQLI fixture follows values into: an integer and a unit from a table, and text it was given.
        var text = File.ReadAllText(Path.Combine(RepoRoot.Path, "tests", "fixtures", "validation", "val-sqli-ruby-helpers", "app", "helpers", "period_helper.rb"));
        using var masked = CodeMasker.Mask(text, Language.Ruby);
        var method = Assert.Single(RubyMethods.Named(masked, "parse_period"));

        Assert.True(RubyReturnValue.IsFromCode(masked, method, "dur"));
        Assert.True(RubyReturnValue.IsFromCode(masked, method, "unit"));
        Assert.True(RubyReturnValue.IsFromCode(masked, method, "human"));
        Assert.False(RubyReturnValue.IsFromCode(masked, method, "label"));
        Assert.True(RubyReturnValue.IsFromCode(masked, method, "missing"));
        Assert.False(RubyReturnValue.IsFromCode(masked, method, null));
    }
}
