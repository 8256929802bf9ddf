using System.Text;
using ShipReady.Configuration;

namespace ShipReady.Cli.Init;

/// <summary>Writes shipready.yml and the schema its first line names, each atomically, so a failed run never leaves half a file.</summary>
internal static class ConfigFiles
{
    private const string SchemaResource = "ShipReady.Cli.Init.shipready.schema.json";

    /// <summary>Where shipready.yml goes in <paramref name="root"/>.</summary>
    public static string ConfigPath(string root) => In(root, AuditConfig.FileName);

    /// <summary>Where the schema goes, beside the configuration, so the editor modeline resolves offline.</summary>
    public static string SchemaPath(string root) => In(root, ConfigText.SchemaPath.Replace('/', Path.DirectorySeparatorChar));

    // Paths are shown as the user would type them: "shipready.yml", not "./shipready.yml".
    private static string In(string root, string relative) =>
        Path.TrimEndingDirectorySeparator(root) == "." ? relative : Path.Combine(root, relative);

    /// <exception cref="UsageException">shipready.yml exists and <paramref name="force"/> is not set.</exception>
    public static void RefuseToReplace(string root, bool force)
    {
        var config = ConfigPath(root);
        if (Directory.Exists(config))
        {
            throw new UsageException($"{config}: is a folder; move it away to write the configuration there.");
        }
        if (File.Exists(config) && !force)
        {
            throw new UsageException($"{config}: already exists; pass --force to replace it.");
        }
    }

    public static void Write(string root, string config, bool force)
    {
        var schema = SchemaPath(root);
        Directory.CreateDirectory(Path.GetDirectoryName(schema)!);
        Replace(schema, SchemaBytes(), overwrite: true);
        try
        {
            Replace(ConfigPath(root), new UTF8Encoding(false).GetBytes(config), overwrite: force);
        }
        catch (IOException) when (!force && File.Exists(ConfigPath(root)))
        {
            // Another process wrote the file while the questions were answered.
            throw new UsageException($"{ConfigPath(root)}: already exists; pass --force to replace it.");
        }
    }

    /// <summary>The schema of shipready.yml that ships inside the tool, byte for byte docs/schema/shipready.schema.json.</summary>
    private static byte[] SchemaBytes()
    {
        using var stream = typeof(ConfigFiles).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"the tool is missing its resource {SchemaResource}; reinstall it.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void Replace(string path, byte[] bytes, bool overwrite)
    {
        var temporary = path + ".tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
