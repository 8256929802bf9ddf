using ShipReady.Inventory;

namespace ShipReady.Tests.Inventory;

public sealed class RepoWalkerTests
{
    [Fact]
    public void Skips_dependency_and_build_folders_and_honours_nested_gitignore()
    {
        var source = new MemoryFileSource()
            .Add("app.js", "x")
            .Add("node_modules/express/index.js", "x")
            .Add("obj/Debug/a.cs", "x")
            .Add(".gitignore", "*.log\n/out.txt\n")
            .Add("debug.log", "x")
            .Add("out.txt", "x")
            .Add("web/.gitignore", "secret/\n!keep.log\n")
            .Add("web/keep.log", "x")
            .Add("web/out.txt", "x")
            .Add("web/secret/a.js", "x");

        var paths = new RepoWalker(source).Walk().Files.Select(f => f.Path).ToList();

        Assert.Equal([".gitignore", "app.js", "web/.gitignore", "web/keep.log", "web/out.txt"], paths);
    }

    [Fact]
    public void Skips_virtual_environments_whatever_their_name()
    {
        var source = new MemoryFileSource().Add("app.py", "x").Add("pyenv311/pyvenv.cfg", "x").Add("pyenv311/lib/site.py", "x");

        Assert.Equal(["app.py"], new RepoWalker(source).Walk().Files.Select(f => f.Path));
    }

    [Fact]
    public void Skips_the_demo_page_an_icon_font_generator_exported_but_keeps_the_font_and_other_demos()
    {
        var source = new MemoryFileSource()
            .Add("theme/icomoon/selection.json", "{}")
            .Add("theme/icomoon/demo.html", "x")
            .Add("theme/icomoon/style.css", "x")
            .Add("theme/icomoon/demo-files/demo.js", "x")
            .Add("docs/demo-files/demo.js", "x")
            .Add("site/selection.json", "{}")
            .Add("site/demo-files/demo.js", "x");

        Assert.Equal(
            ["docs/demo-files/demo.js", "site/demo-files/demo.js", "site/selection.json", "theme/icomoon/demo.html", "theme/icomoon/selection.json", "theme/icomoon/style.css"],
            new RepoWalker(source).Walk().Files.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Notes_links_it_does_not_follow_and_keeps_going()
    {
        var source = new MemoryFileSource()
            .Add("a.js", "x")
            .AddSpecial("broken", EntryKind.BrokenLink)
            .AddSpecial("loop", EntryKind.LinkLoop)
            .AddSpecial("etc", EntryKind.LinkOutside);

        var inventory = new RepoWalker(source).Walk();

        Assert.Equal(["a.js"], inventory.Files.Select(f => f.Path));
        Assert.Equal(["broken-link", "link-loop", "link-outside"], inventory.Notes.Select(n => n.Kind).Order());
    }

    [Fact]
    public void Keeps_going_past_an_unreadable_folder()
    {
        var source = new FaultyFileSource(new MemoryFileSource().Add("a.js", "x").Add("locked/b.js", "x"), "locked");

        var inventory = new RepoWalker(source).Walk();

        Assert.Equal(["a.js"], inventory.Files.Select(f => f.Path));
        var note = Assert.Single(inventory.Notes);
        Assert.Equal("locked", note.Path);
        Assert.Contains("permission denied", note.Message);
    }

    [Fact]
    public void Reads_binary_oversized_and_invalid_utf8_files_with_a_note_each()
    {
        var source = new MemoryFileSource()
            .Add("logo.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
            .Add("big.js", new string('a', 3000))
            .Add("latin1.py", [0x78, 0x20, 0x3D, 0x20, 0x27, 0xE9, 0x27, 0x0A]);
        var inventory = new RepoWalker(source, new WalkOptions { MaxFileBytes = 2000 }).Walk();
        string? Read(string path, out ScanNote? note) => inventory.ReadText(inventory.Files.Single(f => f.Path == path), out note);

        Assert.Null(Read("logo.png", out var binary));
        Assert.Equal("binary", binary!.Kind);
        Assert.Null(Read("big.js", out var large));
        Assert.Equal("too-large", large!.Kind);
        Assert.Equal("x = '\uFFFD'\n", Read("latin1.py", out var invalid));
        Assert.Equal("invalid-utf8", invalid!.Kind);
    }

    [Fact]
    public void A_pooled_read_holds_exactly_the_file_and_cannot_be_read_once_given_back()
    {
        var source = new MemoryFileSource()
            .Add("long.py", "token = 'abc'\n" + new string('#', 100) + "\n")
            .Add("short.py", "x = 1\n" + new string(' ', 80) + "\n");
        var inventory = new RepoWalker(source).Walk();
        PooledText Read(string path) => inventory.ReadPooled(inventory.Files.Single(f => f.Path == path), out _)!;
        Read("long.py").Dispose();

        var text = Read("short.py");

        Assert.Equal("x = 1\n" + new string(' ', 80) + "\n", text.Span.ToString());
        Assert.Equal(text.Span.ToString(), text.ToString());
        text.Dispose();
        Assert.Throws<ObjectDisposedException>(() => text.Span.Length);
    }

    [Fact]
    public void Reads_each_folders_files_before_listing_the_folders_beside_it()
    {
        // A wide tree: listed level by level, all 400 folders' files would wait to be read at once.
        var source = new MemoryFileSource();
        for (var i = 0; i < 400; i++)
        {
            source.Add($"pkg{i:000}/index.js", "x").Add($"pkg{i:000}/lib/util.js", "x");
        }
        var visitor = new CountingVisitor();

        new RepoWalker(source).Walk(visitor);

        Assert.Equal(800, visitor.Read);
        Assert.InRange(visitor.MostWaiting, 1, 4 * Environment.ProcessorCount);
    }

    [Fact]
    public void A_failing_job_reaches_the_caller_as_itself_while_other_workers_are_still_listing()
    {
        // One worker lists a slow folder while the root's job fails: the folder it then lists must not add a second error.
        var source = new SlowFolderSource(new MemoryFileSource().Add("a.txt", "x").Add("slow/b.txt", "x").Add("slow/sub/c.txt", "x"), "slow");

        Assert.Throws<BoomException>(() => new RepoWalker(source).Walk(new FailingRootVisitor()));
    }

    private sealed class BoomException : Exception;

    private sealed class FailingRootVisitor : IWalkVisitor
    {
        public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files) =>
            folder.Length == 0 ? [() => { Thread.Sleep(100); throw new BoomException(); }] : [];

        public void Note(ScanNote note)
        {
        }
    }

    private sealed class SlowFolderSource(IFileSource inner, string slow) : IFileSource
    {
        public string DisplayRoot => inner.DisplayRoot;

        public IReadOnlyList<FileEntry> List(string relativeDirectory)
        {
            if (relativeDirectory == slow)
            {
                Thread.Sleep(500);
            }
            return inner.List(relativeDirectory);
        }

        public byte[] Read(string relativePath, int maxBytes) => inner.Read(relativePath, maxBytes);
    }

    /// <summary>Counts the files listed but not yet read, as a visitor that holds them would.</summary>
    private sealed class CountingVisitor : IWalkVisitor
    {
        private int _waiting;
        private int _read;
        private int _mostWaiting;

        public int Read => _read;

        public int MostWaiting => _mostWaiting;

        public IEnumerable<Action> Listed(string folder, IReadOnlyList<SourceFile> files)
        {
            var waiting = Interlocked.Add(ref _waiting, files.Count);
            int most;
            while (waiting > (most = Volatile.Read(ref _mostWaiting)) && Interlocked.CompareExchange(ref _mostWaiting, waiting, most) != most)
            {
            }
            return [() =>
            {
                Interlocked.Add(ref _read, files.Count);
                Interlocked.Add(ref _waiting, -files.Count);
            }];
        }

        public void Note(ScanNote note)
        {
        }
    }
}

/// <summary>A file source that refuses one folder, as a folder without read permission does.</summary>
internal sealed class FaultyFileSource(IFileSource inner, string refused) : IFileSource
{
    public string DisplayRoot => inner.DisplayRoot;

    public IReadOnlyList<FileEntry> List(string relativeDirectory) =>
        relativeDirectory == refused ? throw new UnauthorizedAccessException("denied") : inner.List(relativeDirectory);

    public byte[] Read(string relativePath, int maxBytes) =>
        relativePath.StartsWith(refused + "/", StringComparison.Ordinal) ? throw new UnauthorizedAccessException("denied") : inner.Read(relativePath, maxBytes);
}
