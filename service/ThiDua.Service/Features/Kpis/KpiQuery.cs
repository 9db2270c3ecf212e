using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Data.Queries;

namespace ThiDua.Service.Features.Kpis;

/// <summary>
/// The filters of <c>GET /api/kpis</c> and <c>/api/kpis/summary</c>, bound with <c>[AsParameters]</c> and checked by the
/// service's validation (a value out of range or of the wrong type is a 400 problem in Vietnamese).
/// </summary>
/// <param name="Year">Year of the plan, 1945–2100.</param>
/// <param name="Unit">Database id of the issuing unit (đơn vị ban hành).</param>
/// <param name="Code">Indicator code.</param>
/// <param name="Sector">Lĩnh vực slug.</param>
/// <param name="IncludeSuperseded">Also the chỉ tiêu of superseded versions.</param>
public sealed record KpiQuery(
    [FromQuery(Name = "year")]
    [property: Description("Năm của kế hoạch.")]
    [property: Range(1945, 2100, ErrorMessage = "Tham số year phải là năm từ 1945 đến 2100.")]
    int? Year = null,
    [FromQuery(Name = "unit")]
    [property: Description("Mã đơn vị ban hành.")]
    [property: Range(1, int.MaxValue, ErrorMessage = "Tham số unit phải là mã đơn vị (số nguyên dương).")]
    int? Unit = null,
    [FromQuery(Name = "code")]
    [property: Description("Mã chỉ tiêu.")]
    string? Code = null,
    [FromQuery(Name = "sector")]
    [property: Description("Lĩnh vực.")]
    string? Sector = null,
    [FromQuery(Name = "includeSuperseded")]
    [property: Description("Lấy cả chỉ tiêu của các phiên bản cũ (true/false).")]
    bool IncludeSuperseded = false)
{
    /// <summary>The database filter, text filters trimmed and in NFC.</summary>
    public KpiFilter Filter => new(Year, Unit, Text(Code), Text(Sector), IncludeSuperseded);

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize();
}
