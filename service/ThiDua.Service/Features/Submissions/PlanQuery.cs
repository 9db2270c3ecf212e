using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace ThiDua.Service.Features.Submissions;

/// <summary>The filters of <c>GET /api/plans</c> (400 in Vietnamese when a value is out of range or of the wrong type).</summary>
/// <param name="Year">Year of the plan, 1945–2100.</param>
/// <param name="Unit">Database id of the issuing unit (đơn vị ban hành).</param>
public sealed record PlanQuery(
    [FromQuery(Name = "year")]
    [property: Description("Năm của kế hoạch.")]
    [property: Range(1945, 2100, ErrorMessage = "Tham số year phải là năm từ 1945 đến 2100.")]
    int? Year = null,
    [FromQuery(Name = "unit")]
    [property: Description("Mã đơn vị ban hành.")]
    [property: Range(1, int.MaxValue, ErrorMessage = "Tham số unit phải là mã đơn vị (số nguyên dương).")]
    int? Unit = null);

/// <summary>The <c>?version=</c> of a stored plan: its version number, or absent for the current version.</summary>
/// <param name="Version">Version number, from 1.</param>
public sealed record VersionQuery(
    [FromQuery(Name = "version")]
    [property: Description("Số phiên bản; để trống để lấy phiên bản hiện hành.")]
    [property: Range(1, int.MaxValue, ErrorMessage = "Tham số version phải là số phiên bản (số nguyên dương).")]
    int? Version = null);
