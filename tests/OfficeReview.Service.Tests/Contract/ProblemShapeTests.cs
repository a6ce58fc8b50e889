using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OfficeReview.Service.Tests.Campaigns;

namespace OfficeReview.Service.Tests.Contract;

/// <summary>Every error, whichever part of the host finds it, is answered in the one problem shape (Hosting/Problems.cs).</summary>
public class ProblemShapeTests
{
    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title, string path)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("https://tools.ietf.org/html/rfc", problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(path, problem.GetProperty("instance").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        // Vietnamese text is written as itself, not as \u escapes.
        Assert.Contains(title, text);
        return problem;
    }

    [Fact]
    public async Task Sign_in_access_gate_hardening_endpoints_and_the_exception_handler_answer_the_same_shape()
    {
        using var app = new CampaignApp();
        using var admin = app.ClientAs("admin", "admin");
        using var clerk = app.ClientAs("clerk", "clerk", unit: "X", campaign: "c");
        using var anonymous = app.ClientAs("nobody", null);

        // Sign-in (middleware).
        await AssertProblemAsync(await anonymous.GetAsync("/api/campaigns"), HttpStatusCode.Unauthorized, "Cần đăng nhập", "/api/campaigns");
        // The access gate (middleware).
        await AssertProblemAsync(await clerk.GetAsync("/api/audit/verify"), HttpStatusCode.Forbidden, "Không có quyền", "/api/audit/verify");
        // Hardening: a JSON route sent as text/plain.
        await AssertProblemAsync(await admin.PostAsync("/api/campaigns", new StringContent("{}", Encoding.UTF8, "text/plain")),
            HttpStatusCode.UnsupportedMediaType, "Sai kiểu nội dung", "/api/campaigns");
        // An endpoint's problem (thrown, answered by the one filter).
        await AssertProblemAsync(await admin.GetAsync("/api/campaigns/khong-co"), HttpStatusCode.NotFound, "Không tìm thấy đợt kiểm điểm", "/api/campaigns/khong-co");
        await AssertProblemAsync(await admin.GetAsync("/api/templates/khong-co"), HttpStatusCode.NotFound, "Không có biểu mẫu", "/api/templates/khong-co");
        // A bad JSON body (the bounded body reader).
        await AssertProblemAsync(await admin.PostAsync("/api/campaigns", new StringContent("{\"year\": ", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "Yêu cầu không hợp lệ", "/api/campaigns");
        // A multipart form without a file.
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        await AssertProblemAsync(await admin.PostAsync("/api/validate", empty), HttpStatusCode.BadRequest, "Thiếu tệp", "/api/validate");
    }

    [Fact]
    public async Task A_file_that_is_too_large_is_a_413_naming_the_bound()
    {
        using var app = new CampaignApp(new Dictionary<string, string> { ["Limits:Input:MaxInputBytes"] = "1000", ["Limits:MaxInputBytes"] = "1000" });
        using var admin = app.ClientAs("admin", "admin");
        var body = new ByteArrayContent(new byte[5000]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await admin.PostAsync("/api/validate", body);
        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "Tệp quá lớn", "/api/validate");
        Assert.Contains("Limits:", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Problems_about_a_files_content_carry_its_findings()
    {
        using var app = new CampaignApp();
        using var admin = app.ClientAs("admin", "admin");
        // A document whose inputs are wrong: 422 with every problem as a finding.
        var response = await admin.PostAsync("/api/documents/bao-cao", new StringContent("{\"data\": {}}", Encoding.UTF8, "application/json"));
        var problem = await AssertProblemAsync(response, (HttpStatusCode)422, "Không tạo được văn bản", "/api/documents/bao-cao");
        var findings = problem.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("path").GetString() == "meta" && f.GetProperty("severity").GetString() == "error");
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("code").GetString())));
        // Several files none of which can be read: 422 with the reader's findings.
        using var form = CampaignTestData.Form((Encoding.UTF8.GetBytes("không phải báo cáo"), "a.json"));
        var merge = await AssertProblemAsync(await admin.PostAsync("/api/merge", form), (HttpStatusCode)422, "Không tổng hợp được", "/api/merge");
        Assert.NotEmpty(merge.GetProperty("findings").EnumerateArray());
    }
}
