using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>Issue #10 step 4 over HTTP (real SQLite store): numbers from the issuer's register, approval records, the archive.</summary>
public class ApprovalArchiveApiTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static string Text(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
    }

    private static object Issuer => new
    {
        issuer = "ĐẢNG ỦY XÃ AN BÌNH", issuerCode = "ĐU", place = "An Bình", level = "dang-uy-xa",
        signer = new { authority = "T/M", body = "BAN THƯỜNG VỤ", title = "BÍ THƯ", name = "Nguyễn Văn An" },
        copyTo = new Dictionary<string, string[]> { ["default"] = ["Lưu VP"] },
    };

    private static async Task<string> CampaignAsync(CampaignApp app, string id, int year)
    {
        var p = CampaignTestData.Province(units: 12, members: 100);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new
        {
            id, year, units = CampaignTestData.UnitsOf(p), deadlines = new object[] { new { reviewBy = $"{year}-12-05", due = $"{year}-12-10" } },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PutAsJsonAsync($"/api/campaigns/{id}/issuer", Issuer)).StatusCode);
        foreach (var report in p.Units.Skip(1))
            Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsync($"/api/campaigns/{id}/units/{report.Unit.Code}/submissions",
                CampaignTestData.File(CampaignTestData.Json(report with { Year = year }), "bc.json"))).StatusCode);
        return p.Root.Unit.Code;
    }

    private static async Task<long> DraftAsync(HttpClient client, string campaign, string kind, string unit, string[]? units = null)
    {
        var r = await client.PostAsJsonAsync($"/api/campaigns/{campaign}/documents", new { kind, unit, units });
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await Json(r)).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task Approval_numbers_from_the_register_per_kind_across_campaigns_and_the_archive_matches_its_records()
    {
        using var app = new CampaignApp();
        var root = await CampaignAsync(app, "c1", 2025);
        using var approver = app.ClientAs("ap", "approver", root, "c1");
        using var reviewer = app.ClientAs("rv", "reviewer", root, "c1");

        var plan = await DraftAsync(reviewer, "c1", "ke-hoach", root);
        // A reviewer drafts but does not approve.
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync($"/api/campaigns/c1/documents/{plan}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await approver.GetAsync($"/api/campaigns/c1/documents/{plan}/final")).StatusCode);

        var first = await approver.PostAsync($"/api/campaigns/c1/documents/{plan}/approve", null);
        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var approved = await Json(first);
        Assert.Equal(1, approved.GetProperty("number").GetInt32());
        Assert.Equal("Số 01-KH/ĐU", approved.GetProperty("documentNumber").GetString());
        Assert.Equal("ap", approved.GetProperty("approvedBy").GetString());
        var final = await (await approver.GetAsync($"/api/campaigns/c1/documents/{plan}/final")).Content.ReadAsByteArrayAsync();
        Assert.Equal(approved.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(final)));
        Assert.Equal(approved.GetProperty("sha256").GetString(), approved.GetProperty("record").GetProperty("sha256").GetString());
        var text = Text(final);
        Assert.Contains("01-KH/ĐU", text);
        Assert.DoesNotContain("DỰ THẢO", text);
        using (var pkg = WordprocessingDocument.Open(new MemoryStream(final), false))
            Assert.Empty(pkg.MainDocumentPart!.Document.Descendants<SdtElement>());

        // Twice: the same number and file.
        var again = await Json(await approver.PostAsync($"/api/campaigns/c1/documents/{plan}/approve", null));
        Assert.Equal(1, again.GetProperty("number").GetInt32());
        Assert.Equal(approved.GetProperty("sha256").GetString(), again.GetProperty("sha256").GetString());

        // Công văn and công văn đôn đốc share the CV series; a Báo cáo starts its own.
        var letter = await DraftAsync(app.Client, "c1", "cong-van", root);
        var reminder = await DraftAsync(app.Client, "c1", "cong-van-don-doc", root, [root]);
        var report = await DraftAsync(app.Client, "c1", "bao-cao", root);
        Assert.Equal("Số 01-CV/ĐU", (await Json(await app.Client.PostAsync($"/api/campaigns/c1/documents/{letter}/approve", null))).GetProperty("documentNumber").GetString());
        Assert.Equal("Số 02-CV/ĐU", (await Json(await app.Client.PostAsync($"/api/campaigns/c1/documents/{reminder}/approve", null))).GetProperty("documentNumber").GetString());
        Assert.Equal("Số 01-BC/ĐU", (await Json(await app.Client.PostAsync($"/api/campaigns/c1/documents/{report}/approve", null))).GetProperty("documentNumber").GetString());

        // A draft whose data changed since (a decision) is refused: draft again.
        var stale = await DraftAsync(app.Client, "c1", "quyet-dinh", root);
        var child = (await Json(await app.Client.GetAsync($"/api/campaigns/c1/units/{root}/decisions"))).GetProperty("decisions")[0].GetProperty("unit").GetString();
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PutAsJsonAsync($"/api/campaigns/c1/units/{child}/decision", new { level = "notComplete", reason = "Thẩm định" })).StatusCode);
        var refused = await app.Client.PostAsync($"/api/campaigns/c1/documents/{stale}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("lập lại dự thảo", (await Json(refused)).GetProperty("detail").GetString());

        // The register belongs to the issuer, not the campaign: within the term, numbering goes on (not reset yearly).
        var root2 = await CampaignAsync(app, "c2", 2026);
        var plan2 = await DraftAsync(app.Client, "c2", "ke-hoach", root2);
        Assert.Equal("Số 02-KH/ĐU", (await Json(await app.Client.PostAsync($"/api/campaigns/c2/documents/{plan2}/approve", null))).GetProperty("documentNumber").GetString());

        var audit = (await Json(await app.Client.GetAsync("/api/audit?campaign=c1"))).EnumerateArray().Where(e => e.GetProperty("action").GetString() == "document.approve").ToList();
        Assert.Contains(audit, e => e.GetProperty("detail").GetString()!.Contains("Số 01-KH/ĐU"));

        // The archive: approved documents with their records, consolidated workbooks, the audit log; every hash checks.
        Assert.Equal(HttpStatusCode.Forbidden, (await approver.GetAsync("/api/campaigns/c1/archive")).StatusCode);
        var zipResponse = await app.Client.GetAsync("/api/campaigns/c1/archive");
        Assert.Equal(HttpStatusCode.OK, zipResponse.StatusCode);
        Assert.Equal("application/zip", zipResponse.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await zipResponse.Content.ReadAsByteArrayAsync()));
        byte[] Read(string path) { using var s = zip.GetEntry(path)!.Open(); using var ms = new MemoryStream(); s.CopyTo(ms); return ms.ToArray(); }
        var manifest = JsonDocument.Parse(Read("manifest.json")).RootElement;
        var listed = manifest.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(zip.Entries.Count - 1, listed.Count);
        foreach (var f in listed)
            Assert.Equal(f.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(Read(f.GetProperty("path").GetString()!))));
        var docs = listed.Where(f => f.GetProperty("path").GetString()!.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, docs.Count); // the stale quyết định was not approved
        foreach (var d in docs)
        {
            var record = JsonDocument.Parse(Read(d.GetProperty("path").GetString() + ".approval.json")).RootElement;
            Assert.Equal(d.GetProperty("sha256").GetString(), record.GetProperty("sha256").GetString());
            Assert.Equal(d.GetProperty("documentNumber").GetString(), record.GetProperty("documentNumber").GetString());
        }
        Assert.Contains(listed, f => f.GetProperty("path").GetString()!.StartsWith("tong-hop/", StringComparison.Ordinal));
        Assert.Contains(listed, f => f.GetProperty("path").GetString() == "nhat-ky-c1.xlsx");
    }
}
