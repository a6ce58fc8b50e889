using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Service.Api;

/// <summary>The file a caller sent: its name and bytes.</summary>
internal sealed record UploadedInput(string FileName, byte[] Bytes)
{
    /// <summary>
    /// Reads the input of a POST that takes one file: a multipart form's first file, or the raw body (named by the
    /// X-File-Name header), never more than <paramref name="limit"/> bytes (413 otherwise); 400 when a form carries no
    /// file. The reading itself is <see cref="RequestFiles"/>, shared with the campaign routes; its problems (and these)
    /// are thrown as <see cref="CampaignProblemException"/> and answered by the one error boundary (Hosting/Problems.cs).
    /// </summary>
    public static async Task<UploadedInput> ReadAsync(HttpRequest request, long limit, string defaultName, CancellationToken ct)
    {
        var files = await RequestFiles.ReadOneAsync(request, limit, defaultName, ct);
        if (files.Count > 0) return new UploadedInput(files[0].Name, files[0].Content);
        if (request.HasFormContentType)
            throw new CampaignProblemException(400, "Thiếu tệp", "Gửi tệp trong trường \"file\" của biểu mẫu.");
        // An empty raw body is still an input: the reader says why it cannot be read.
        var name = request.Headers["X-File-Name"].FirstOrDefault();
        return new UploadedInput(Domain.Text.SafeText.FileName(string.IsNullOrWhiteSpace(name) ? null : RequestFiles.Unescape(name), defaultName), []);
    }
}
