using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>Issue #10 step 3 over HTTP (real SQLite store): every document drafted from the campaign, no JSON data file.</summary>
public class CampaignDocumentApiTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>The body text of a document, one line per paragraph.</summary>
    internal static string Text(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
    }

    [Fact]
    public async Task Every_kind_is_drafted_from_the_campaign_with_decisions_and_last_years_figures()
    {
        using var app = new CampaignApp();
        var client = app.Client;
        var p = CampaignTestData.Province(units: 20, members: 200);
        var root = p.Root.Unit.Code;

        // Last year: the same unit codes, merged at the root.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/campaigns", new { id = "y2024", year = 2024, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        foreach (var report in p.Units.Skip(1))
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/campaigns/y2024/units/{report.Unit.Code}/submissions",
                CampaignTestData.File(CampaignTestData.Json(report with { Year = 2024 }), "bc.json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/campaigns/y2024/units/{root}/merge", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/campaigns", new
        {
            id = "y2025", year = 2025, units = CampaignTestData.UnitsOf(p),
            deadlines = new object[] { new { reviewBy = "2025-12-05", due = "2025-12-10" } },
        })).StatusCode);
        // No issuer yet: nothing can be drafted.
        var noIssuer = await client.PostAsJsonAsync("/api/campaigns/y2025/documents", new { kind = "ke-hoach", unit = root });
        Assert.Equal(HttpStatusCode.Conflict, noIssuer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/campaigns/y2025/issuer", new
        {
            superior = "ĐẢNG BỘ TỈNH MẪU", issuer = "ĐẢNG ỦY XÃ AN BÌNH", issuerCode = "ĐU", place = "An Bình", level = "dang-uy-xa",
            signer = new { authority = "T/M", body = "BAN THƯỜNG VỤ", title = "BÍ THƯ", name = "Nguyễn Văn An" },
            copyTo = new Dictionary<string, string[]> { ["default"] = ["Ban Tổ chức Tỉnh ủy (b/c)", "Lưu VP"] },
        })).StatusCode);

        var children = p.Units.Where(u => u.Unit.Parent == root).ToList();
        var missing = p.Units.Where(u => u.MemberList is not null).Take(2).Select(u => u.Unit.Code).ToList();
        foreach (var report in p.Units.Skip(1).Where(u => !missing.Contains(u.Unit.Code)))
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/campaigns/y2025/units/{report.Unit.Code}/submissions",
                CampaignTestData.File(CampaignTestData.Json(report), "bc.json"))).StatusCode);
        var lowered = children.First(c => !missing.Contains(c.Unit.Code));
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/campaigns/y2025/units/{lowered.Unit.Code}/decision",
            new { level = "notComplete", reason = "Vi phạm quy chế làm việc" })).StatusCode);

        async Task<(JsonElement Answer, string Text, byte[] Bytes)> Draft(object body)
        {
            var r = await client.PostAsJsonAsync("/api/campaigns/y2025/documents", body);
            Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
            var answer = await Json(r);
            Assert.Equal("draft", answer.GetProperty("state").GetString());
            var content = await client.GetAsync($"/api/campaigns/y2025/documents/{answer.GetProperty("id").GetInt64()}/content");
            Assert.Equal(HttpStatusCode.OK, content.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", content.Content.Headers.ContentType!.MediaType);
            var bytes = await content.Content.ReadAsByteArrayAsync();
            Assert.Equal(answer.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
            return (answer, Text(bytes), bytes);
        }

        var keHoach = await Draft(new { kind = "ke-hoach", unit = root });
        Assert.Equal("ke-hoach", keHoach.Answer.GetProperty("kind").GetString());
        Assert.Contains("ĐẢNG ỦY XÃ AN BÌNH", keHoach.Text);
        Assert.Contains("05/12/2025", keHoach.Text); // the review date
        Assert.Contains("10/12/2025", keHoach.Text); // the send date
        Assert.Contains("Nguyễn Văn An", keHoach.Text);

        var congVan = await Draft(new { kind = "cong-van", unit = root });
        Assert.Contains("10/12/2025", congVan.Text);

        var donDoc = await Draft(new { kind = "cong-van-don-doc", unit = root, units = missing, newDeadline = "2025-12-15" });
        foreach (var code in missing) Assert.Contains(p.Units.Single(u => u.Unit.Code == code).Unit.Name, donDoc.Text);
        Assert.Contains("15/12/2025", donDoc.Text);

        var baoCao = await Draft(new { kind = "bao-cao", unit = root });
        Assert.StartsWith("y2024/results/", baoCao.Answer.GetProperty("source").GetProperty("previous").GetString());
        Assert.Equal(1, baoCao.Answer.GetProperty("source").GetProperty("decided").GetInt32());
        Assert.Contains("2024", baoCao.Text);
        Assert.Contains(lowered.Unit.Name, baoCao.Text); // named as không hoàn thành nhiệm vụ
        // Review held, counted from the reports sent: every organization below the root but the two missing ones.
        var organizations = p.Units.Skip(1).Count(u => Domain.Aggregation.ReportAggregator.BlockFor(u.Unit.Kind) is not null);
        var missingOrganizations = missing.Count(c => Domain.Aggregation.ReportAggregator.BlockFor(p.Units.Single(u => u.Unit.Code == c).Unit.Kind) is not null);
        Assert.Contains($"{organizations - missingOrganizations}/{organizations} tổ chức đảng", baoCao.Text);

        var thongBao = await Draft(new { kind = "thong-bao-ket-qua", unit = root });
        Assert.Contains(lowered.Unit.Name, thongBao.Text);

        // Both pass the report checker: their figures and percentages agree with each other.
        foreach (var (bytes, name) in new[] { (baoCao.Bytes, "bao-cao.docx"), (thongBao.Bytes, "thong-bao.docx") })
        {
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            form.Add(file, "file", name);
            var check = await Json(await client.PostAsync("/api/check-report", form));
            Assert.True(check.GetProperty("counts").GetProperty("errors").GetInt32() == 0, check.ToString());
            Assert.True(check.GetProperty("statements").GetArrayLength() > 5, check.ToString()); // figures were read and checked
        }

        var quyetDinh = await Draft(new { kind = "quyet-dinh", unit = root });
        Assert.Contains(lowered.Unit.Name, quyetDinh.Text);

        var list = (await Json(await client.GetAsync("/api/campaigns/y2025/documents"))).EnumerateArray().ToList();
        Assert.Equal(["ke-hoach", "cong-van", "cong-van-don-doc", "bao-cao", "thong-bao-ket-qua", "quyet-dinh"], list.Select(d => d.GetProperty("kind").GetString()));
        var audit = (await Json(await client.GetAsync("/api/audit?campaign=y2025"))).EnumerateArray().Count(e => e.GetProperty("action").GetString() == "document.draft");
        Assert.Equal(6, audit);

        // Bad requests: an unknown kind, an unknown unit, a reminder without units.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/campaigns/y2025/documents", new { kind = "bien-ban", unit = root })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/campaigns/y2025/documents", new { kind = "bao-cao", unit = "KHONG-CO" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/campaigns/y2025/documents", new { kind = "cong-van-don-doc", unit = root })).StatusCode);

        // A clerk drafts nothing and cannot read the root's documents (404 like a missing id).
        using var clerk = app.ClientAs("clerk", "clerk", missing[0], "y2025");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/api/campaigns/y2025/documents", new { kind = "bao-cao", unit = missing[0] })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/campaigns/y2025/documents/{baoCao.Answer.GetProperty("id").GetInt64()}/content")).StatusCode);
        Assert.Empty((await Json(await clerk.GetAsync("/api/campaigns/y2025/documents"))).EnumerateArray());
    }
}
