using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Service.Api;

/// <summary>The file a caller sent: its name and bytes, or the HTTP problem to answer with.</summary>
public sealed record UploadedInput(string FileName, byte[]? Bytes, IResult? Problem)
{
    /// <summary>
    /// Reads the input of a POST that takes one file: a multipart form's first file, or the raw body (named by the
    /// X-File-Name header), never more than <paramref name="limit"/> bytes (413 otherwise); 400 when a form carries no
    /// file. The reading itself is <see cref="RequestFiles"/>, shared with the campaign routes.
    /// </summary>
    public static async Task<UploadedInput> ReadAsync(HttpRequest request, long limit, string defaultName, CancellationToken ct)
    {
        IReadOnlyList<UploadedFile> files;
        try
        {
            files = await RequestFiles.ReadAsync(request, limit, limit + 64 * 1024, defaultName, ct);
        }
        catch (CampaignProblemException e)
        {
            Hosting.Observability.RequestTelemetry.NoteProblem(request.HttpContext, e);
            return Fail(Results.Problem(title: e.Title, detail: e.Detail, statusCode: e.Status));
        }
        if (files.Count > 0) return new UploadedInput(files[0].Name, files[0].Content, null);
        if (request.HasFormContentType)
            return Fail(Results.Problem(title: "Thiếu tệp", detail: "Gửi tệp trong trường \"file\" của biểu mẫu.", statusCode: 400));
        // An empty raw body is still an input: the reader says why it cannot be read.
        var name = request.Headers["X-File-Name"].FirstOrDefault();
        return new UploadedInput(Domain.Text.SafeText.FileName(string.IsNullOrWhiteSpace(name) ? null : RequestFiles.Unescape(name), defaultName), [], null);
    }

    private static UploadedInput Fail(IResult problem) => new("", null, problem);
}
