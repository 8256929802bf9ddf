using System.Text.RegularExpressions;

namespace ShipReady.Facts.Secrets;

/// <summary>One format of secret: its name and the regex whose group "secret" (or whole match) is the value.</summary>
public sealed record SecretRule(string Id, string Name, Regex Regex);
