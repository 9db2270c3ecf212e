using System.Text.Json.Serialization;

namespace ThiDua.Plans.Kpis;

/// <summary>
/// Source-generated JSON metadata for the embedded KPI resources (<c>kpi-units.json</c>, <c>kpi-catalogue.json</c>), with
/// the serializer's default options: reading them needs no reflection, so they load the same in the service and in the
/// native (ahead-of-time compiled) <c>thidua</c>.
/// </summary>
[JsonSerializable(typeof(KpiUnits.UnitFile))]
[JsonSerializable(typeof(KpiCatalogue.CatalogueFile))]
internal sealed partial class KpiResourceJson : JsonSerializerContext;
