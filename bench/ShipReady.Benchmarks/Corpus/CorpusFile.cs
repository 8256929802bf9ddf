using ShipReady.Facts.Code;

namespace ShipReady.Benchmarks.Corpus;

/// <summary>One generated source file: where it would live, its language and its text.</summary>
internal sealed record CorpusFile(string Path, Language Language, string Text);
