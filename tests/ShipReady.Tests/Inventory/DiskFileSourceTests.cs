using ShipReady.Inventory;

namespace ShipReady.Tests.Inventory;

public sealed class DiskFileSourceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("shipready-disk-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("shipready-outside-").FullName;

    [Fact]
    public void Classifies_links_without_following_them()
    {
        File.WriteAllText(Path.Combine(_root, "app.js"), "x");
        File.WriteAllText(Path.Combine(_outside, "passwd"), "x");
        Directory.CreateDirectory(Path.Combine(_root, "src"));
        File.CreateSymbolicLink(Path.Combine(_root, "broken"), Path.Combine(_root, "missing"));
        File.CreateSymbolicLink(Path.Combine(_root, "loop-a"), Path.Combine(_root, "loop-b"));
        File.CreateSymbolicLink(Path.Combine(_root, "loop-b"), Path.Combine(_root, "loop-a"));
        File.CreateSymbolicLink(Path.Combine(_root, "escape"), Path.Combine(_outside, "passwd"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "src", "up"), _root);

        var inventory = new RepoWalker(new DiskFileSource(_root)).Walk();

        Assert.Equal(["app.js"], inventory.Files.Select(f => f.Path));
        var kinds = inventory.Notes.ToDictionary(n => n.Path, n => n.Kind);
        Assert.Equal("broken-link", kinds["broken"]);
        Assert.Equal("link-loop", kinds["loop-a"]);
        Assert.Equal("link-outside", kinds["escape"]);
        Assert.DoesNotContain("src/up", kinds.Keys);
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }
}
