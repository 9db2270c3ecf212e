namespace ThiDua.Service.Features.Dashboard;

/// <summary>
/// <c>/dashboard</c>: the district dashboard (coverage by unit, a chart per indicator, filters, links to each plan), a page
/// of the pane's build (<c>addin/dashboard.html</c> → <c>dashboard.html</c> in the folder that
/// <see cref="Infrastructure.PaneHosting"/> serves) reading <c>/api/units/coverage</c>, <c>/api/kpis/summary</c> and
/// <c>/api/plans</c>.
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>Maps <c>GET /dashboard</c> to the built page (a redirect to <c>/dashboard.html</c>, keeping the query string).</summary>
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/dashboard", (HttpRequest request) => TypedResults.Redirect("/dashboard.html" + request.QueryString))
            .WithTags("Bảng tổng hợp")
            .WithSummary("Bảng tổng hợp chỉ tiêu của huyện")
            .AllowAnonymous() // the page itself is public; it signs in before reading any data
            .ExcludeFromDescription();
        return routes;
    }
}
