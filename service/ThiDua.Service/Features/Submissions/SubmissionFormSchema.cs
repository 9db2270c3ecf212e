using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ThiDua.Service.Features.Submissions;

/// <summary>
/// The OpenAPI description of the multipart forms of <c>POST /api/plans/submit</c> and <c>/submit/batch</c>. The handler reads the request itself
/// (<see cref="SubmissionHandlers.Submit"/>), so <c>Accepts</c> can only name one schema for both content types; this
/// transformer gives <c>multipart/form-data</c> its real fields while <c>application/json</c> keeps
/// <see cref="SubmissionRequest"/>.
/// </summary>
public static class SubmissionFormSchema
{
    /// <summary>The multipart content type.</summary>
    public const string ContentType = "multipart/form-data";

    /// <summary>
    /// Replaces the schema of the operation's <c>multipart/form-data</c> body with an object of <c>file</c> (the .docx,
    /// string/binary, required) and <c>unitId</c> (int32, optional). Leaves an operation without that content alone.
    /// </summary>
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.RequestBody?.Content is { } content && content.ContainsKey(ContentType))
            content[ContentType] = new OpenApiMediaType { Schema = Schema() };
        return Task.CompletedTask;
    }

    /// <summary>
    /// The request body of <c>POST /api/plans/submit/batch</c> (which reads its form itself and declares none): a
    /// <c>multipart/form-data</c> whose <c>file</c> is an array of .docx files (the field repeated), with the optional
    /// <c>unitId</c> for all of them.
    /// </summary>
    public static Task DescribeBatchAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { [ContentType] = new() { Schema = Schema(batch: true) } },
        };
        return Task.CompletedTask;
    }

    private static OpenApiSchema Schema(bool batch = false) => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { "file" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["file"] = batch
                ? new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                    Description = "Các tệp kế hoạch .docx (trường file lặp lại); chỉ tiêu được trích xuất từ từng tệp và tệp gốc được lưu kèm.",
                }
                : new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Format = "binary",
                    Description = "Tệp kế hoạch .docx; chỉ tiêu được trích xuất từ tệp và tệp gốc được lưu kèm.",
                },
            ["unitId"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Description = "Mã đơn vị (hồ sơ đơn vị); bỏ trống để tìm (hoặc tạo) đơn vị theo cơ quan ban hành của kế hoạch.",
            },
        },
    };
}
