using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.ReviewForms;
using OfficeReview.OpenXml.Documents;
using OfficeReview.OpenXml.Tests.Documents;

namespace OfficeReview.OpenXml.Tests.ReviewForms;

/// <summary>
/// The HD 43 forms (01, 2A, 2B, 2C, 05): valid Open XML, prefilled from a member list row, the year's criteria with their
/// points, and LibreOffice renders them with the text in order. OFFICEREVIEW_WRITE_IMAGES=1 refreshes docs/images/mau-*.png.
/// </summary>
public class ReviewFormDocumentTests
{
    private static readonly string s_work = Path.Combine(Path.GetTempPath(), "officereview-forms-" + Environment.ProcessId);

    public static TheoryData<ReviewFormKind> Kinds => new(ReviewFormKinds.All);

    internal static MemberEntry Member(string form) => new()
    {
        Name = "Nguyễn Thị Hoa", BirthYear = 1984, Position = "Chuyên viên Văn phòng Đảng ủy", Cell = "Cơ quan Đảng ủy xã",
        Form = form, PreviousLevel = RatingLevel.Good,
    };

    internal static ReviewFormInput Input(ReviewFormKind kind) => kind == ReviewFormKind.Mau01
        ? new ReviewFormInput
        {
            Kind = kind, Year = 2025, Superior = "Đảng bộ xã Ia Grai", Organization = "Chi bộ Thôn 1", Place = "Ia Grai",
            CollectiveName = "Chi bộ Thôn 1", CollectivePreviousLevel = RatingLevel.Excellent, SignerName = "Rơ Châm Hlun",
        }
        : new ReviewFormInput
        {
            Kind = kind, Year = 2025, Superior = "Đảng bộ xã Ia Grai", Organization = "Chi bộ Cơ quan Đảng ủy xã", Place = "Ia Grai",
            Member = MemberForms.Prefill(Member(kind == ReviewFormKind.Mau05 ? "2B" : kind.Number())),
        };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Form_is_valid_prefilled_and_carries_the_year_criteria(ReviewFormKind kind)
    {
        var input = Input(kind);
        var docx = ReviewFormWriter.Write(input);
        DocxAssert.Valid(docx);
        var text = DocxAssert.BodyText(docx);
        Assert.Contains(kind.Code(), text);
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", text);
        Assert.Contains("ĐẢNG BỘ XÃ IA GRAI", text);
        var annex = input.Framework.For(input.Annex);
        foreach (var c in annex.Criteria) Assert.Contains(c.Text, text);
        Assert.Contains("Nhóm tiêu chí chung", text);
        Assert.Contains("Hoàn thành xuất sắc nhiệm vụ (từ 90 điểm trở lên)", text);
        Assert.Contains("Không hoàn thành nhiệm vụ (dưới 50 điểm)", text);
        Assert.Contains("PHỤ LỤC: KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025", text);
        var fields = Tags(docx);
        if (kind == ReviewFormKind.Mau01)
        {
            Assert.Equal("Chi bộ Thôn 1", fields["tapThe"]);
            Assert.Equal("Hoàn thành xuất sắc nhiệm vụ", fields["xepLoaiNamTruoc"]);
            Assert.Contains("T/M CHI BỘ", text);
            Assert.Equal("Rơ Châm Hlun", fields["nguoiKy"]);
        }
        else
        {
            Assert.Equal("Nguyễn Thị Hoa", fields["hoTen"]);
            Assert.Equal("1984", fields["namSinh"]);
            Assert.Equal("Chuyên viên Văn phòng Đảng ủy", fields["chucVu"]);
            Assert.Equal("Chi bộ Cơ quan Đảng ủy xã", fields["chiBo"]);
            if (kind != ReviewFormKind.Mau05) Assert.Equal("Hoàn thành tốt nhiệm vụ", fields["xepLoaiNamTruoc"]);
        }
        // One empty score cell per criterion, plus the two group totals and the grand total.
        Assert.Equal(annex.Criteria.Count + 3, fields.Keys.Count(k => k.StartsWith("diem", StringComparison.Ordinal) || k == "tongDiem"));
    }

    [Fact]
    public void The_forms_differ_by_annex_and_points_follow_the_framework()
    {
        var a = DocxAssert.BodyText(ReviewFormWriter.Write(Input(ReviewFormKind.Mau02A)));
        var c = DocxAssert.BodyText(ReviewFormWriter.Write(Input(ReviewFormKind.Mau02C)));
        Assert.Contains("Mức độ tín nhiệm, uy tín, khả năng quy tụ, đoàn kết", a);
        Assert.DoesNotContain("Mức độ tín nhiệm, uy tín, khả năng quy tụ, đoàn kết", c);
        Assert.Contains("văn hóa ứng xử nơi cư trú", c);

        var framework = ScoringFramework.Default366.WithPoints(new Dictionary<(CriteriaAnnex, string), decimal>
        {
            [(CriteriaAnnex.Leader, "G4")] = 7, [(CriteriaAnnex.Leader, "G5")] = 3,
        });
        Assert.Empty(framework.Check());
        var custom = ReviewFormWriter.Write(Input(ReviewFormKind.Mau02A) with { Framework = framework });
        using var doc = WordprocessingDocument.Open(new MemoryStream(custom), false);
        var row = doc.MainDocumentPart!.Document.Body!.Descendants<TableRow>()
            .First(r => DocxAssert.ParagraphText(r.Descendants<Paragraph>().ElementAt(1)).StartsWith("Mức độ tín nhiệm", StringComparison.Ordinal));
        Assert.Equal("7", DocxAssert.ParagraphText(row.Descendants<Paragraph>().ElementAt(2)));
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        Assert.Equal(ReviewFormWriter.Write(Input(ReviewFormKind.Mau02B)), ReviewFormWriter.Write(Input(ReviewFormKind.Mau02B)));
    }

    [Fact]
    public void Missing_member_values_leave_room_to_write()
    {
        var input = Input(ReviewFormKind.Mau02B) with { Member = MemberForms.Prefill(new MemberEntry { Name = "Lê Văn Tư" }) };
        var docx = ReviewFormWriter.Write(input);
        DocxAssert.Valid(docx);
        var fields = Tags(docx);
        Assert.Equal("Lê Văn Tư", fields["hoTen"]);
        Assert.Equal("", fields["chucVu"]);
        Assert.Equal("", fields["xepLoaiNamTruoc"]);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void LibreOffice_renders_the_form_in_order(ReviewFormKind kind)
    {
        var docx = ReviewFormWriter.Write(Input(kind));
        var pdf = LibreOffice.ToPdf(docx, kind.Slug(), s_work);
        var text = Normalize(LibreOffice.Text(pdf));
        string[] expected = kind switch
        {
            ReviewFormKind.Mau01 => ["BÁO CÁO", "kiểm điểm, tự đánh giá, xếp loại chất lượng năm 2025 của Chi bộ Thôn 1", "Tập thể: Chi bộ Thôn 1",
                "A. NỘI DUNG KIỂM ĐIỂM", "I. Ưu điểm, kết quả đạt được", "VI. Phương hướng, biện pháp khắc phục", "B. TỰ ĐÁNH GIÁ, XẾP LOẠI",
                "Nhóm tiêu chí chung", "Nhóm tiêu chí về kết quả thực hiện nhiệm vụ", "TỔNG CỘNG", "100", "II. Đề xuất xếp loại chất lượng", "PHỤ LỤC"],
            ReviewFormKind.Mau05 => ["BẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CỦA CÁ NHÂN", "Họ và tên: Nguyễn Thị Hoa", "Chi bộ: Chi bộ Cơ quan Đảng ủy xã", "Mẫu kiểm điểm cuối năm: Mẫu 2B",
                "2. Tự chấm điểm", "TỔNG CỘNG", "3. Tự xếp loại", "PHỤ LỤC", "NGƯỜI TỰ ĐÁNH GIÁ", "Nguyễn Thị Hoa"],
            _ => ["BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI", kind.Subtitle(2025), "Họ và tên: Nguyễn Thị Hoa", "Năm sinh: 1984",
                "Chức vụ, đơn vị công tác: Chuyên viên Văn phòng Đảng ủy".Replace("Chức vụ, đơn vị công tác", kind == ReviewFormKind.Mau02C ? "Nơi làm việc, cư trú" : "Chức vụ, đơn vị công tác", StringComparison.Ordinal),
                "Kết quả xếp loại chất lượng đảng viên năm 2024: Hoàn thành tốt nhiệm vụ", "A. NỘI DUNG KIỂM ĐIỂM", "II. Hạn chế, khuyết điểm và nguyên nhân",
                "V. Làm rõ trách nhiệm của cá nhân", "B. TỰ ĐÁNH GIÁ, XẾP LOẠI", "TỔNG CỘNG", "II. Tự xếp loại chất lượng", "PHỤ LỤC", "NGƯỜI TỰ KIỂM ĐIỂM", "Nguyễn Thị Hoa",
                "NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (CHI BỘ)", "Chi bộ đề xuất xếp loại:"],
        };
        Assert.Contains(kind.Code(), text[..Math.Min(text.Length, 200)]);
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", text[..Math.Min(text.Length, 400)]);
        var at = 0;
        foreach (var e in expected)
        {
            var i = text.IndexOf(e, at, StringComparison.Ordinal);
            Assert.True(i >= 0, $"\"{e}\" not found after position {at} in:\n{text[Math.Min(at, text.Length)..]}");
            at = i + e.Length;
        }
        if (Environment.GetEnvironmentVariable("OFFICEREVIEW_WRITE_IMAGES") == "1")
            LibreOffice.Pages(pdf, RepoFiles.PathOf("docs", "images", kind.Slug()));
    }

    internal static Dictionary<string, string> Tags(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return doc.MainDocumentPart!.Document.Body!.Descendants<SdtRun>()
            .ToDictionary(s => s.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value!, s => string.Concat(s.Descendants<Text>().Select(t => t.Text)));
    }

    private static string Normalize(string text)
    {
        var lines = text.Replace("\f", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !Regex.IsMatch(l, @"^\d{1,2}$"));
        return Regex.Replace(string.Join(" ", lines), @"\s+", " ");
    }
}
