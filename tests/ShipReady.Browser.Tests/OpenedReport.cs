using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ShipReady.Browser.Tests;

/// <summary>A page showing the report, with every request it made and every error it logged.</summary>
public sealed class OpenedReport : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _url;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _errors = new();

    public OpenedReport(IBrowserContext context, IPage page, string url)
    {
        _context = context;
        _url = url;
        Page = page;
        page.Request += (_, request) => _requests.Enqueue(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Enqueue(error);
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Console errors and uncaught exceptions, a refused inline script among them.</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>The report may load itself and inline data, nothing else.</summary>
    public bool IsAllowed(string url) =>
        string.Equals(url, _url, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal);

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
