namespace ShipReady.Facts.Code;

/// <summary>A method's declaration in a C# file: its name, where its header starts (attributes included) and its body's <c>{</c>, or the <c>=&gt;</c> of an expression-bodied one.</summary>
public sealed record CSharpMethod(string Name, int Header, int Opener);
