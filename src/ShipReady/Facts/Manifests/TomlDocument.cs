using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Serialization;

namespace ShipReady.Facts.Manifests;

/// <summary>
/// Parses TOML into Tomlyn's untyped model (tables, arrays, values) through source-generated metadata,
/// so that reading pyproject.toml, Pipfile and poetry.lock needs no reflection and works in a Native AOT build.
/// </summary>
public static class TomlDocument
{
    /// <summary>The document's root table; an empty document gives an empty table.</summary>
    /// <exception cref="TomlException">The text is not valid TOML.</exception>
    public static TomlTable Parse(string text) => TomlSerializer.Deserialize(text, TomlModelContext.Default.TomlTable) ?? [];
}

[TomlSerializable(typeof(TomlTable))]
internal sealed partial class TomlModelContext : TomlSerializerContext;
