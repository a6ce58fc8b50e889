using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace OfficeReview.Service.Features.Addin;

/// <summary>
/// Serves the Office add-in: the task pane (addin/dist) at /addin/, the manifest at /manifest.xml, and / redirecting to
/// the pane (browser mode). The build copies addin/dist and manifest.xml next to the service (see the csproj).
/// </summary>
internal static class AddinFiles
{
    public const string PanePath = "/addin/taskpane.html";

    public static void MapAddinFiles(this WebApplication app)
    {
        var files = AddinLocation.Resolve(app.Configuration, app.Environment.ContentRootPath);
        if (files.PaneDirectory is not null)
        {
            var types = new FileExtensionContentTypeProvider();
            types.Mappings[".map"] = "application/json";
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(files.PaneDirectory),
                RequestPath = "/addin",
                ContentTypeProvider = types,
                // Office caches task panes hard; make it revalidate so a rebuilt pane shows up.
                OnPrepareResponse = c => c.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
            });
        }

        app.MapGet("/", () => Results.Redirect(PanePath)).ExcludeFromDescription();
        app.MapGet("/addin", () => Results.Redirect(PanePath)).ExcludeFromDescription(); // also "/addin/"

        // A pane file the static files did not answer: say why in Vietnamese (a route here would hide the static
        // files, which serve only requests no endpoint matched).
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is null && context.Request.Path.StartsWithSegments("/addin", out var rest) && rest.HasValue && rest != "/")
            {
                await Results.Problem(
                    title: "Không tìm thấy tệp của task pane",
                    detail: files.PaneDirectory is null
                        ? "Task pane chưa được dựng (thiếu addin/dist). Cài Node.js 20+ rồi chạy lại dotnet run, hoặc chạy \"npm ci && npm run build\" trong thư mục addin/."
                        : $"Không có tệp /addin{rest}.",
                    statusCode: files.PaneDirectory is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status404NotFound)
                    .ExecuteAsync(context);
                return;
            }
            await next(context);
        });

        app.MapGet("/manifest.xml", () => files.ManifestPath is null
                ? Results.Problem(title: "Không tìm thấy manifest.xml", detail: "Tệp manifest.xml ở gốc kho mã không có cạnh dịch vụ.", statusCode: 404)
                : Results.File(files.ManifestPath, "text/xml; charset=utf-8"))
            .ExcludeFromDescription();
    }
}

/// <summary>Where the pane files and the manifest are: configured, copied next to the service, or in the source tree.</summary>
internal sealed record AddinLocation(string? PaneDirectory, string? ManifestPath)
{
    /// <summary>
    /// Addin:Path / Addin:Manifest when configured; else the copies the build put next to the service
    /// (bin/…/addin, bin/…/manifest.xml); else addin/dist and manifest.xml found by walking up from the content root.
    /// </summary>
    public static AddinLocation Resolve(IConfiguration config, string contentRoot)
    {
        var pane = config["Addin:Path"];
        var manifest = config["Addin:Manifest"];
        pane ??= FirstExisting(Path.Combine(AppContext.BaseDirectory, "addin"), Up(contentRoot, Path.Combine("addin", "dist")), Directory.Exists);
        manifest ??= FirstExisting(Path.Combine(AppContext.BaseDirectory, "manifest.xml"), Up(contentRoot, "manifest.xml"), File.Exists);
        return new AddinLocation(
            pane is not null && File.Exists(Path.Combine(pane, "taskpane.html")) ? Path.GetFullPath(pane) : null,
            manifest is not null && File.Exists(manifest) ? Path.GetFullPath(manifest) : null);
    }

    private static string? FirstExisting(string first, string? second, Func<string, bool> exists) =>
        exists(first) ? first : second;

    private static string? Up(string start, string relative)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate) || File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
