using ShipReady.Auditing;
using ShipReady.Inventory;
using ShipReady.Reports;

namespace ShipReady.Tests.Reports;

/// <summary>A question raised by places the audit could not judge names them in every report.</summary>
public sealed class PlacesToReviewTests
{
    private static readonly Lazy<AuditResult> Review = new(() => new Auditor().Run(
        new DiskFileSource(Path.Combine(ShipReady.Testing.RepoRoot.Path, "tests", "fixtures", "validation", "val-xss-node-review")),
        new ProfileOverrides("b2b", [], null)));

    [Fact]
    public void The_question_names_the_places_and_a_plain_question_names_none()
    {
        var items = Review.Value.Items;

        Assert.Equal("public/widgets.js:6, public/widgets.js:12", PlacesToReview.Of(items.Single(i => i.Id == "VAL-XSS")));
        Assert.Equal("", PlacesToReview.Of(items.Single(i => i.Id == "DEP-TLS")));
    }

    [Fact]
    public void Markdown_and_html_show_them_with_the_question()
    {
        using var markdown = new StringWriter();
        new MarkdownPlanWriter().Write(Review.Value, markdown);
        using var html = new StringWriter();
        new HtmlReportWriter().Write(Review.Value, html);

        Assert.Contains("Look at: public/widgets.js:6, public/widgets.js:12", markdown.ToString());
        Assert.Contains("Look at: public/widgets.js:6, public/widgets.js:12", html.ToString());
    }
}
