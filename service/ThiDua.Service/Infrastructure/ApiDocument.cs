using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>, Microsoft.AspNetCore.OpenApi) with Vietnamese titles, and the API
/// reference UI at <c>/swagger</c> (NSwag.AspNetCore's Swagger UI reading that document). The pane's typed TypeScript
/// client is generated from the same document. Both are served in Development, elsewhere only when
/// <c>ApiReference:Enabled</c> is true, and then — like every address of the service — only to a signed-in member.
/// </summary>
public static class ApiDocument
{
    /// <summary>Where the document is served.</summary>
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>Where the API reference UI is served.</summary>
    public const string UiPath = "/swagger";

    /// <summary>The configuration key that serves the document and the UI outside Development (default false).</summary>
    public const string EnabledKey = "ApiReference:Enabled";

    /// <summary>
    /// Registers the <c>v1</c> document. The summaries and descriptions given with <c>WithSummary</c>/<c>WithDescription</c>
    /// (Vietnamese, for the pane's developers and the API reference) take precedence over the handlers' XML doc comments,
    /// which still describe the schemas.
    /// </summary>
    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi("v1", options => options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IEndpointSummaryMetadata>().LastOrDefault() is { } summary) operation.Summary = summary.Summary;
            if (metadata.OfType<IEndpointDescriptionMetadata>().LastOrDefault() is { } description) operation.Description = description.Description;
            return Task.CompletedTask;
        }).AddSchemaTransformer(Features.Submissions.Base64DocxConverter.DescribeAsync).AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "ThiDua — kiểm tra kế hoạch thi đua, khen thưởng",
                Version = "v1",
                Description = "Kiểm tra thể thức kế hoạch thi đua, khen thưởng (.docx) theo Nghị định 30/2020/NĐ-CP, " +
                              "sửa tự động các lỗi sửa được và trích xuất chỉ tiêu thi đua. Lỗi đầu vào trả về dạng " +
                              "problem details (RFC 9457) với thông báo tiếng Việt.",
            };
            // The schema of a handler's bound file collection (the batch submission's files): its form is described by its own
            // transformer (field file, repeated), so no client needs a type for the framework's collection.
            document.Components?.Schemas?.Remove(nameof(IFormFileCollection));
            return Task.CompletedTask;
        }));

    /// <summary>
    /// Maps <see cref="DocumentPath"/> and the API reference UI at <see cref="UiPath"/> when <see cref="Enabled"/>; place it
    /// after authorisation, so both need a member like every other address.
    /// </summary>
    public static WebApplication MapApiDocument(this WebApplication app)
    {
        if (!Enabled(app.Configuration, app.Environment)) return app;
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUi(options =>
        {
            options.Path = UiPath;
            options.DocumentPath = DocumentPath;
            options.SwaggerRoutes.Add(new NSwag.AspNetCore.SwaggerUiRoute("ThiDua v1", DocumentPath));
            options.DocumentTitle = "ThiDua — tài liệu API";
        });
        return app;
    }

    /// <summary>True in Development, else when <see cref="EnabledKey"/> is true.</summary>
    public static bool Enabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>(EnabledKey) ?? environment.IsDevelopment();
}
