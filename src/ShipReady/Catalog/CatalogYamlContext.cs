using YamlDotNet.Serialization;

namespace ShipReady.Catalog;

/// <summary>
/// The YAML shapes of control and category files, with their readers generated at build time:
/// reading the catalog by reflection cost most of the catalog's load time on every run.
/// </summary>
[YamlStaticContext]
[YamlSerializable(typeof(ControlDocument))]
[YamlSerializable(typeof(EffortDocument))]
[YamlSerializable(typeof(TriageDocument))]
[YamlSerializable(typeof(RuleDocument))]
[YamlSerializable(typeof(WhenDocument))]
[YamlSerializable(typeof(TriggerDocument))]
[YamlSerializable(typeof(DetectDocument))]
[YamlSerializable(typeof(SignalsDocument))]
[YamlSerializable(typeof(PatternDocument))]
[YamlSerializable(typeof(CategoriesDocument))]
[YamlSerializable(typeof(CategoryDocument))]
public partial class CatalogYamlContext : StaticContext;
