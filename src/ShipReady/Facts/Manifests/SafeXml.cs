using System.Xml;
using System.Xml.Linq;

namespace ShipReady.Facts.Manifests;

/// <summary>
/// Loads an XML manifest without expanding a DTD (entity expansion can make a small file huge) and
/// without building a document for absurd nesting (an XDocument costs time quadratic in its depth).
/// </summary>
public static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    /// <summary>Real project files nest a dozen levels; profiles and plugin configuration stay well under this.</summary>
    public const int MaxDepth = 256;

    /// <summary>The document, or why it cannot be read, as the end of a note: "is not valid XML (line 3); ...".</summary>
    /// <param name="what">What is lost when the file is not read, e.g. "its packages are not counted".</param>
    public static (XDocument? Document, string? Problem) Load(string text, string what)
    {
        try
        {
            if (NestingBeyondLimit(text) is { } line)
            {
                return (null, $"nests elements more than {MaxDepth} deep (line {line}), which no project file needs; {what}.");
            }
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            return (XDocument.Load(reader, LoadOptions.SetLineInfo), null);
        }
        catch (XmlException e)
        {
            return (null, text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
                ? $"declares a DTD (line {e.LineNumber}), which is not read; {what}. Remove the DOCTYPE."
                : $"is not valid XML (line {e.LineNumber}); {what}. Fix the XML.");
        }
    }

    private static int? NestingBeyondLimit(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
            {
                return ((IXmlLineInfo)reader).LineNumber;
            }
        }
        return null;
    }
}
