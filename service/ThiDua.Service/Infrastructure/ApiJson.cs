using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Service.Infrastructure;

/// <summary>JSON of the API: camelCase members, enums as camelCase strings (<c>error</c>, <c>header</c>); nulls written as null.</summary>
public static class ApiJson
{
    /// <summary>Configures the minimal-API JSON options (also what the OpenAPI document describes).</summary>
    public static IServiceCollection AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
}
