using Microsoft.AspNetCore.Http.Features;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>A file sent in a request.</summary>
public sealed record UploadedFile(string Name, byte[] Content);

/// <summary>
/// Reads the file(s) of a request: multipart/form-data (every file part), or the raw body with its name in the
/// X-File-Name header. Each file is bounded by <paramref name="maxFileBytes"/>, the whole request by <paramref name="maxTotalBytes"/>.
/// </summary>
public static class RequestFiles
{
    public static async Task<IReadOnlyList<UploadedFile>> ReadAsync(HttpRequest request, long maxFileBytes, long maxTotalBytes, string defaultName, CancellationToken ct)
    {
        if (request.ContentLength > maxTotalBytes) throw CampaignProblemException.TooLarge(maxTotalBytes);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = maxTotalBytes;

        if (request.HasFormContentType)
        {
            request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
            {
                MultipartBodyLengthLimit = maxTotalBytes,
                ValueCountLimit = 100_000,
            }));
            IFormCollection form;
            try { form = await request.ReadFormAsync(ct); }
            catch (InvalidDataException e) { throw CampaignProblemException.BadRequest($"Biểu mẫu gửi lên không đọc được: {e.Message}"); }
            catch (BadHttpRequestException e) when (e.StatusCode == 413) { throw CampaignProblemException.TooLarge(maxTotalBytes); }
            var files = new List<UploadedFile>(form.Files.Count);
            foreach (var f in form.Files)
            {
                if (f.Length > maxFileBytes) throw new CampaignProblemException(413, "Tệp quá lớn",
                    $"Tệp {f.FileName} có {Domain.Formatting.VietnameseFormat.Count(f.Length)} byte, vượt giới hạn {Domain.Formatting.VietnameseFormat.Count(maxFileBytes)} byte (Limits:MaxInputBytes).");
                using var ms = new MemoryStream((int)f.Length);
                await f.CopyToAsync(ms, ct);
                files.Add(new UploadedFile(string.IsNullOrWhiteSpace(f.FileName) ? defaultName : f.FileName, ms.ToArray()));
            }
            return files;
        }

        var name = request.Headers["X-File-Name"].FirstOrDefault();
        name = string.IsNullOrWhiteSpace(name) ? defaultName : Uri.UnescapeDataString(name);
        try
        {
            // Length announced (the usual case): one array of exactly that size, no copy.
            if (request.ContentLength is long announced && announced <= maxFileBytes)
            {
                if (announced == 0) return [];
                var content = new byte[announced];
                var read = 0;
                while (read < content.Length)
                {
                    var got = await request.Body.ReadAsync(content.AsMemory(read), ct);
                    if (got == 0) throw CampaignProblemException.BadRequest($"Thân yêu cầu ngắn hơn Content-Length ({read} / {announced} byte).");
                    read += got;
                }
                return [new UploadedFile(name, content)];
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == 413) { throw CampaignProblemException.TooLarge(maxTotalBytes); }
        if (request.ContentLength > maxFileBytes) throw CampaignProblemException.TooLarge(maxFileBytes);

        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        try
        {
            while ((n = await request.Body.ReadAsync(buffer, ct)) > 0)
            {
                if (body.Length + n > maxFileBytes) throw CampaignProblemException.TooLarge(maxFileBytes);
                body.Write(buffer, 0, n);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == 413) { throw CampaignProblemException.TooLarge(maxTotalBytes); }
        return body.Length == 0 ? [] : [new UploadedFile(name, body.ToArray())];
    }
}
