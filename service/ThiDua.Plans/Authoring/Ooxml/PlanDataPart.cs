using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.CustomXmlDataProperties;
using DocumentFormat.OpenXml.Packaging;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;

namespace ThiDua.Plans.Authoring.Ooxml;

/// <summary>
/// The plan's custom XML part (<c>shared/spec/plan-schema.md</c> § Custom XML part): namespace <c>urn:thidua:plan:1</c>,
/// root <c>plan</c> with <c>issuer</c>, <c>issuerParent</c>, <c>number</c>, <c>symbol</c>, <c>place</c>, <c>date</c> (ISO,
/// empty until signed), <c>year</c>, <c>subject</c>, <c>signer/authority|title|name</c> and one <c>kpis/kpi</c> per chỉ tiêu.
/// Written through the Open XML SDK's custom XML part API with a datastore item id (<c>ds:itemID</c>) and a schema
/// reference, which the content controls' <c>w:dataBinding</c> point at.
/// </summary>
public static class PlanDataPart
{
    /// <summary>The namespace of the part's elements.</summary>
    public const string Namespace = "urn:thidua:plan:1";

    private static readonly XNamespace Ns = Namespace;

    /// <summary>The binding XPath of a direct child of <c>plan</c> (<c>number</c> → <c>/ns0:plan[1]/ns0:number[1]</c>, prefix <c>ns0</c>).</summary>
    public static string XPath(string element) => $"/ns0:plan[1]/ns0:{element}[1]";

    /// <summary>A new datastore item id in Word's form (a GUID in braces, upper case).</summary>
    public static string NewItemId() => "{" + Guid.NewGuid().ToString().ToUpperInvariant() + "}";

    /// <summary>The part's XML for a plan and its chỉ tiêu.</summary>
    public static XDocument ToXml(PlanMetadata plan, IReadOnlyList<Target> kpis) => new(
        new XDeclaration("1.0", "utf-8", "yes"),
        new XElement(Ns + "plan",
            new XElement(Ns + "issuer", plan.Issuer),
            new XElement(Ns + "issuerParent", plan.IssuerParent),
            new XElement(Ns + "number", plan.Number),
            new XElement(Ns + "symbol", plan.Symbol),
            new XElement(Ns + "place", plan.Place),
            new XElement(Ns + "date", plan.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
            new XElement(Ns + "year", plan.Year?.ToString(CultureInfo.InvariantCulture) ?? ""),
            new XElement(Ns + "subject", plan.Subject),
            new XElement(Ns + "signer",
                new XElement(Ns + "authority", plan.SignerAuthority),
                new XElement(Ns + "title", plan.SignerTitle),
                new XElement(Ns + "name", plan.SignerName)),
            new XElement(Ns + "kpis", kpis.Select(Kpi))));

    private static XElement Kpi(Target t) => new(Ns + "kpi",
        new XElement(Ns + "code", t.Code),
        new XElement(Ns + "label", t.Label),
        new XElement(Ns + "sector", t.Sector),
        new XElement(Ns + "comparator", t.Comparator),
        new XElement(Ns + "value", t.Value?.ToString(CultureInfo.InvariantCulture) ?? ""),
        new XElement(Ns + "valueMax", t.ValueMax?.ToString(CultureInfo.InvariantCulture) ?? ""),
        new XElement(Ns + "base", t.Base),
        new XElement(Ns + "targetYear", t.TargetYear?.ToString(CultureInfo.InvariantCulture) ?? ""),
        new XElement(Ns + "total", t.Total?.ToString(CultureInfo.InvariantCulture) ?? ""),
        new XElement(Ns + "unit", t.Unit),
        new XElement(Ns + "qualitative", t.Qualitative ? "true" : "false"),
        new XElement(Ns + "source", new XAttribute("row", t.Source.Row), t.Source.Sentence));

    /// <summary>
    /// Writes the plan's part into <paramref name="main"/>, replacing an existing <c>urn:thidua:plan:1</c> part (whose item
    /// id is kept so existing bindings stay valid). Returns the datastore item id.
    /// </summary>
    public static string Write(MainDocumentPart main, XDocument xml, string? itemId = null)
    {
        var existing = Find(main);
        itemId = existing?.CustomXmlPropertiesPart?.DataStoreItem?.ItemId?.Value ?? itemId ?? NewItemId();
        if (existing is not null) main.DeletePart(existing);

        var part = main.AddCustomXmlPart(CustomXmlPartType.CustomXml);
        using (var stream = part.GetStream(FileMode.Create, FileAccess.Write)) xml.Save(stream, SaveOptions.DisableFormatting);
        var props = part.AddNewPart<CustomXmlPropertiesPart>();
        props.DataStoreItem = new DataStoreItem(new SchemaReferences(new SchemaReference { Uri = Namespace })) { ItemId = itemId };
        return itemId;
    }

    /// <summary>The plan's part in <paramref name="main"/>: the custom XML part whose root is <c>{urn:thidua:plan:1}plan</c>, or null.</summary>
    public static CustomXmlPart? Find(MainDocumentPart main)
    {
        foreach (var part in main.CustomXmlParts)
        {
            try
            {
                using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
                if (XDocument.Load(stream).Root?.Name == Ns + "plan") return part;
            }
            catch (System.Xml.XmlException)
            {
                // Not well-formed: not ours.
            }
        }
        return null;
    }

    /// <summary>
    /// Reads the plan data back from the part's XML (the inverse of <see cref="ToXml"/>; the part keeps no
    /// <see cref="Target.ValueAsWritten"/> and no paragraph, so those come back empty and -1). Null when the root is not
    /// <c>plan</c> in the namespace.
    /// </summary>
    public static (PlanMetadata Plan, IReadOnlyList<Target> Kpis)? Parse(XDocument xml)
    {
        if (xml.Root is not { } root || root.Name != Ns + "plan") return null;
        string Get(XElement? e, string name) => e?.Element(Ns + name)?.Value ?? "";
        var signer = root.Element(Ns + "signer");
        var plan = new PlanMetadata(
            Get(root, "issuer"), Get(root, "issuerParent"), Get(root, "number"), Get(root, "symbol"), Get(root, "place"),
            DateOnly.TryParseExact(Get(root, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            int.TryParse(Get(root, "year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null,
            Get(root, "subject"), Get(signer, "authority"), Get(signer, "title"), Get(signer, "name"));
        var kpis = (root.Element(Ns + "kpis")?.Elements(Ns + "kpi") ?? []).Select(k =>
        {
            var source = k.Element(Ns + "source");
            decimal? Number(string name) => decimal.TryParse(Get(k, name), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
            var row = int.TryParse(source?.Attribute("row")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
            return new Target(Get(k, "code"), Get(k, "label"), Get(k, "sector"), Get(k, "comparator"), Number("value"),
                "", Get(k, "unit"), Get(k, "qualitative") == "true",
                new TargetSource(source?.Value ?? "", -1, "", row))
            {
                ValueMax = Number("valueMax"),
                Base = Get(k, "base"),
                TargetYear = int.TryParse(Get(k, "targetYear"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
                Total = Number("total"),
            };
        }).ToList();
        return (plan, kpis);
    }
}
