using Microsoft.Playwright;
using ShipReady.Model;
using static Microsoft.Playwright.Assertions;

namespace ShipReady.Browser.Tests;

/// <summary>The example's HTML report as a founder sees it: in a real browser, opened from disk.</summary>
public sealed class ReportPageTests(ReportBrowser browser) : IClassFixture<ReportBrowser>
{
    private const string PlanItems = "[data-bucket] [data-control]";

    [Fact]
    public async Task Shows_the_three_buckets_with_their_items_and_the_must_have_total()
    {
        await using var report = await browser.OpenAsync();
        var page = report.Page;
        var plan = browser.Audit.Plan;

        await Expect(page.Locator("#must-have-hours")).ToHaveTextAsync("17 h");
        await ExpectItems(page, "must-have", plan.MustHave.Concat(plan.DoesNotFit).Select(i => i.Id));
        await ExpectItems(page, "within-30-days", plan.Within30Days.Select(i => i.Id));
        await ExpectItems(page, "defer", plan.Deferred.Select(i => i.Id));
    }

    [Fact]
    public async Task Choosing_an_area_hides_the_items_of_other_areas()
    {
        await using var report = await browser.OpenAsync();
        var page = report.Page;

        await page.Locator("#area-filter").SelectOptionAsync("auth");

        var items = await page.Locator(PlanItems).AllAsync();
        Assert.NotEmpty(items);
        var shown = 0;
        foreach (var item in items)
        {
            if (await item.GetAttributeAsync("data-area") == "auth")
            {
                await Expect(item).ToBeVisibleAsync();
                shown++;
            }
            else
            {
                await Expect(item).ToBeHiddenAsync();
            }
        }
        Assert.Equal(browser.Audit.Plan.MustHave.Concat(browser.Audit.Plan.Within30Days).Concat(browser.Audit.Plan.Deferred)
            .Count(i => i.Control.Area == Area.Auth), shown);

        await page.Locator("#area-filter").SelectOptionAsync("");
        await Expect(page.Locator($"{PlanItems}:visible")).ToHaveCountAsync(items.Count);
    }

    [Fact]
    public async Task Typing_in_the_search_box_keeps_only_the_items_that_match()
    {
        await using var report = await browser.OpenAsync();
        var page = report.Page;

        // "multer" is only in the upload item's evidence, which stays folded: search reads it anyway.
        await page.Locator("#text-filter").PressSequentiallyAsync("multer");

        await Expect(page.Locator($"{PlanItems}:visible")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-bucket=\"must-have\"] [data-control=\"VAL-UPLOAD\"]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-control=\"AUTH-AUTHN\"]")).ToBeHiddenAsync();
        await Expect(page.Locator("#filter-status")).ToContainTextAsync("Showing 1 of");

        await page.Locator("#text-filter").FillAsync("");
        await Expect(page.Locator("[data-control=\"AUTH-AUTHN\"]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Makes_no_request_beyond_its_own_file_and_logs_no_error()
    {
        await using var report = await browser.OpenAsync();
        var page = report.Page;
        await page.Locator("#area-filter").SelectOptionAsync("data");
        await page.Locator("#toggle-details").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains(browser.ReportUrl, report.Requests);
        Assert.All(report.Requests, url => Assert.True(report.IsAllowed(url), $"the page requested {url}"));
        Assert.Empty(report.Errors);
        // The filters are shown by the script, so a visible bar proves it ran under the page's policy.
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Saves_a_full_page_screenshot()
    {
        await using var report = await browser.OpenAsync();
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "shipready-report.png");

        await report.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is missing or empty");
    }

    private static async Task ExpectItems(IPage page, string bucket, IEnumerable<string> ids)
    {
        var column = page.Locator($"[data-bucket=\"{bucket}\"]");
        await Expect(column).ToBeVisibleAsync();
        var expected = ids.ToList();
        Assert.NotEmpty(expected);
        await Expect(column.Locator("[data-control]")).ToHaveCountAsync(expected.Count);
        foreach (var id in expected)
        {
            await Expect(column.Locator($"[data-control=\"{id}\"]")).ToBeVisibleAsync();
        }
    }
}
