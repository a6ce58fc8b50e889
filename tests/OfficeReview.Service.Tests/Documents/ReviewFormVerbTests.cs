using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeReview.Domain.Model;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Reading;

namespace OfficeReview.Service.Tests.Documents;

/// <summary>generate mau-01|mau-02a|mau-02b|mau-02c|mau-05|bang-diem and import-scores through the real command line.</summary>
public sealed class ReviewFormVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("officereview-forms-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string UnitWorkbook()
    {
        var path = Path.Combine(_dir, "chi-bo.xlsx");
        File.WriteAllBytes(path, UnitWorkbookWriter.Write(new UnitReport
        {
            Year = 2025,
            Unit = new UnitInfo { Code = "GL.IAGRAI.T1", Name = "Chi bộ Thôn 1", Kind = UnitKind.SubordinateCell },
            MemberList =
            [
                new MemberEntry { Name = "Rơ Châm Hlun", Position = "Bí thư chi bộ", Cell = "Chi bộ Thôn 1", PreviousLevel = RatingLevel.Excellent },
                new MemberEntry { Name = "Nguyễn Thị Hoa", Position = "Chuyên viên", Cell = "Chi bộ Thôn 1" },
                new MemberEntry { Name = "Trần Văn Bảy", Position = "Hưu trí", Cell = "Chi bộ Thôn 1" },
                new MemberEntry { Name = "Đinh Văn Khải", Position = "Nông dân", Cell = "Chi bộ Thôn 1", Form = "02B" },
            ],
        }));
        return path;
    }

    [Theory]
    [InlineData("mau-01", new[] { "mau-01-chi-bo-thon-1.docx" })]
    [InlineData("mau-02a", new[] { "mau-02a-ro-cham-hlun.docx" })]
    [InlineData("mau-02b", new[] { "mau-02b-nguyen-thi-hoa.docx", "mau-02b-dinh-van-khai.docx" })]
    [InlineData("mau-02c", new[] { "mau-02c-tran-van-bay.docx" })]
    [InlineData("mau-05", new[] { "mau-05-ro-cham-hlun.docx", "mau-05-nguyen-thi-hoa.docx", "mau-05-tran-van-bay.docx", "mau-05-dinh-van-khai.docx" })]
    public async Task Each_form_is_written_per_member_prefilled_and_valid(string kind, string[] files)
    {
        var outDir = Path.Combine(_dir, kind);
        var (exit, stdout, stderr) = await CliRunner.Run("generate", kind, "--unit-workbook", UnitWorkbook(), "--all", "--superior", "Đảng bộ xã Ia Grai", "--out", outDir);
        Assert.True(exit == 0, stderr);
        Assert.Contains($"Đã lập {files.Length} tệp {kind}", stdout);
        Assert.Equal(files.Order(), Directory.GetFiles(outDir).Select(Path.GetFileName).Order());
        foreach (var file in files)
        {
            using var doc = WordprocessingDocument.Open(Path.Combine(outDir, file), false);
            Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc));
            var text = doc.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("CHI BỘ THÔN 1", text);
            Assert.Contains("ĐẢNG BỘ XÃ IA GRAI", text);
        }
        if (kind == "mau-02a")
        {
            using var doc = WordprocessingDocument.Open(Path.Combine(outDir, files[0]), false);
            Assert.Contains("Rơ Châm Hlun", doc.MainDocumentPart!.Document.Body!.InnerText);
            Assert.Contains("Hoàn thành xuất sắc nhiệm vụ", doc.MainDocumentPart!.Document.Body!.InnerText);
        }
    }

    [Fact]
    public async Task One_member_by_name_and_an_unknown_name()
    {
        var workbook = UnitWorkbook();
        var (exit, _, _) = await CliRunner.Run("generate", "mau-02b", "--unit-workbook", workbook, "--member", "nguyen thi hoa", "--out", Path.Combine(_dir, "one"));
        Assert.Equal(0, exit);
        Assert.Equal(["mau-02b-nguyen-thi-hoa.docx"], Directory.GetFiles(Path.Combine(_dir, "one")).Select(Path.GetFileName));

        var (exit2, out2, err) = await CliRunner.Run("generate", "mau-02a", "--unit-workbook", workbook, "--member", "Nguyễn Thị Hoa", "--out", Path.Combine(_dir, "none"));
        Assert.Equal(1, exit2);
        // The finding is listed on stdout; stderr has the one line of the outcome.
        Assert.Contains("Không có đảng viên tên \"Nguyễn Thị Hoa\" làm Mẫu 2A", out2);
        Assert.Contains("Không lập được mau-02a", err);
        Assert.False(Directory.Exists(Path.Combine(_dir, "none")));
    }

    [Fact]
    public async Task Legacy_years_are_refused_plainly()
    {
        var (exit, output, _) = await CliRunner.Run("generate", "mau-02b", "--year", "2023", "--out", Path.Combine(_dir, "old"));
        Assert.Equal(1, exit);
        Assert.Contains("Năm 2023 áp dụng Hướng dẫn 25-HD/BTCTW", output);
        Assert.Contains("chỉ lập các mẫu kiểm điểm của Hướng dẫn 43-HD/BTCTW", output);
        Assert.False(Directory.Exists(Path.Combine(_dir, "old")));
    }

    [Fact]
    public async Task Scoring_workbook_round_trips_through_import_scores()
    {
        var workbook = UnitWorkbook();
        var outDir = Path.Combine(_dir, "bd");
        var (exit, _, stderr) = await CliRunner.Run("generate", "bang-diem", "--unit-workbook", workbook, "--out", outDir);
        Assert.True(exit == 0, stderr);
        var scores = Path.Combine(outDir, "bang-diem.xlsx");
        // Nguyễn Thị Hoa (row 8, 2B): 12 + 9 + 5 and 25 + 18 + 18; proposal HTT.
        File.WriteAllBytes(scores, OpenXml.Tests.ReviewForms.ScoreSheetFill.Fill(File.ReadAllBytes(scores), new()
        {
            [8] = new() { ["F"] = 12, ["G"] = 9, ["H"] = 5, ["L"] = 25, ["M"] = 18, ["N"] = 18, ["Y"] = "HTTNV" },
        }));
        var merged = Path.Combine(_dir, "merged.xlsx");
        var (exit2, stdout2, stderr2) = await CliRunner.Run("import-scores", scores, "--unit-workbook", workbook, "-o", merged);
        Assert.True(exit2 == 0, stderr2 + stdout2);
        var hoa = UnitWorkbookReader.Read(File.ReadAllBytes(merged), "merged.xlsx").Report!.MemberList!.Single(m => m.Name == "Nguyễn Thị Hoa");
        Assert.Equal((26m, 61m, RatingLevel.Good, "2B"), (hoa.GeneralScore!.Value, hoa.TaskScore!.Value, hoa.ProposedLevel!.Value, hoa.Form));

        // A score above its criterion's maximum: exit 1, the cell named, the row not merged.
        File.WriteAllBytes(scores, OpenXml.Tests.ReviewForms.ScoreSheetFill.Fill(File.ReadAllBytes(scores), new() { [8] = new() { ["F"] = 40 } }));
        var (exit3, out3, err3) = await CliRunner.Run("import-scores", scores, "--unit-workbook", workbook, "-o", Path.Combine(_dir, "merged2.xlsx"));
        Assert.Equal(1, exit3);
        Assert.Contains("Bảng điểm!F8", out3);
        Assert.Contains("chưa được đưa vào", err3);
    }
}
