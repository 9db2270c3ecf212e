using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ThiDua.Data.Caching;
using ThiDua.Data.Queries;
using ThiDua.Data.Submissions;
using ThiDua.Data.Units;

namespace ThiDua.Data.Hosting;

/// <summary>Registers the central KPI database.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DatabaseOptions"/> to the <c>Database</c> section (connection string also from
    /// <c>ConnectionStrings:ThiDua</c>); registers <see cref="ThiDuaDbContextFactory"/> (singleton), a scoped
    /// <see cref="ThiDuaDbContext"/>, <see cref="PlanSubmissions"/>, the query services, <see cref="UnitProfiles"/> and
    /// <see cref="DatabaseDistributedCache"/> (for a host to use as its <c>IDistributedCache</c>); and migrates the database when
    /// the host starts.
    /// </summary>
    public static IServiceCollection AddThiDuaData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .PostConfigure(o =>
            {
                if (o.ConnectionString.Length == 0) o.ConnectionString = configuration.GetConnectionString("ThiDua") ?? "";
            });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ThiDuaDbContextFactory>();
        services.TryAddSingleton<IDbContextFactory<ThiDuaDbContext>>(sp => sp.GetRequiredService<ThiDuaDbContextFactory>());
        services.TryAddScoped(sp => sp.GetRequiredService<ThiDuaDbContextFactory>().CreateDbContext());
        services.TryAddSingleton<PlanSubmissions>();
        services.TryAddScoped<KpiQueries>();
        services.TryAddScoped<KpiSummaries>();
        services.TryAddScoped<PlanQueries>();
        services.TryAddScoped<UnitProfiles>();
        services.TryAddScoped<UnitCoverage>();
        services.TryAddScoped<Profiles.RuleProfileStore>();
        services.TryAddSingleton<DatabaseDistributedCache>();
        services.AddHostedService<DatabaseMigrationService>();
        return services;
    }
}
