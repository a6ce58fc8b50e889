using Microsoft.AspNetCore.Http.Features;
using OfficeReview.Service.Hosting;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>A file sent in a request.</summary>
public sealed record UploadedFile(string Name, byte[] Content);

/// <summary>
/// The one place that reads request bodies: multipart/form-data (every file part), or the raw body with its name in
/// the X-File-Name header. Each file is bounded by <c>maxFileBytes</c>, the whole request by
/// <c>maxTotalBytes</c>; memory comes from the process-wide <see cref="UploadBudget"/> as bytes arrive
/// (never from Content-Length) and is given back when the request ends. File names are cleaned of control and bidi
/// characters.
/// </summary>
internal static class RequestFiles
{
    private static readonly UploadBudget s_fallback = new(UploadBudget.DefaultBytes);

    /// <summary>The budget lease of this request (opened on first use, returned when the response completes).</summary>
    public static UploadBudget.Lease LeaseOf(HttpContext context)
    {
        if (context.Items[typeof(UploadBudget.Lease)] is UploadBudget.Lease existing) return existing;
        var budget = context.RequestServices.GetService<UploadBudget>() ?? s_fallback;
        var lease = budget.Open();
        context.Items[typeof(UploadBudget.Lease)] = lease;
        context.Response.RegisterForDispose(lease);
        return lease;
    }

    private static void SetBodyLimit(HttpRequest request, long maxTotalBytes)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = maxTotalBytes;
    }

    /// <summary>The raw body, at most <paramref name="maxBytes"/> (413 naming <paramref name="limitKey"/> beyond).</summary>
    public static async Task<byte[]> ReadBodyAsync(HttpRequest request, long maxBytes, string limitKey, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) throw TooLarge(request, maxBytes, limitKey);
        SetBodyLimit(request, maxBytes);
        try
        {
            return await BudgetedReader.ReadAsync(request.Body, maxBytes, LeaseOf(request.HttpContext), ct) ?? throw TooLarge(request, maxBytes, limitKey);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == 413) { throw TooLarge(request, maxBytes, limitKey); }
    }

    /// <summary>The files of a request that carries one file: each up to <paramref name="maxFileBytes"/>, the whole request 64 KB more (the multipart framing).</summary>
    public static Task<IReadOnlyList<UploadedFile>> ReadOneAsync(HttpRequest request, long maxFileBytes, string defaultName, CancellationToken ct) =>
        ReadAsync(request, maxFileBytes, maxFileBytes + 64 * 1024, defaultName, ct);

    /// <summary>The files of a request that carries many: each up to <paramref name="maxFileBytes"/>, all together up to Limits:MaxMergeBytes (default <see cref="CampaignApi.DefaultMaxMergeBytes"/>).</summary>
    public static Task<IReadOnlyList<UploadedFile>> ReadManyAsync(HttpRequest request, long maxFileBytes, string defaultName, CancellationToken ct)
    {
        var total = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>().GetValue<long?>("Limits:MaxMergeBytes") ?? CampaignApi.DefaultMaxMergeBytes;
        return ReadAsync(request, maxFileBytes, total, defaultName, ct);
    }

    public static async Task<IReadOnlyList<UploadedFile>> ReadAsync(HttpRequest request, long maxFileBytes, long maxTotalBytes, string defaultName, CancellationToken ct)
    {
        // A raw body is one file: its bound is the file's.
        if (!request.HasFormContentType && request.ContentLength > maxFileBytes) throw TooLarge(request, maxFileBytes, "Limits:MaxInputBytes");
        if (request.ContentLength > maxTotalBytes) throw TooLarge(request, maxTotalBytes, "Limits:MaxInputBytes");
        SetBodyLimit(request, maxTotalBytes);
        var lease = LeaseOf(request.HttpContext);

        if (request.HasFormContentType)
        {
            // Parts above 64 KB are buffered on disk by the form reader, not in memory; each file then comes through the budget.
            request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
            {
                MultipartBodyLengthLimit = maxTotalBytes,
                ValueCountLimit = 10_000,
                ValueLengthLimit = 1024 * 1024,
                MultipartHeadersLengthLimit = 16 * 1024,
            }));
            IFormCollection form;
            try { form = await request.ReadFormAsync(ct); }
            catch (InvalidDataException)
            {
                Hosting.Observability.RequestTelemetry.NoteRejection(request.HttpContext, new("MULTIPART_BROKEN", Size: request.ContentLength));
                throw CampaignProblemException.BadRequest("Biểu mẫu multipart gửi lên không đọc được (sai cấu trúc, quá nhiều trường hoặc trường quá dài).");
            }
            catch (BadHttpRequestException e) when (e.StatusCode == 413) { throw TooLarge(request, maxTotalBytes, "Limits:MaxInputBytes"); }
            var files = new List<UploadedFile>(form.Files.Count);
            foreach (var f in form.Files)
            {
                var name = Domain.Text.SafeText.FileName(f.FileName, defaultName);
                if (f.Length > maxFileBytes)
                {
                    Hosting.Observability.RequestTelemetry.NoteRejection(request.HttpContext,
                        new(TooLargeCode, "Limits:MaxInputBytes", maxFileBytes, f.Length, Hosting.Observability.ServiceLog.FileType(f.FileName)));
                    throw new CampaignProblemException(413, "Tệp quá lớn",
                        $"Tệp {name} có {Domain.Formatting.VietnameseFormat.Count(f.Length)} byte, vượt giới hạn {Domain.Formatting.VietnameseFormat.Count(maxFileBytes)} byte (Limits:MaxInputBytes).");
                }
                await using var stream = f.OpenReadStream();
                var content = await BudgetedReader.ReadAsync(stream, maxFileBytes, lease, ct) ?? throw TooLarge(request, maxFileBytes, "Limits:MaxInputBytes");
                files.Add(new UploadedFile(name, content));
            }
            return files;
        }

        var header = request.Headers["X-File-Name"].FirstOrDefault();
        var fileName = Domain.Text.SafeText.FileName(string.IsNullOrWhiteSpace(header) ? null : Unescape(header), defaultName);
        byte[] body;
        try
        {
            body = await BudgetedReader.ReadAsync(request.Body, maxFileBytes, lease, ct) ?? throw TooLarge(request, maxFileBytes, "Limits:MaxInputBytes");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == 413) { throw TooLarge(request, maxTotalBytes, "Limits:MaxInputBytes"); }
        return body.Length == 0 ? [] : [new UploadedFile(fileName, body)];
    }

    /// <summary>The X-File-Name header (percent-encoded UTF-8), tolerant of a malformed escape.</summary>
    public static string Unescape(string header)
    {
        try { return Uri.UnescapeDataString(header); }
        catch (UriFormatException) { return header; }
    }

    /// <summary>The input layer's code for a file over its size bound (the reason logged for a refused upload).</summary>
    private const string TooLargeCode = OfficeReview.Domain.Findings.FindingCatalogue.InputTooLarge;

    /// <summary>A body over <paramref name="limit"/>: the 413 (naming the bound's key) and the note for the log.</summary>
    private static CampaignProblemException TooLarge(HttpRequest request, long limit, string key)
    {
        Hosting.Observability.RequestTelemetry.NoteRejection(request.HttpContext, new(TooLargeCode, key, limit, request.ContentLength));
        return key == "Limits:MaxInputBytes"
            ? CampaignProblemException.TooLarge(limit)
            : new(413, "Dữ liệu quá lớn", $"Nội dung gửi lên vượt giới hạn {Domain.Formatting.VietnameseFormat.Count(limit)} byte ({key}).");
    }
}
