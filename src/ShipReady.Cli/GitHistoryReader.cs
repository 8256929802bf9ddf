using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ShipReady.Facts.GitHistory;
using ShipReady.Inventory;

namespace ShipReady.Cli;

/// <summary>
/// The git history of an audited folder for <c>--git-history</c>: one <c>git log -p</c> process whose
/// output is parsed as it streams, so memory stays bounded however long the history is. Binary
/// changes carry no text lines and are skipped by git itself. Anything that keeps the history from
/// being read becomes a note, never an error: the rest of the audit still runs.
/// </summary>
/// <param name="folder">The audited folder, as the user named it: notes name it so.</param>
/// <param name="revisions">Where history starts: every ref by default, or one revision for a baseline.</param>
internal sealed class GitHistoryReader(string folder, IReadOnlyList<string>? revisions = null) : IGitHistory
{
    /// <summary>Added text is handed on in pieces of about this many characters, and longer lines are cut to it.</summary>
    private const int MaxChunkChars = 1024 * 1024;

    private readonly List<ScanNote> _notes = [];

    public IReadOnlyList<ScanNote> Notes => _notes;

    private IReadOnlyList<string> Revisions => revisions ?? ["--all"];

    public IEnumerable<AddedText> AddedTexts(CancellationToken cancellation)
    {
        _notes.Clear();
        bool shallow;
        try
        {
            var (code, output, _) = Run("rev-parse", "--is-shallow-repository");
            if (code != 0)
            {
                _notes.Add(new ScanNote(folder, "not-git", "is not in a git repository, so --git-history had no history to scan; audit a clone that has its history, or drop --git-history."));
                yield break;
            }
            shallow = output.Trim() == "true";
        }
        catch (Win32Exception)
        {
            _notes.Add(new ScanNote(folder, "git-missing", "was not scanned for secrets in git history: git is not installed or not on the PATH; install git, or drop --git-history."));
            yield break;
        }

        foreach (var text in Log(cancellation))
        {
            yield return text;
        }
        if (shallow)
        {
            var (_, count, _) = Run(["rev-list", "--count", .. Revisions]);
            var commits = int.TryParse(count.Trim(), CultureInfo.InvariantCulture, out var n) ? n : 0;
            _notes.Add(new ScanNote(folder, "shallow-clone",
                $"is a shallow clone: only {commits} commit{(commits == 1 ? "" : "s")} of its history were scanned for secrets; run 'git fetch --unshallow' and audit again to scan all of it."));
        }
    }

    private IEnumerable<AddedText> Log(CancellationToken cancellation)
    {
        // Every option that user configuration could change is pinned: prefixes, colour, external
        // diff tools, text conversion and path quoting would all change what is parsed.
        var start = GitCommand.In(folder,
        [
            "-c", "core.quotePath=false", "log", .. Revisions, "--reverse", "--topo-order", "-p", "-U0",
            "--no-color", "--no-ext-diff", "--no-textconv", "--no-show-signature", "--src-prefix=a/", "--dst-prefix=b/",
            $"--format={GitLogParser.CommitMarker}%h", "--relative", "--", ".",
        ]);
        start.StandardOutputEncoding = new UTF8Encoding(false);
        using var process = Process.Start(start)!;
        // Read at once, so that a chatty stderr cannot fill its pipe and stall git.
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var parser = new GitLogParser(MaxChunkChars);
        try
        {
            foreach (var text in parser.Parse(BoundedLines.Read(process.StandardOutput, MaxChunkChars)))
            {
                cancellation.ThrowIfCancellationRequested();
                yield return text;
            }
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var first = errors.Result.Trim().Split('\n')[0];
                _notes.Add(new ScanNote(folder, "git-failed",
                    $"git log stopped after {parser.Commits} commits ({first}); secrets in the rest of the history were not looked for. Run 'git fsck' there, or drop --git-history."));
            }
        }
        finally
        {
            // A scan that stops early (cancelled, or failed) must not leave git writing to a pipe nobody reads.
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
            }
        }
    }

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        using var process = Process.Start(GitCommand.In(folder, args))!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
