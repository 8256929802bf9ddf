using Microsoft.Playwright;
using ShipReady.Auditing;
using ShipReady.Inventory;
using ShipReady.Reports;

namespace ShipReady.Browser.Tests;

/// <summary>
/// The example's HTML report written to a temporary file by the engine, and the system's Chromium
/// driven headless through Playwright. Playwright is never asked to download a browser: when
/// Chromium is missing every test fails and says how to install it.
/// </summary>
public sealed class ReportBrowser : IAsyncLifetime
{
    public const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("shipready-browser-").FullName;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _failure;

    public AuditResult Audit { get; } = new Auditor().Run(
        new DiskFileSource(Path.Combine(ShipReady.Testing.RepoRoot.Path, "examples", "docreview")),
        new ProfileOverrides("b2b", ["uploads", "ai", "personal-data"]));

    public string ReportPath => Path.Combine(_folder, new HtmlReportWriter().DefaultFileName);

    public string ReportUrl => new Uri(ReportPath).AbsoluteUri;

    public async Task InitializeAsync()
    {
        await using (var file = new StreamWriter(ReportPath))
        {
            new HtmlReportWriter().Write(Audit, file);
        }
        var chromium = Environment.GetEnvironmentVariable("SHIPREADY_CHROMIUM") is { Length: > 0 } custom ? custom : DefaultChromium;
        if (!File.Exists(chromium))
        {
            _failure = $"Chromium was not found at {chromium}. The browser tests drive the system's Chromium and never download one: " +
                "install it with `apt-get install -y chromium` (or set SHIPREADY_CHROMIUM to a Chromium binary).";
            return;
        }
        // Belt and braces: nothing in these tests may fetch a browser build.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArgs,
            });
        }
        catch (PlaywrightException e)
        {
            _failure = $"Chromium at {chromium} could not be started through Playwright: {e.Message}";
        }
    }

    /// <summary>Opens the report in a fresh page; every request the page makes is recorded, and none but the file itself is let through.</summary>
    public async Task<OpenedReport> OpenAsync()
    {
        if (_browser is null)
        {
            Assert.Fail(_failure ?? "The browser was not started.");
        }
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var opened = new OpenedReport(context, await context.NewPageAsync(), ReportUrl);
        await context.RouteAsync("**/*", route =>
            opened.IsAllowed(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync("blockedbyclient"));
        await opened.Page.GotoAsync(ReportUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
