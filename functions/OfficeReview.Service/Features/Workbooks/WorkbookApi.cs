using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.Workbooks;

internal static class WorkbookApi
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapWorkbookApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/templates/{name}", (string name) =>
        {
            var bytes = WorkbookService.Template(name)
                ?? throw new Campaigns.CampaignProblemException(404, "Không có biểu mẫu", $"Không có biểu mẫu \"{name}\"; dùng bieu-don-vi hoặc bieu-tong-hop.");
            return Results.File(bytes, XlsxContentType, name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? name : name + ".xlsx");
        }).WithTags("Biểu mẫu")
            .Doc("GetTemplate", "Tải biểu mẫu chung (bieu-don-vi, bieu-tong-hop)")
            .FileResult("Bảng tính biểu mẫu.", XlsxContentType).ProblemsOf(404);
    }
}
