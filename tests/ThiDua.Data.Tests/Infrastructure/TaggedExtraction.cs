using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;

namespace ThiDua.Data.Tests.Infrastructure;

/// <summary>
/// The extraction a tagged plan carries in its custom XML part (<c>urn:thidua:plan:1</c>, plan-schema.md) — what the pane
/// sends as JSON after the officer reviewed it. Read straight from the package, independently of the engine.
/// </summary>
public static class TaggedExtraction
{
    private static readonly XNamespace Ns = "urn:thidua:plan:1";

    /// <summary>Metadata and KPI records of the corpus file <paramref name="name"/> (e.g. <c>tri-yen-2024-tagged.docx</c>).</summary>
    public static (PlanMetadata Plan, List<Target> Kpis) Read(string name)
    {
        using var zip = ZipFile.OpenRead(Corpus.File(name));
        var part = zip.Entries.Where(e => e.FullName.StartsWith("customXml/item", StringComparison.Ordinal) && !e.FullName.Contains("Props"))
            .Select(e => { using var s = e.Open(); return XDocument.Load(s); })
            .Single(d => d.Root?.Name == Ns + "plan");
        var plan = part.Root!;
        string Text(XElement e, string child) => e.Element(Ns + child)?.Value ?? "";
        var signer = plan.Element(Ns + "signer")!;
        var metadata = new PlanMetadata(
            Text(plan, "issuer"), Text(plan, "issuerParent"), Text(plan, "number"), Text(plan, "symbol"), Text(plan, "place"),
            Text(plan, "date") is { Length: > 0 } d ? DateOnly.Parse(d, CultureInfo.InvariantCulture) : null,
            int.Parse(Text(plan, "year"), CultureInfo.InvariantCulture), Text(plan, "subject"),
            Text(signer, "authority"), Text(signer, "title"), Text(signer, "name"));
        var kpis = plan.Element(Ns + "kpis")!.Elements(Ns + "kpi").Select(k =>
        {
            var value = Text(k, "value") is { Length: > 0 } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : (decimal?)null;
            var source = k.Element(Ns + "source")!;
            return new Target(Text(k, "code"), Text(k, "label"), Text(k, "sector"), Text(k, "comparator"), value,
                value?.ToString(CultureInfo.InvariantCulture) ?? "", Text(k, "unit"), bool.Parse(Text(k, "qualitative")),
                new TargetSource(source.Value, -1, "", (int?)source.Attribute("row") ?? 0));
        }).ToList();
        return (metadata, kpis);
    }
}
