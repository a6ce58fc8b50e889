using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Input;
using OfficeReview.Service.Cli;
using OfficeReview.Service.Features.Campaigns;
using OfficeReview.Service.Features.Campaigns.Storage;
using OfficeReview.Service.Features.ReportChecking;
using OfficeReview.Service.Features.Validation;

namespace OfficeReview.Service.Tests.Campaigns;

/// <summary>
/// Files that cannot be read are refused where a verdict is due: a submission is not stored (the current version stays
/// current), a merge of nothing readable is 422, random bytes are not "text", a look-alike unit code is an error.
/// </summary>
public class UnreadableInputTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>A zip header followed by garbage: named .xlsx, it cannot be read.</summary>
    private static readonly byte[] s_brokenZip = [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Range(0, 600).Select(i => (byte)(i * 37 % 251))];

    [Fact]
    public async Task An_unreadable_submission_is_refused_with_422_nothing_is_stored_and_the_attempt_is_audited()
    {
        using var app = new CampaignApp();
        var p = CampaignTestData.Province(units: 12, members: 100, seed: 3);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.PostAsJsonAsync("/api/campaigns", new { id = "c", year = 2025, units = CampaignTestData.UnitsOf(p) })).StatusCode);
        var leaf = p.Units.Last(u => u.MemberList is not null);
        var code = leaf.Unit.Code;

        var good = await app.Client.PostAsync($"/api/campaigns/c/units/{code}/submissions", CampaignTestData.File(CampaignTestData.Json(leaf), "dung.json"));
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var goodId = (await Json(good)).GetProperty("id").GetInt64();

        foreach (var (bytes, name) in new[] { (s_brokenZip, "hong.xlsx"), (Encoding.UTF8.GetBytes("ma,ten\nT,Tinh\n"), "bang-tinh.xlsx"), ((byte[])[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1000]], "cu.xls") })
        {
            var refused = await app.Client.PostAsync($"/api/campaigns/c/units/{code}/submissions", CampaignTestData.File(bytes, name));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
            var problem = await Json(refused);
            Assert.Equal(CampaignProblemException.UnreadableTitle, problem.GetProperty("title").GetString());
            Assert.Contains(name, problem.GetProperty("detail").GetString());
            Assert.Contains(code, problem.GetProperty("detail").GetString());
            Assert.Contains(problem.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");

            // No row, no blob.
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            Assert.Empty(Directory.EnumerateFiles(app.Data.Path, sha, SearchOption.AllDirectories));
        }

        var versions = await Json(await app.Client.GetAsync($"/api/campaigns/c/units/{code}/submissions"));
        Assert.Equal([goodId], versions.EnumerateArray().Select(v => v.GetProperty("id").GetInt64()));
        // The earlier version is still the current one: the unit counts as submitted and valid.
        var status = await Json(await app.Client.GetAsync($"/api/campaigns/c/status?unit={code}"));
        Assert.Equal("hop-le", status.GetProperty("units")[0].GetProperty("status").GetString());

        var audit = await Json(await app.Client.GetAsync("/api/audit?campaign=c"));
        var refusals = audit.EnumerateArray().Where(e => e.GetProperty("action").GetString() == "submission.refused").ToList();
        Assert.Equal(3, refusals.Count);
        Assert.All(refusals, e => Assert.Equal(code, e.GetProperty("unit").GetString()));
        Assert.Contains(refusals, e => e.GetProperty("detail").GetString()!.Contains("hong.xlsx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_verb_refuses_an_unreadable_file_with_exit_2_and_stores_nothing()
    {
        using var folder = new TempFolder();
        var p = CampaignTestData.Province(units: 12, members: 100, seed: 6);
        var data = Path.Combine(folder.Path, "data");
        var leaf = p.Units[^1];
        await CampaignTestData.CreateLocalCampaignAsync(data, p);
        var file = folder.File("hong.xlsx", s_brokenZip);

        var (exit, stdout, stderr) = await CliRunner.Run(["submit", "--data", data, "--campaign", "c", "--unit", leaf.Unit.Code, file]);
        Assert.True(exit == CliApp.ExitCodes.Unreadable, stdout + stderr);
        Assert.Contains("hong.xlsx", stderr);
        Assert.Contains(CampaignProblemException.UnreadableTitle, stderr);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var store = new SqliteCampaignStore(data))
            Assert.Empty(await store.ListSubmissionsAsync("c", null, CancellationToken.None));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Merge_of_files_none_readable_is_422_in_json_and_a_readable_one_keeps_200_with_findings()
    {
        using var app = new CampaignApp();
        var none = await app.Client.PostAsync("/api/merge", CampaignTestData.Form((s_brokenZip, "a.xlsx"), ([0x7B, 0x01, 0x02], "b.json")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        var problem = await Json(none);
        Assert.Contains("a.xlsx", problem.GetProperty("detail").GetString());
        var errors = problem.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error").ToList();
        Assert.Contains(errors, f => f.GetProperty("file").GetString() == "a.xlsx");
        Assert.Contains(errors, f => f.GetProperty("file").GetString() == "b.json");

        var leaf = CampaignTestData.Province(units: 12, members: 100, seed: 3).Units[^1];
        var some = await app.Client.PostAsync("/api/merge", CampaignTestData.Form((CampaignTestData.Json(leaf), "dung.json"), (s_brokenZip, "a.xlsx")));
        Assert.Equal(HttpStatusCode.OK, some.StatusCode);
        var result = await Json(some);
        Assert.Contains(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error" && f.GetProperty("file").GetString() == "a.xlsx");
        Assert.Contains(result.GetProperty("sources").EnumerateArray(), s => s.GetProperty("file").GetString() == "a.xlsx" && !s.GetProperty("readable").GetBoolean());
    }

    [Theory]
    [InlineData(new byte[] { 0x01, 0x7F, 0x41, 0x1B })]           // valid UTF-8, but control characters
    [InlineData(new byte[] { 0x41, 0xEF, 0xBF, 0xBD, 0x42 })]      // U+FFFD written into the file
    public void Text_that_is_not_plausible_text_is_unreadable(byte[] bytes)
    {
        var outcome = new ReportCheckService().Check(bytes, "ngau-nhien.txt");
        Assert.False(outcome.Readable);
        Assert.Contains("ngau-nhien.txt", Assert.Single(outcome.Findings).Message);
        Assert.True(new ReportCheckService().Check(Encoding.UTF8.GetBytes("Báo cáo năm 2025\tĐảng bộ\r\nCó 12 đảng viên.\f\n"), "that.txt").Readable);
    }

    [Fact]
    public void Json_report_over_MaxJsonBytes_is_unreadable_naming_the_bound()
    {
        var leaf = CampaignTestData.Province(units: 12, members: 100, seed: 3).Units[^1];
        var json = CampaignTestData.Json(leaf);
        var limits = new ValidationLimits { Input = new InputLimits { MaxJsonBytes = json.Length - 1 } };
        var outcome = new ValidationService(Options.Create(limits)).Validate(json, "lon.json");
        Assert.False(outcome.Readable);
        var finding = Assert.Single(outcome.Findings);
        Assert.Equal(InputCodes.TooLarge, finding.Code);
        Assert.Contains("Limits:Input:MaxJsonBytes", finding.Message);
        Assert.Contains("lon.json", finding.Message);
        Assert.True(new ValidationService(Options.Create(new ValidationLimits { Input = new InputLimits { MaxJsonBytes = json.Length } })).Validate(json, "vua.json").Readable);
    }

    [Theory]
    [InlineData("T.X001.C0\u0422", "Cyrillic")]   // Cyrillic Te among Latin letters
    [InlineData("T.X\u200D001", "vô hình")]       // zero-width joiner
    [InlineData("\u202ET.X001", "chiều chữ")]     // right-to-left override
    [InlineData("T/X001", "thư mục")]
    [InlineData("..", "không được dùng")]
    public void A_report_claiming_an_unsafe_or_look_alike_unit_code_has_an_error(string claimed, string expect)
    {
        var leaf = CampaignTestData.Province(units: 12, members: 100, seed: 3).Units[^1];
        var findings = Rulesets.ForYear(2025).Validate(leaf with { Unit = leaf.Unit with { Code = claimed } });
        var unsafeCode = Assert.Single(findings, f => f.Code == Domain.Text.UnitIdentity.UnsafeCode);
        Assert.Equal(Severity.Error, unsafeCode.Severity);
        Assert.Equal("unit.code", unsafeCode.Path);
        Assert.Contains(expect, unsafeCode.Message);
        Assert.DoesNotContain(Rulesets.ForYear(2025).Validate(leaf), f => f.Code == Domain.Text.UnitIdentity.UnsafeCode);
    }
}
