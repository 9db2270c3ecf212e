using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace ThiDua.Service.Features.Units;

/// <summary>The query of <c>GET /api/units/coverage</c>: the year whose plans are counted (required; 400 in Vietnamese when absent or out of range).</summary>
/// <param name="Year">Year of the plans, 1945–2100.</param>
public sealed record CoverageQuery(
    [FromQuery(Name = "year")]
    [property: Description("Năm của kế hoạch (bắt buộc).")]
    [property: Range(1945, 2100, ErrorMessage = "Tham số year phải là năm từ 1945 đến 2100.")]
    int Year);
