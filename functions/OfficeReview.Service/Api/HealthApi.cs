using System.Reflection;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Api;

internal static class HealthApi
{
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", () => Results.Ok(new HealthReport(
            "ok",
            typeof(HealthApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0",
            Rulesets.Ids))).WithTags("Dịch vụ")
            .Doc("GetHealth", "Tình trạng dịch vụ: phiên bản và các bộ quy tắc (không cần đăng nhập)")
            .Json<HealthReport>();
    }

    public sealed record HealthReport(string Status, string Version, IReadOnlyList<string> Rulesets);
}
