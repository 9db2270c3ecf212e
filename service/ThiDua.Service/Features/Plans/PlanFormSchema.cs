using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ThiDua.Service.Features.Plans;

/// <summary>
/// The OpenAPI description of the multipart forms of <c>POST /api/plans/check</c> and <c>/fix</c>: one object with the
/// plan (<c>file</c>, required) and the optional fields, rather than the <c>allOf</c> of one object per parameter that
/// the generator writes for form parameters (NSwag then drops the file from the pane's typed client).
/// </summary>
public static class PlanFormSchema
{
    /// <summary>The multipart content type.</summary>
    public const string ContentType = "multipart/form-data";

    /// <summary>The form of <c>/check</c>: <c>file</c>, <c>profile</c>, <c>unitId</c>.</summary>
    public static Task CheckAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken) =>
        Describe(operation, withRules: false);

    /// <summary>The form of <c>/fix</c>: <c>file</c>, <c>rules</c>, <c>profile</c>, <c>unitId</c>.</summary>
    public static Task FixAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken) =>
        Describe(operation, withRules: true);

    private static Task Describe(OpenApiOperation operation, bool withRules)
    {
        if (operation.RequestBody?.Content is not { } content || !content.ContainsKey(ContentType)) return Task.CompletedTask;
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "Tệp kế hoạch .docx." },
        };
        if (withRules)
            properties["rules"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "Mã các quy tắc cần sửa, cách nhau bởi dấu phẩy; để trống: mọi quy tắc." };
        properties["profile"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String | JsonSchemaType.Null,
            Description = "Tên hồ sơ quy tắc áp dụng (hồ sơ lưu trên máy chủ hoặc hồ sơ mẫu); để trống: hồ sơ của đơn vị.",
        };
        properties["unitId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer | JsonSchemaType.Null,
            Format = "int32",
            Description = "Mã đơn vị có hồ sơ quy tắc áp dụng (tỉnh → huyện → đơn vị); để trống: đơn vị của người đăng nhập.",
        };
        content[ContentType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Required = new HashSet<string> { "file" }, Properties = properties },
        };
        return Task.CompletedTask;
    }
}
