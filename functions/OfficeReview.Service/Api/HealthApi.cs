using System.Reflection;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Service.Api;

public static class HealthApi
{
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", () => Results.Ok(new HealthReport(
            "ok",
            typeof(HealthApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0",
            Rulesets.Ids)));
    }

    public sealed record HealthReport(string Status, string Version, IReadOnlyList<string> Rulesets);
}
