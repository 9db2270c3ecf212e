namespace ThiDua.Service.Features.Authoring;

/// <summary>Plan authoring (issue 4): a whole new plan in one step, and tagging of a plan written without tags.</summary>
public static class AuthoringFeature
{
    /// <summary>Registers the authoring services: unit profiles are looked up in the central database.</summary>
    public static IServiceCollection AddAuthoring(this IServiceCollection services) =>
        services.AddScoped<ThiDua.Plans.Authoring.IUnitProfileDirectory, StoredUnitProfiles>();
}
