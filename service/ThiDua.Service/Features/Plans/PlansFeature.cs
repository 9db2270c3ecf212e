using Microsoft.Extensions.Options;
using ThiDua.Rules;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Plans;

/// <summary>The plans feature's services: the engine that checks, fixes, extracts and tags an uploaded plan (its routes: <see cref="PlanDocumentEndpoints"/>).</summary>
public static class PlansFeature
{
    /// <summary>Registers the <see cref="PlanEngine"/> (thread-safe, one for the process) with the configured <see cref="UploadOptions"/> limits, and the <see cref="EngineDeadline"/> each request runs it under.</summary>
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddOptions<EngineOptions>().BindConfiguration(EngineOptions.Section)
            .Validate(o => o.TimeoutSeconds > 0, "Engine:TimeoutSeconds must be positive.").ValidateOnStart();
        services.AddSingleton<EngineDeadline>();
        services.AddHostedService<EngineWarmUp>();
        RequestWarmUp.Wrap(services);
        return services.AddSingleton(provider => new PlanEngine(provider.GetRequiredService<IOptions<UploadOptions>>().Value.ToLimits()));
    }
}
