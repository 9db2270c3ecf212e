using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Data.Export;
using ThiDua.Data.Queries;

namespace ThiDua.Service.Infrastructure;

// Descriptions and validation attributes of the query records sit on the properties ([property: …]): on a record's constructor parameters
// the OpenAPI document generator fails on [AsParameters] (dotnet/aspnetcore#65348); AddValidation reads them either way.

/// <summary>
/// Paging of a list (<c>?page=&amp;pageSize=</c>), bound with <c>[AsParameters]</c> and checked by the service's validation
/// (<c>AddValidation</c>): a value out of range is a 400 <see cref="ProblemCatalog.InvalidParameter"/> in Vietnamese.
/// </summary>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1 to <see cref="PageRequest.MaxSize"/>.</param>
public sealed record PageQuery(
    [FromQuery(Name = "page")]
    [property: Description("Số trang, từ 1.")]
    [property: Range(1, 1_000_000, ErrorMessage = "Tham số page phải là số trang từ 1 đến 1000000.")]
    int Page = 1,
    [FromQuery(Name = "pageSize")]
    [property: Description("Số dòng mỗi trang, từ 1 đến 1000 (mặc định 50).")]
    [property: Range(1, PageRequest.MaxSize, ErrorMessage = "Tham số pageSize phải là số dòng mỗi trang từ 1 đến 1000.")]
    int PageSize = PageRequest.DefaultSize)
{
    /// <summary>The page asked for.</summary>
    public PageRequest Request => new(Page, PageSize);
}

/// <summary>
/// The <c>?format=</c> of a list that can also be downloaded: <c>json</c> (default), <c>xlsx</c>, <c>csv-vn</c> (CSV for
/// Vietnamese Excel: <c>;</c> between fields, decimal comma) or <c>csv</c> (RFC 4180).
/// </summary>
/// <param name="Format">The format's name; absent for JSON.</param>
public sealed record ExportQuery(
    [FromQuery(Name = "format")]
    [property: Description("json (mặc định), xlsx, csv-vn (CSV cho Excel tiếng Việt: dấu ; và dấu phẩy thập phân) hoặc csv.")]
    [property: AllowedValues(null, "json", "xlsx", "csv-vn", "csv",
        ErrorMessage = "Tham số format phải là json, xlsx, csv-vn (CSV cho Excel tiếng Việt) hoặc csv.")]
    string? Format = null)
{
    /// <summary>The file format asked for, or null for JSON.</summary>
    public ExportFormat? Export => ExportFormats.TryParse(Format, out var format) ? format : null;
}
