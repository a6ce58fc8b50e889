namespace OfficeReview.Service.Features.Workbooks;

public static class WorkbookApi
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapWorkbookApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/templates/{name}", (string name) =>
        {
            var bytes = WorkbookService.Template(name);
            return bytes is null
                ? Results.Problem(title: "Không có biểu mẫu", detail: $"Không có biểu mẫu \"{name}\"; dùng bieu-don-vi hoặc bieu-tong-hop.", statusCode: 404)
                : Results.File(bytes, XlsxContentType, name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? name : name + ".xlsx");
        });
    }
}
