using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShipReady.Cli.Rendering;

/// <summary>
/// Serialization metadata for <c>history --format json</c> and <c>diff --format json</c>, generated at build
/// time so that the native build writes them without reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HistoryJson))]
[JsonSerializable(typeof(DiffJson))]
internal sealed partial class HistoryJsonContext : JsonSerializerContext;
