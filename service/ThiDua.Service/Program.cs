using ThiDua.Service.Features.Auth;
using ThiDua.Service.Features.Authoring;
using ThiDua.Service.Features.Imports;
using ThiDua.Service.Features.Dashboard;
using ThiDua.Service.Features.Kpis;
using ThiDua.Service.Features.Plans;
using ThiDua.Service.Features.Profiles;
using ThiDua.Service.Features.Rules;
using ThiDua.Service.Features.Sections;
using ThiDua.Service.Features.Submissions;
using ThiDua.Service.Features.Units;
using ThiDua.Service.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseLocalEndpoints();
builder.Services.AddUploadLimits();
builder.Services.AddApiProblems();
builder.Services.AddValidation(); // DataAnnotations of request records; failures become Vietnamese problems (ApiProblems)
builder.Services.AddApiJson();
builder.Services.AddApiDocument();
builder.Services.AddHealthChecks();
builder.Services.AddPlans();
builder.Services.AddRuleProfiles();
builder.Services.AddAuthoring();
builder.Services.AddKpiDatabase(builder.Configuration);
builder.Services.AddThiDuaAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddImports(builder.Configuration);
builder.Services.AddThiDuaRateLimits(builder.Configuration);
builder.Services.AddThiDuaSecurityHeaders(builder.Configuration);

var app = builder.Build();
app.UseSecurityHeaders();
app.UseApiProblems();
app.UseRequestBodyLimits();
app.UsePane(); // before sign-in: the pane's files are public, as Office loads them before anyone signs in
app.UseAuthentication();
app.UseRateLimiter(); // after sign-in, so each user has their own bucket
app.UseAuthorization();
app.MapApiDocument();
app.MapHealthChecks("/health").AllowAnonymous(); // liveness only: "Healthy" while the process serves requests
app.MapPlanDocuments();
app.MapRuleEndpoints();
app.MapRuleProfileEndpoints();
app.MapSections();
app.MapStoredPlans();
app.MapKpiEndpoints();
app.MapUnitEndpoints();
app.MapDashboardEndpoints();
app.MapCurrentUser();
app.MapPaneSignIn();
app.MapImportEndpoints();
app.Run();

/// <summary>The service's entry point; public so the tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
