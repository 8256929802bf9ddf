using System.Collections.Immutable;
using System.Reflection;

namespace ShipReady.History;

/// <summary>
/// The schema of the history as numbered SQL scripts embedded in this assembly. The number of the last
/// script applied is the database's user_version, so a file says which scripts it has seen.
/// </summary>
internal static class Migrations
{
    private const string Prefix = "ShipReady.History.Migrations.";

    /// <summary>Every script in order; script N brings the schema to version N.</summary>
    public static ImmutableArray<(int Version, string Name, string Sql)> All { get; } = Load();

    public static int Latest => All[^1].Version;

    private static ImmutableArray<(int, string, string)> Load()
    {
        var assembly = typeof(Migrations).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^4])
            .Order(StringComparer.Ordinal)
            .Select(name => (int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture), name, Read(assembly, Prefix + name + ".sql")))
            .ToImmutableArray();
        for (var i = 0; i < scripts.Length; i++)
        {
            if (scripts[i].Item1 != i + 1)
            {
                throw new InvalidOperationException($"migration {scripts[i].Item2} is out of sequence; scripts are numbered 0001, 0002, ... without gaps.");
            }
        }
        return scripts;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
