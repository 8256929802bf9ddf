namespace ShipReady.Facts.Code;

/// <summary>A method's declaration in a C# file: its name, where its header starts (attributes included) and its body's <c>{</c>.</summary>
public sealed record CSharpMethod(string Name, int Header, int Opener);
