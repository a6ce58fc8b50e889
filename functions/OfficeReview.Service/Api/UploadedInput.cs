using OfficeReview.Domain.Formatting;

namespace OfficeReview.Service.Api;

/// <summary>The file a caller sent: its name and bytes, or the HTTP problem to answer with.</summary>
public sealed record UploadedInput(string FileName, byte[]? Bytes, IResult? Problem)
{
    /// <summary>
    /// Reads the input of a POST: a multipart form's first file, or the raw body (named by the X-File-Name header),
    /// never more than <paramref name="limit"/> bytes (413 otherwise); 400 when a form carries no file.
    /// </summary>
    public static async Task<UploadedInput> ReadAsync(HttpRequest request, long limit, string defaultName, CancellationToken ct)
    {
        if (request.ContentLength > limit) return Fail(TooLarge(limit));
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.FirstOrDefault();
            if (file is null)
                return Fail(Results.Problem(title: "Thiếu tệp", detail: "Gửi tệp trong trường \"file\" của biểu mẫu.", statusCode: 400));
            if (file.Length > limit) return Fail(TooLarge(limit));
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms, ct);
            return new UploadedInput(file.FileName, ms.ToArray(), null);
        }

        var name = request.Headers["X-File-Name"].FirstOrDefault();
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (body.Length + n > limit) return Fail(TooLarge(limit));
            body.Write(buffer, 0, n);
        }
        return new UploadedInput(string.IsNullOrWhiteSpace(name) ? defaultName : Uri.UnescapeDataString(name), body.ToArray(), null);
    }

    private static UploadedInput Fail(IResult problem) => new("", null, problem);

    private static IResult TooLarge(long limit) => Results.Problem(
        title: "Tệp quá lớn",
        detail: $"Tệp gửi lên vượt giới hạn {VietnameseFormat.Count(limit)} byte (Limits:MaxInputBytes).",
        statusCode: 413);
}
