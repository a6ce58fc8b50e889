using System.Globalization;
using System.Text;
using System.Text.Json;
using OfficeReview.Service.Features.Campaigns;

namespace OfficeReview.Service.Hosting;

/// <summary>
/// JSON request bodies: read through the one bounded body reader (Limits:MaxJsonBytes, default 16 MB), checked before
/// any deserializer sees them — valid UTF-8, depth at most <see cref="MaxDepth"/>, every string and property name
/// well-formed (no lone surrogate, no U+FFFE/U+FFFF, no NUL) — and deserialized with messages that name the JSON path,
/// never a .NET type. Every problem is a 400 with a Vietnamese message.
/// </summary>
internal static class JsonBodies
{
    public const long DefaultMaxBytes = 16L * 1024 * 1024;
    public const int MaxDepth = 32;

    public static async Task<T> ReadAsync<T>(HttpRequest request, JsonSerializerOptions options, CancellationToken ct) where T : class
    {
        var max = request.HttpContext.RequestServices.GetService<IConfiguration>()?.GetValue<long?>("Limits:MaxJsonBytes") ?? DefaultMaxBytes;
        var body = await RequestFiles.ReadBodyAsync(request, max, "Limits:MaxJsonBytes", ct);
        if (Check(body) is { } problem)
        {
            Observability.RequestTelemetry.NoteRejection(request.HttpContext, new("JSON_INVALID", Size: body.Length));
            throw CampaignProblemException.BadRequest(problem);
        }
        try { return Deserialize<T>(body, options); }
        catch (CampaignProblemException)
        {
            Observability.RequestTelemetry.NoteRejection(request.HttpContext, new("JSON_SHAPE", Size: body.Length));
            throw;
        }
    }

    /// <summary>Each caller's options with the depth bound, made once per options instance.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> s_bounded = new();

    public static T Deserialize<T>(byte[] body, JsonSerializerOptions options) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, s_bounded.GetValue(options, o => new JsonSerializerOptions(o) { MaxDepth = MaxDepth }))
                ?? throw CampaignProblemException.BadRequest("Thân yêu cầu rỗng; cần một đối tượng JSON.");
        }
        catch (JsonException e)
        {
            throw CampaignProblemException.BadRequest(Describe(e));
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or FormatException or OverflowException or ArgumentException)
        {
            throw CampaignProblemException.BadRequest("Nội dung JSON có giá trị không dùng được (sai kiểu hoặc ký tự không hợp lệ).");
        }
    }

    /// <summary>Why the body is not acceptable JSON text, or null when it is (its shape is checked by the deserializer).</summary>
    public static string? Check(ReadOnlySpan<byte> body)
    {
        if (body.Length == 0) return "Thân yêu cầu rỗng; cần một đối tượng JSON.";
        if (!System.Text.Unicode.Utf8.IsValid(body)) return "Nội dung JSON không phải văn bản UTF-8 hợp lệ.";
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName)) continue;
                string text;
                try { text = reader.GetString() ?? ""; }
                catch (InvalidOperationException) { return $"Nội dung JSON có chuỗi chứa ký tự không hợp lệ (nửa cặp surrogate) ở vị trí byte {reader.TokenStartIndex}."; }
                if (!Domain.Text.SafeText.IsWellFormed(text))
                    return $"Nội dung JSON có chuỗi chứa ký tự không hợp lệ (U+FFFE, U+FFFF, NUL hoặc nửa cặp surrogate) ở vị trí byte {reader.TokenStartIndex}.";
            }
        }
        catch (JsonException e)
        {
            return Describe(e);
        }
        return null;
    }

    /// <summary>A JsonException as a Vietnamese sentence: where (path, line) and what kind of fault, never the .NET message.</summary>
    public static string Describe(JsonException e)
    {
        var sb = new StringBuilder("Nội dung JSON không hợp lệ");
        if (!string.IsNullOrEmpty(e.Path) && e.Path != "$") sb.Append(CultureInfo.InvariantCulture, $" tại {e.Path}");
        if (e.LineNumber is long line) sb.Append(CultureInfo.InvariantCulture, $" (dòng {line + 1}, cột {(e.BytePositionInLine ?? 0) + 1})");
        var message = e.Message ?? "";
        if (message.Contains("depth", StringComparison.OrdinalIgnoreCase)) sb.Append(CultureInfo.InvariantCulture, $": lồng nhau quá {MaxDepth} cấp");
        else if (message.Contains("could not be converted", StringComparison.OrdinalIgnoreCase)) sb.Append(": giá trị sai kiểu (ví dụ chữ ở chỗ cần số, hoặc số ở chỗ cần chuỗi)");
        else if (e.Path is not null && e.LineNumber is null) sb.Append(": thiếu trường bắt buộc hoặc giá trị sai kiểu");
        else sb.Append(": sai cú pháp");
        sb.Append('.');
        return sb.ToString();
    }
}
