using System.Buffers;
using ShipReady.Facts.Code;
using ShipReady.Inventory;

namespace ShipReady.Facts;

/// <summary>
/// A Go program that serves HTTP with the standard library alone (net/http, as miniflux or Remark42
/// do) declares no web framework a manifest could name; the server is only visible in the code.
/// </summary>
internal static class GoHttpServer
{
    /// <summary>The framework name a Go web application on the standard library gets.</summary>
    public const string Framework = "net/http";

    private static readonly SearchValues<string> Markers = SearchValues.Create(
        ["http.ListenAndServe(", "http.ListenAndServeTLS(", "http.Server{", "http.NewServeMux(", "http.HandleFunc(", "http.Serve("],
        StringComparison.Ordinal);

    /// <summary>Whether a Go file outside tests starts or configures an HTTP server (vendor folders are never walked).</summary>
    public static bool Serves(SourceFile file, ReadOnlySpan<char> text) =>
        file.Language == Language.Go
        && !file.Path.EndsWith("_test.go", StringComparison.Ordinal)
        && !FileRoles.IsTestData(file.Path)
        && text.IndexOfAny(Markers) >= 0;
}
