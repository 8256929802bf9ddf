namespace ShipReady.Facts.GitHistory;

/// <summary>
/// Lines one commit added to one file, one after another from <paramref name="FirstLine"/>: the unit
/// of git history the secret scan reads. Only added lines matter, since a secret enters history where
/// a commit adds it; removed and unchanged lines were added by an earlier commit.
/// </summary>
/// <param name="Commit">The commit's abbreviated id, as git abbreviates it.</param>
/// <param name="Path">The file in that commit, relative to the audited folder, with '/'.</param>
/// <param name="FirstLine">The 1-based line in that commit's version of the file where the text starts.</param>
/// <param name="Text">The added lines, joined by '\n'.</param>
public sealed record AddedText(string Commit, string Path, int FirstLine, string Text);
