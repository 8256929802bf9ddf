using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ShipReady.Catalog;

/// <summary>The controls the audit checks: the embedded catalog plus a repository's own, validated together.</summary>
public sealed class ControlCatalog
{
    private const string ResourcePrefix = "ShipReady.Catalog.";
    private const string CategoriesResource = ResourcePrefix + "categories.yaml";

    private readonly FrozenDictionary<string, Control> _byId;

    private ControlCatalog(ImmutableArray<Control> controls, ImmutableSortedDictionary<string, DependencyCategory> categories)
    {
        Controls = controls;
        Categories = categories;
        _byId = controls.ToFrozenDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>All controls, by area then id.</summary>
    public ImmutableArray<Control> Controls { get; }

    public ImmutableSortedDictionary<string, DependencyCategory> Categories { get; }

    public IEnumerable<CodePattern> Patterns => Controls.SelectMany(c => c.Patterns);

    public Control? Find(string id) => _byId.GetValueOrDefault(id);

    private static readonly Lazy<ControlCatalog> Embedded = new(() => Load([]));

    /// <summary>A catalog of given controls, for tests of the later stages.</summary>
    internal static ControlCatalog Of(IReadOnlyList<Control> controls, params DependencyCategory[] categories)
    {
        ControlValidator.CheckReferences(controls);
        return new ControlCatalog([.. controls], categories.ToImmutableSortedDictionary(c => c.Name, c => c, StringComparer.Ordinal));
    }

    /// <summary>The catalog shipped with the engine.</summary>
    public static ControlCatalog Default => Embedded.Value;

    /// <summary>Loads the embedded controls and the given extra files (a repository's .shipready/controls).</summary>
    /// <exception cref="CatalogException">A control file is invalid.</exception>
    public static ControlCatalog Load(IEnumerable<(string Source, string Text)> extra)
    {
        var assembly = typeof(ControlCatalog).Assembly;
        var categories = LoadCategories(ReadResource(assembly, CategoriesResource));
        var sources = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal) && n != CategoriesResource)
            .Order(StringComparer.Ordinal)
            .Select(n => (Source: n[ResourcePrefix.Length..], Text: ReadResource(assembly, n)))
            .Concat(extra);
        var reader = new ControlReader(categories);
        var controls = new List<Control>();
        foreach (var (source, text) in sources)
        {
            controls.Add(reader.Read(source, text));
        }
        ControlValidator.CheckReferences(controls);
        return new ControlCatalog([.. controls.OrderBy(c => c.Area).ThenBy(c => c.Id, StringComparer.Ordinal)], categories);
    }

    internal static IDeserializer Deserializer { get; } = new StaticDeserializerBuilder(new CatalogYamlContext())
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static ImmutableSortedDictionary<string, DependencyCategory> LoadCategories(string text)
    {
        CategoriesDocument document;
        try
        {
            document = Deserializer.Deserialize<CategoriesDocument>(text) ?? new CategoriesDocument();
        }
        catch (YamlException e)
        {
            throw new CatalogException($"categories.yaml:{e.Start.Line}: {ControlReader.FirstLine(e)}");
        }
        var builder = ImmutableSortedDictionary.CreateBuilder<string, DependencyCategory>(StringComparer.Ordinal);
        foreach (var (name, category) in document.Categories ?? [])
        {
            var globs = ControlReader.ParseDeps("categories.yaml", category.Deps);
            builder[name] = new DependencyCategory(name, category.Handles, globs);
        }
        return builder.ToImmutable();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new CatalogException($"{name}: missing from the engine; rebuild ShipReady.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
