using Microsoft.Extensions.FileProviders;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// Serves the built task pane (<c>taskpane.html</c>, <c>commands.html</c>, <c>dashboard.html</c>, assets) at <c>/</c>
/// from the folder <c>Pane:Root</c> (absolute, or relative to the content root). Unset, it is the first
/// <c>addin/dist</c> found walking up from the content root, so <c>dotnet run</c> in the repository finds the pane.
/// </summary>
public static class PaneHosting
{
    /// <summary>The configuration key of the pane folder.</summary>
    public const string RootKey = "Pane:Root";

    /// <summary>Adds default-file (<c>/</c> → <c>taskpane.html</c>) and static-file middleware over the pane folder, when it exists.</summary>
    public static WebApplication UsePane(this WebApplication app)
    {
        var root = FindRoot(app.Configuration[RootKey], app.Environment.ContentRootPath);
        if (root is null)
        {
            app.Logger.LogWarning("Task pane folder not found ({Key} = {Value}); only the API is served.", RootKey, app.Configuration[RootKey] ?? "(unset)");
            return app;
        }
        var files = new PhysicalFileProvider(root);
        var defaults = new DefaultFilesOptions { FileProvider = files };
        defaults.DefaultFileNames.Clear();
        defaults.DefaultFileNames.Add("taskpane.html");
        app.UseDefaultFiles(defaults);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Office keeps add-in pages in its web view cache: make it revalidate the HTML, assets carry hashed names.
            OnPrepareResponse = context =>
            {
                if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                    context.Context.Response.Headers.CacheControl = "no-cache";
            },
        });
        app.Logger.LogInformation("Serving the task pane from {Root}", root);
        return app;
    }

    private static string? FindRoot(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.GetFullPath(configured, contentRoot);
            return Directory.Exists(path) ? path : null;
        }
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "addin", "dist");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
