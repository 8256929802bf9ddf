namespace ShipReady.Facts.Manifests;

/// <summary>Reads the dependencies declared in one kind of manifest.</summary>
public interface IManifestReader
{
    /// <summary>Whether this reader understands the file, by its path.</summary>
    bool Reads(string path);

    ManifestResult Read(string path, string text);
}
