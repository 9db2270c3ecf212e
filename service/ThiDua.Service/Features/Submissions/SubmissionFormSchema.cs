using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ThiDua.Service.Features.Submissions;

/// <summary>
/// The OpenAPI description of the multipart forms of <c>POST /api/plans/submit</c> and <c>/submit/batch</c>. The handlers
/// bind the form's fields (<see cref="SubmissionHandlers.SubmitForm"/>); this transformer gives the form its real fields,
/// each nullable, and the batch its repeated <c>file</c>.
/// The document states the form alone: a generated client (NSwag's TypeScript and C#) cannot call an operation with two
/// request content types, so the JSON dialect <c>/submit</c> also takes (<see cref="SubmissionHandlers.SubmitJson"/>) is
/// named in its description, and the form's <c>extraction</c> field carries the same <see cref="SubmissionRequest"/> as
/// JSON text, its <c>contentSchema</c>. It is not described as an
/// object schema because no generated client could then leave it out: NSwag 14.7's TypeScript and C# generators write an
/// object part as JSON only when the field is not nullable, and then throw when it is missing (a file-only submission);
/// described nullable (<c>oneOf</c> null or the object), they write its <c>toString()</c> instead (measured on this document).
/// </summary>
public static class SubmissionFormSchema
{
    /// <summary>The multipart content type.</summary>
    public const string ContentType = "multipart/form-data";

    /// <summary>
    /// The body of <c>POST /api/plans/submit</c>: a <c>multipart/form-data</c> of <c>file</c> (the .docx, binary),
    /// <c>extraction</c> (the reviewed <see cref="SubmissionRequest"/> as JSON text) and <c>unitId</c> (int32), each
    /// optional and nullable (NSwag's clients throw on a non-nullable optional field left out), at least a file or an
    /// extraction.
    /// </summary>
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { [ContentType] = new() { Schema = SubmitSchema(context) } },
        };
        return Task.CompletedTask;
    }

    private static OpenApiSchema SubmitSchema(OpenApiOperationTransformerContext context) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["file"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String | JsonSchemaType.Null,
                Format = "binary",
                Description = "Tệp kế hoạch .docx: không có extraction thì chỉ tiêu được trích xuất từ tệp; có extraction thì tệp được lưu kèm làm tệp gốc.",
            },
            [SubmissionHandlers.ExtractionField] = new OpenApiSchema
            {
                Type = JsonSchemaType.String | JsonSchemaType.Null,
                ContentMediaType = "application/json",
                ContentSchema = new OpenApiSchemaReference(nameof(SubmissionRequest), context.Document),
                Description = "Kết quả trích xuất đã được cán bộ soát lại, dạng JSON theo cấu trúc SubmissionRequest (file, plan, kpis); được lưu đúng như đã gửi.",
            },
            ["unitId"] = UnitId(),
        },
    };

    private static OpenApiSchema UnitId() => new()
    {
        Type = JsonSchemaType.Integer | JsonSchemaType.Null,
        Format = "int32",
        Description = "Mã đơn vị (hồ sơ đơn vị); bỏ trống để tìm (hoặc tạo) đơn vị theo cơ quan ban hành của kế hoạch.",
    };

    /// <summary>
    /// The request body of <c>POST /api/plans/submit/batch</c> (its handler binds the form's files as a collection, which the
    /// framework describes as no named field): a
    /// <c>multipart/form-data</c> whose <c>file</c> is an array of .docx files (the field repeated), with the optional
    /// <c>unitId</c> for all of them.
    /// </summary>
    public static Task DescribeBatchAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { [ContentType] = new() { Schema = BatchSchema() } },
        };
        return Task.CompletedTask;
    }

    private static OpenApiSchema BatchSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { "file" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["file"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                Description = "Các tệp kế hoạch .docx (trường file lặp lại); chỉ tiêu được trích xuất từ từng tệp và tệp gốc được lưu kèm.",
            },
            ["unitId"] = UnitId(),
        },
    };
}
