using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace OfficeReview.Service.Hosting;

/// <summary>A route whose body is one file or several (multipart), or one file as the raw body.</summary>
internal sealed record FileBodyMetadata(string Field, bool Multiple, IReadOnlyList<string> RawTypes, string Description);

/// <summary>A route that answers a file (its media types).</summary>
internal sealed record FileResponseMetadata(int Status, IReadOnlyList<string> ContentTypes, string Description);

/// <summary>
/// The HTTP contract as an OpenAPI 3.1 document (Microsoft.AspNetCore.OpenApi), built from the routes and their
/// metadata (<see cref="Doc"/>, <see cref="WithJsonBodies"/>, <see cref="FileBody"/>, <see cref="Json{T}"/>,
/// <see cref="FileResult"/>, <see cref="ProblemsOf"/>). The local host serves it at <see cref="DocumentRoute"/> and its
/// reference page at <see cref="ReferencePath"/> (any signed-in user, like the pane). The committed copy is
/// docs/openapi.json, written by the CLI verb <c>openapi</c> and checked against the code by a test; the add-in's
/// types (addin/src/api/schema.d.ts) are generated from it.
/// </summary>
internal static class OpenApiContract
{
    public const string DocumentName = "v1";
    public const string DocumentRoute = "/api/openapi/{documentName}.json";
    public const string DocumentPath = "/api/openapi/v1.json";
    public const string ReferencePath = "/api/reference";

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void AddOfficeReviewOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, o =>
        {
            o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "OfficeReview",
                    Version = "1",
                    Description = "API của OfficeReview: kiểm tra, nộp, tổng hợp báo cáo kiểm điểm, đánh giá, xếp loại chất lượng và lập văn bản. "
                        + "Mọi lỗi trả về một dạng duy nhất (application/problem+json, lược đồ ApiProblem). Hướng dẫn: docs/api.md.",
                };
                document.Servers = []; // the origin that serves the document (the same for the committed copy)
                return Task.CompletedTask;
            });
            // The API's JSON leaves out null values (WhenWritingNull): a property that may be null may also be absent.
            o.AddSchemaTransformer((schema, _, _) =>
            {
                if (schema.Properties is { } properties && schema.Required is { Count: > 0 } required)
                    foreach (var (name, property) in properties)
                        if (IsNullable(property)) required.Remove(name);
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (operation.Responses is not null)
                    foreach (var (code, response) in operation.Responses)
                        if (response is OpenApiResponse r) r.Description = Describe(code);
                if (metadata.OfType<FileBodyMetadata>().LastOrDefault() is { } body) operation.RequestBody = FileRequestBody(body);
                foreach (var file in metadata.OfType<FileResponseMetadata>())
                {
                    operation.Responses ??= new OpenApiResponses();
                    var code = file.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (!operation.Responses.TryGetValue(code, out var existing) || existing is not OpenApiResponse response)
                        operation.Responses[code] = response = new OpenApiResponse();
                    response.Description = file.Description;
                    response.Content ??= new Dictionary<string, OpenApiMediaType>();
                    foreach (var type in file.ContentTypes) response.Content.TryAdd(type, new OpenApiMediaType { Schema = Binary() });
                }
                // Writes are also bounded by the request limits (Limits:Requests): 429 in the same problem shape.
                if (!HttpMethods.IsGet(context.Description.HttpMethod ?? "GET") && operation.Responses?.TryGetValue("403", out var forbidden) == true)
                    operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Quá nhiều yêu cầu (Limits:Requests)", Content = forbidden.Content });
                return Task.CompletedTask;
            });
        });
    }

    private static bool IsNullable(IOpenApiSchema schema) =>
        schema.Type is { } type && type.HasFlag(JsonSchemaType.Null)
        || schema.OneOf?.Any(IsNullable) == true || schema.AnyOf?.Any(IsNullable) == true;

    private static OpenApiSchema Binary() => new() { Type = JsonSchemaType.String, Format = "binary" };

    private static OpenApiRequestBody FileRequestBody(FileBodyMetadata body)
    {
        var field = body.Multiple ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = Binary() } : Binary();
        var content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema> { [body.Field] = field },
                },
            },
        };
        foreach (var type in body.RawTypes) content[type] = new OpenApiMediaType { Schema = Binary() };
        return new OpenApiRequestBody { Description = body.Description, Required = false, Content = content };
    }

    private static string Describe(string status) => status switch
    {
        "200" => "Thành công",
        "201" => "Đã tạo",
        "204" => "Thành công, không có nội dung",
        "302" => "Chuyển hướng",
        "400" => "Yêu cầu không hợp lệ",
        "401" => "Cần đăng nhập",
        "403" => "Không có quyền",
        "404" => "Không tìm thấy",
        "409" => "Xung đột với trạng thái hiện tại",
        "413" => "Vượt giới hạn kích thước",
        "415" => "Sai kiểu nội dung",
        "422" => "Nội dung không dùng được (kèm findings)",
        "429" => "Quá nhiều yêu cầu",
        "500" => "Lỗi máy chủ (kèm traceId)",
        "503" => "Máy chủ đang bận",
        _ => "Trả lời",
    };

    // ---- route metadata ------------------------------------------------------------------------------------------

    /// <summary>The operation's id and its Vietnamese summary.</summary>
    public static RouteHandlerBuilder Doc(this RouteHandlerBuilder route, string name, string summary) =>
        route.WithName(name).WithSummary(summary);

    /// <summary>
    /// Each route's JSON body, from its row of the route table (<see cref="Api.ApiRoute.JsonType"/>; read by the handler
    /// through the bounded body reader): the document's request body, and routing's application/json.
    /// </summary>
    public static TBuilder WithJsonBodies<TBuilder>(this TBuilder routes) where TBuilder : IEndpointConventionBuilder
    {
        routes.Finally(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route && endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods is [var method]
                && Api.ApiRoutes.Find(method, route.RoutePattern.RawText) is { JsonType: { } type })
                endpoint.Metadata.Add(new AcceptsMetadata(["application/json"], type));
        });
        return routes;
    }

    /// <summary>One file (or several) in a multipart form field, or one file as the raw body (named by X-File-Name).</summary>
    public static RouteHandlerBuilder FileBody(this RouteHandlerBuilder route, string field, bool multiple, string description, params string[] rawTypes) =>
        route.WithMetadata(new FileBodyMetadata(field, multiple, rawTypes, description));

    /// <summary>A JSON answer of type <typeparamref name="T"/>.</summary>
    public static RouteHandlerBuilder Json<T>(this RouteHandlerBuilder route, int status = 200) => route.Produces<T>(status, "application/json");

    /// <summary>A file answer.</summary>
    public static RouteHandlerBuilder FileResult(this RouteHandlerBuilder route, string description, params string[] contentTypes) =>
        route.WithMetadata(new FileResponseMetadata(200, contentTypes, description));

    /// <summary>Problem answers (the one shape, <see cref="ApiProblem"/>) with these statuses.</summary>
    public static TBuilder ProblemsOf<TBuilder>(this TBuilder route, params int[] statuses) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
            route.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ApiProblem), [ApiProblem.ContentType]));
        return route;
    }

    // ---- serving and writing -------------------------------------------------------------------------------------

    /// <summary>The document and its reference page (local host; any signed-in user, AccessGate).</summary>
    public static void MapOpenApiReference(this WebApplication app)
    {
        app.MapOpenApi(DocumentRoute);
        app.MapScalarApiReference(ReferencePath, o =>
        {
            o.WithTitle("OfficeReview — tài liệu API")
                .WithOpenApiRoutePattern(DocumentRoute)
                .DisableDefaultFonts(); // no font CDN: the page loads only this service's files
        });
    }

    /// <summary>The document as the committed docs/openapi.json holds it (OpenAPI 3.1, indented, LF line ends).</summary>
    public static async Task<string> WriteAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(ct);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var writer = new OpenApiJsonWriter(text);
        document.SerializeAsV31(writer);
        await writer.FlushAsync(ct);
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
    }

    /// <summary>Builds the service's routes without starting it and writes the document (the CLI verb <c>openapi</c>).</summary>
    public static async Task<string> BuildDocumentAsync(CancellationToken ct = default)
    {
        var data = Path.Combine(Path.GetTempPath(), "officereview-openapi-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The route table is wired to the API explorer when the host starts: start it on a free loopback port, with
            // no first-start sign-in link and no logs, read the document, stop.
            var app = ServiceHost.Build(["--environment", "Production", $"--Storage:DataFolder={data}", "--urls", "http://127.0.0.1:0",
                "--Logging:LogLevel:Default=None"], builder =>
            {
                foreach (var hosted in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(Features.Identity.FirstStartService)).ToList())
                    builder.Services.Remove(hosted);
            });
            await using (app)
            {
                await app.StartAsync(ct);
                try { return await WriteAsync(app.Services, ct); }
                finally { await app.StopAsync(CancellationToken.None); }
            }
        }
        finally
        {
            try { if (Directory.Exists(data)) Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }
}
