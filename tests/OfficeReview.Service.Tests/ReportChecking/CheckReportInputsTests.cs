using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OfficeReview.Service.Features.ReportChecking;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace OfficeReview.Service.Tests.ReportChecking;

/// <summary>The report checker's inputs besides .docx and .txt: an HTML page saved from a browser, a PDF with a text layer, and what it says of each figure read.</summary>
public sealed class CheckReportInputsTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private static string Html(IEnumerable<string> paragraphs) =>
        "<!DOCTYPE html><html><head><title>Tin tức &amp; sự kiện</title><style>p{color:red}</style>" +
        "<script>var s = '<p>Hoàn thành xuất sắc nhiệm vụ 99 tổ chức, chiếm 99,9%</p>';</script></head><body>" +
        "<nav><a href=\"/\">Trang chủ</a></nav><!-- <p>chiếm 1,0%</p> --><div class=\"content\">" +
        string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p).Replace("đ", "&#273;").Replace(" 0", "&nbsp;0") + "</p>\n")) +
        "</div><footer>Bản quyền</footer></body></html>";

    [Fact]
    public void AnHtmlPageIsReadAsItsParagraphsWithoutScriptsStylesOrComments()
    {
        var service = new ReportCheckService();
        // Decomposed Vietnamese (NFD), as some pages are saved, is normalized to NFC.
        var page = Encoding.UTF8.GetBytes(Html(ReportFiles.Correct).Normalize(NormalizationForm.FormD));
        var o = service.Check(page, "tin-bai.html");
        Assert.True(o.Readable);
        Assert.Equal(0, o.Errors);
        Assert.Contains(o.Paragraphs, p => p.Replace('\u00A0', ' ') == ReportFiles.Correct[2]);
        Assert.DoesNotContain(o.Paragraphs, p => p.Contains("99,9%") || p.Contains("1,0%") || p.Contains("color"));
        Assert.Contains(o.Statements, s => s.Count == 620);

        var wrong = service.Check(Encoding.UTF8.GetBytes(Html(ReportFiles.WrongDenominator())), "tin-bai.htm");
        Assert.Equal("REPORT_PERCENT_WRONG_DENOMINATOR", Assert.Single(wrong.Findings).Code);
    }

    [Fact]
    public void AnHtmlPageIsRecognisedByContentWhateverItsName()
    {
        var o = new ReportCheckService().Check(Encoding.UTF8.GetBytes(Html(ReportFiles.WrongDenominator())), "paste");
        Assert.Equal("REPORT_PERCENT_WRONG_DENOMINATOR", Assert.Single(o.Findings).Code);
        Assert.Equal(OfficeReview.OpenXml.Input.InputFileKind.Html, OfficeReview.OpenXml.Input.FileTypeDetector.Detect(Encoding.UTF8.GetBytes(Html(["x"]))));
    }

    private const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>A PDF with a text layer written with PdfPig and a TrueType font that has the Vietnamese letters; long paragraphs are wrapped over lines, as a PDF does.</summary>
    internal static byte[] Pdf(IEnumerable<string> paragraphs)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        var page = builder.AddPage(PageSize.A4);
        var y = 800.0;
        foreach (var paragraph in paragraphs)
        {
            var words = paragraph.Split(' ');
            var line = new StringBuilder();
            foreach (var word in words)
            {
                if (line.Length + word.Length > 90)
                {
                    page.AddText(line.ToString().TrimEnd(), 9, new PdfPoint(30, y), font);
                    y -= 12;
                    line.Clear();
                }
                line.Append(word).Append(' ');
            }
            page.AddText(line.ToString().TrimEnd(), 9, new PdfPoint(30, y), font);
            y -= 18;
            if (y < 40) { page = builder.AddPage(PageSize.A4); y = 800; }
        }
        return builder.Build();
    }

    [Fact]
    public void APdfWithATextLayerIsReadAndChecked()
    {
        var service = new ReportCheckService();
        var ok = service.Check(Pdf(ReportFiles.Correct), "bao-cao.pdf");
        Assert.True(ok.Readable, string.Join(" ", ok.Findings.Select(f => f.Message)));
        Assert.Equal(0, ok.Errors);
        Assert.Contains(ok.Statements, s => s.Count == 4271);

        var wrong = service.Check(Pdf(ReportFiles.WrongDenominator()), "bao-cao.pdf");
        var f = Assert.Single(wrong.Findings);
        Assert.Equal("REPORT_PERCENT_WRONG_DENOMINATOR", f.Code);
        Assert.Contains("đúng phải là 15,0%", f.Message);
    }

    [Fact]
    public void APdfWithoutTextTooManyPagesOrDamagedIsUnreadableWithAReason()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(10, 10), 100, 100);
        var scanned = new ReportCheckService().Check(builder.Build(), "ban-quet.pdf");
        Assert.False(scanned.Readable);
        Assert.Contains("không có lớp chữ", Assert.Single(scanned.Findings).Message);

        var few = new ReportCheckService(Microsoft.Extensions.Options.Options.Create(new ReportCheckLimits { MaxPdfPages = 1 }));
        var two = few.Check(Pdf(Enumerable.Repeat(ReportFiles.Correct[2], 40)), "dai.pdf");
        Assert.False(two.Readable);
        Assert.Contains("vượt giới hạn 1 trang", Assert.Single(two.Findings).Message);

        var cut = Pdf(ReportFiles.Correct);
        var damaged = new ReportCheckService().Check(cut[..(cut.Length / 3)], "hong.pdf");
        Assert.Contains("hong.pdf", Assert.Single(damaged.Findings).Message);
    }

    [Fact]
    public async Task TheJsonShowsEachStatementsAttribution()
    {
        using var client = factory.CreateClient();
        string[] report =
        [
            "BÁO CÁO kết quả đánh giá, xếp loại năm 2025",
            "Tổng số TCCS được đánh giá, xếp loại: 232.",
            "Có 210 TCCS hoàn thành tốt nhiệm vụ, đạt 90,5%, trong đó có 30 TCCS xếp loại hoàn thành xuất sắc nhiệm vụ, chiếm 12,9%; phấn đấu năm 2026 có trên 92% TCCS hoàn thành tốt nhiệm vụ trở lên.",
        ];
        using var content = new ByteArrayContent(ReportFiles.Text(report));
        content.Headers.Add("X-File-Name", "dan.txt");
        using var response = await client.PostAsync("/api/check-report", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statements = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statements").EnumerateArray().ToList();
        var nested = Assert.Single(statements, s => s.GetProperty("kind").GetString() == "percent" && s.GetProperty("level").GetString() == "excellent");
        Assert.Equal(report[2], nested.GetProperty("sentence").GetString());
        Assert.Equal("baseOrganizations", nested.GetProperty("subject").GetString());
        Assert.Equal("parent", nested.GetProperty("basis").GetString());
        Assert.Equal("goodOrBetter", nested.GetProperty("parent").GetString());
        Assert.Equal("rated", nested.GetProperty("matchedBase").GetString());
        var group = Assert.Single(statements, s => s.GetProperty("kind").GetString() == "levelCount" && s.GetProperty("level").GetString() == "goodOrBetter");
        Assert.Equal(("goodOrBetter", "hoàn thành tốt nhiệm vụ"), (group.GetProperty("level").GetString(), group.GetProperty("levelText").GetString()));
        var target = Assert.Single(statements, s => s.GetProperty("kind").GetString() == "notAResult");
        Assert.Equal(("target", 92m), (target.GetProperty("reason").GetString(), target.GetProperty("percent").GetDecimal()));
    }

    [Fact]
    public async Task EachFindingNamesTheFigureItIsAboutForTheWordComment()
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(ReportFiles.Text(ReportFiles.WrongDenominator()));
        content.Headers.Add("X-File-Name", "bao-cao.txt");
        using var response = await client.PostAsync("/api/check-report", content);
        var finding = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings").EnumerateArray());
        Assert.Equal(2, finding.GetProperty("paragraph").GetInt32());
        var figure = finding.GetProperty("figure").GetString()!;
        Assert.StartsWith("14,3%", figure);
        Assert.Contains(figure, ReportFiles.WrongDenominator()[2]);
    }
}
