using System.IO.Compression;
using System.Net;
using System.Text.Json;
using OfficeReview.Domain.Model;
using OfficeReview.OpenXml.Workbooks;

namespace OfficeReview.Service.Tests.Documents;

/// <summary>POST /api/forms/{kind} and POST /api/forms/bang-diem/check over real Kestrel-free test hosting.</summary>
public class ReviewFormApiTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private static byte[] Unit() => UnitWorkbookWriter.Write(new UnitReport
    {
        Year = 2025,
        Unit = new UnitInfo { Code = "T1", Name = "Chi bộ Thôn 1", Kind = UnitKind.SubordinateCell },
        MemberList =
        [
            new MemberEntry { Name = "Nguyễn Thị Hoa", Position = "Chuyên viên", Cell = "Chi bộ Thôn 1" },
            new MemberEntry { Name = "Đinh Văn Khải", Position = "Kế toán", Cell = "Chi bộ Thôn 1" },
        ],
    });

    private static HttpContent File(byte[] bytes, string name)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/octet-stream");
        content.Headers.Add("X-File-Name", name);
        return content;
    }

    [Fact]
    public async Task Several_members_come_back_as_a_zip_one_as_its_docx()
    {
        var client = factory.CreateClient();
        var all = await client.PostAsync("/api/forms/mau-02b?all=true&superior=%C4%90%E1%BA%A3ng%20b%E1%BB%99%20x%C3%A3%20Ia%20Grai", File(Unit(), "chi-bo.xlsx"));
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal("application/zip", all.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await all.Content.ReadAsStreamAsync());
        Assert.Equal(["mau-02b-dinh-van-khai.docx", "mau-02b-nguyen-thi-hoa.docx"], zip.Entries.Select(e => e.FullName).Order());

        var one = await client.PostAsync("/api/forms/mau-02b?member=Nguy%E1%BB%85n%20Th%E1%BB%8B%20Hoa", File(Unit(), "chi-bo.xlsx"));
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal("mau-02b-nguyen-thi-hoa.docx", one.Content.Headers.ContentDisposition!.FileNameStar ?? one.Content.Headers.ContentDisposition.FileName);
    }

    [Fact]
    public async Task Unknown_form_legacy_year_and_the_scoring_check()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/forms/mau-09", File([], "x.xlsx"))).StatusCode);
        var old = await client.PostAsync("/api/forms/mau-02a?year=2022", File([], "x.xlsx"));
        Assert.Equal((HttpStatusCode)422, old.StatusCode);
        Assert.Contains("Hướng dẫn 21-HD/BTCTW", await old.Content.ReadAsStringAsync());

        var scores = await client.PostAsync("/api/forms/bang-diem", File(Unit(), "chi-bo.xlsx"));
        Assert.Equal(HttpStatusCode.OK, scores.StatusCode);
        var filled = OpenXml.Tests.ReviewForms.ScoreSheetFill.Fill(await scores.Content.ReadAsByteArrayAsync(), new() { [7] = new() { ["F"] = 16 } });
        var check = await client.PostAsync("/api/forms/bang-diem/check", File(filled, "bang-diem.xlsx"));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var body = JsonDocument.Parse(await check.Content.ReadAsStringAsync()).RootElement;
        var finding = Assert.Single(body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal(("Bảng điểm", "F7", "SCORE_POINTS_OUT_OF_RANGE"), (finding.GetProperty("sheet").GetString(), finding.GetProperty("cell").GetString(), finding.GetProperty("code").GetString()));
        Assert.Equal(2, body.GetProperty("rows").GetArrayLength());

        // The same sheet inserted into the unit workbook (as the Excel pane does) is found by its name.
        var notScores = await client.PostAsync("/api/forms/bang-diem/check", File(Unit(), "chi-bo.xlsx"));
        Assert.Equal((HttpStatusCode)422, notScores.StatusCode);
    }
}
