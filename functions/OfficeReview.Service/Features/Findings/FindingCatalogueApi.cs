using System.Text.Encodings.Web;
using System.Text.Json;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Rules;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.Findings;

/// <summary>One catalogue entry as <c>GET /api/findings-catalogue</c> gives it (docs/api.md, docs/findings.md).</summary>
internal sealed record FindingDefinitionView(string Code, string Severity, string Area, string AreaName, string Title, string Source, string Example)
{
    public static FindingDefinitionView From(FindingDefinition d) =>
        new(d.Code, d.Severity.JsonKey(), d.Area.ToString().ToLowerInvariant(), d.Area.VietnameseName(), d.Title, d.Source, d.Example);
}

internal static class FindingCatalogueApi
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The whole catalogue (about 220 entries), the same for every caller; it changes only with the product.</summary>
    public static IReadOnlyList<FindingDefinitionView> Views { get; } = FindingCatalogue.All.Select(FindingDefinitionView.From).ToList();

    public static void MapFindingCatalogueApi(this IEndpointRouteBuilder app)
    {
        // GET /api/findings-catalogue: every finding code with its severity, title, source and example; any signed-in user.
        app.MapGet("/api/findings-catalogue", () => Results.Json(new FindingCatalogueView(Views), s_json))
            .WithTags("Danh mục phát hiện")
            .Doc("GetFindingsCatalogue", "Danh mục mã phát hiện: mức độ, tiêu đề, căn cứ và ví dụ")
            .Json<FindingCatalogueView>();
    }
}

/// <summary>GET /api/findings-catalogue: every finding code of the product.</summary>
internal sealed record FindingCatalogueView(IReadOnlyList<FindingDefinitionView> Findings);
