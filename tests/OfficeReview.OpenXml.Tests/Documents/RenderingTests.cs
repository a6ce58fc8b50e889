using System.Text.RegularExpressions;
using OfficeReview.Domain.Documents;
using OfficeReview.OpenXml.Documents;

namespace OfficeReview.OpenXml.Tests.Documents;

/// <summary>
/// Every kind converts to PDF with LibreOffice and its text has the header lines, number, date line, title, figures and
/// signature block in order. OFFICEREVIEW_WRITE_IMAGES=1 also refreshes the page images under docs/images/.
/// </summary>
public class RenderingTests
{
    private static readonly string s_work = Path.Combine(Path.GetTempPath(), "officereview-render-" + Environment.ProcessId);

    public static TheoryData<DocumentKind> Kinds => new(DocumentKinds.All);

    // Nơi nhận and the signature are side by side: pdftotext reads them in either order, so they are checked after the body.
    private static readonly string[] s_tail = ["Nơi nhận:", "- Ban Tổ chức Tỉnh ủy (b/c),", "- Lưu VP.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn An"];

    private static string[] Expected(DocumentKind kind)
    {
        // The number line and the right column's heading are checked apart: pdftotext reads the two columns in either order.
        string[] head = ["ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG ỦY XÃ IA GRAI", "*"];
        string[] body = kind switch
        {
            DocumentKind.KeHoach => ["KẾ HOẠCH", "- Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị", "IV- THỜI GIAN THỰC HIỆN", "Trước ngày 15/12/2025", "Trước ngày 10/01/2026", "V- TỔ CHỨC THỰC HIỆN"],
            DocumentKind.CongVan => ["V/v kiểm điểm", "Kính gửi: Các chi bộ, đảng bộ trực thuộc", "Thực hiện Quy định số 366-QĐ/TW", "hoàn thành trước ngày 15/12/2025"],
            DocumentKind.CongVanDonDoc => ["V/v đôn đốc", "Kính gửi:", "- Chi bộ Thôn 1;", "- Đảng bộ Trường THCS Ia Grai.", "còn 03 đơn vị", "Chi bộ Thôn 2", "Chưa hợp lệ", "Tỷ lệ HTXS vượt 20% số HTT", "trước ngày 20/12/2025"],
            DocumentKind.BaoCao => ["BÁO CÁO", "III- KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI", "Tổng số tổ chức cơ sở đảng: 25; số được đánh giá, xếp loại: 24/25 (chưa đánh giá 01).",
                "Hoàn thành xuất sắc nhiệm vụ 03 tổ chức, chiếm 12,50% so với tổng số tổ chức được đánh giá, xếp loại", "1.250", "chiếm 0,48% (trong đó 02 đồng chí bị kỷ luật trong năm)", "Biểu tổng hợp kết quả", "1.238", "IV- KHEN THƯỞNG", "V- ĐÁNH GIÁ CHUNG", "VI- PHƯƠNG HƯỚNG"],
            DocumentKind.QuyetDinh => ["QUYẾT ĐỊNH", "công nhận kết quả xếp loại", "- Căn cứ Quy định số 366-QĐ/TW", "- Xét đề nghị của Ban Xây dựng Đảng Đảng ủy,",
                "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ IA GRAI", "QUYẾT ĐỊNH:", "Điều 1.", "đối với 04 tổ chức đảng", "Hoàn thành xuất sắc nhiệm vụ: 01", "Không hoàn thành nhiệm vụ: 0.",
                "Chi bộ Thôn 1", "Hoàn thành xuất sắc nhiệm vụ", "Chi bộ Thôn 2", "Hoàn thành tốt nhiệm vụ",
                "Đảng bộ Trường THCS Ia Grai", "Hoàn thành nhiệm vụ", "Điều 3."],
            _ => ["THÔNG BÁO", "thông báo kết quả", "Hoàn thành xuất sắc nhiệm vụ 03 tổ chức", "So với năm 2024", "Biểu tổng hợp kết quả"],
        };
        return [.. head, "Ia Grai, ngày 05 tháng 12 năm 2025", .. body];
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Approved_document_renders_with_everything_in_order(DocumentKind kind)
    {
        var meta = Samples.Meta(kind, number: 15);
        var result = PartyDocuments.Compose(kind, meta, Samples.Fields(kind, number: 15), removeContentControls: true);
        Assert.Empty(result.Problems);
        DocxAssert.Valid(result.Document!);
        var pdf = LibreOffice.ToPdf(result.Document!, kind.Slug(), s_work);
        var text = Normalize(LibreOffice.Text(pdf));
        var at = 0;
        foreach (var expected in Expected(kind))
        {
            var i = text.IndexOf(expected, at, StringComparison.Ordinal);
            Assert.True(i >= 0, $"\"{expected}\" not found after position {at} in:\n{text[Math.Min(at, text.Length)..]}");
            at = i + expected.Length;
        }
        foreach (var expected in s_tail)
            Assert.True(text.IndexOf(expected, at, StringComparison.Ordinal) >= 0, $"\"{expected}\" not found after the body (position {at}) in:\n{text[Math.Min(at, text.Length)..]}");
        Assert.Contains($"Số 15-{kind.TypeCode()}/ĐU", text[..Math.Min(text.Length, 300)]);
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", text[..Math.Min(text.Length, 300)]);
        Assert.DoesNotContain("DỰ THẢO", text);
        if (Environment.GetEnvironmentVariable("OFFICEREVIEW_WRITE_IMAGES") == "1")
            LibreOffice.Pages(pdf, RepoFiles.PathOf("docs", "images", kind.Slug()));
    }

    [Fact]
    public void Draft_shows_the_mark_and_a_blank_number()
    {
        var kind = DocumentKind.BaoCao;
        var result = PartyDocuments.Compose(kind, Samples.Meta(kind), Samples.Fields(kind), removeContentControls: true);
        var pdf = LibreOffice.ToPdf(result.Document!, "bao-cao-du-thao", s_work);
        var text = Normalize(LibreOffice.Text(pdf));
        Assert.StartsWith("DỰ THẢO", text.TrimStart());
        Assert.Matches(new Regex(@"Số\s+-BC/ĐU"), text);
        Assert.DoesNotContain("15-BC", text);
        if (Environment.GetEnvironmentVariable("OFFICEREVIEW_WRITE_IMAGES") == "1")
            LibreOffice.Pages(pdf, RepoFiles.PathOf("docs", "images", "bao-cao-du-thao"));
    }

    // Lines joined (sentences wrap), page numbers between pages removed, spaces folded.
    private static string Normalize(string text)
    {
        var lines = text.Replace("\f", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !Regex.IsMatch(l, @"^\d{1,2}$"));
        return Regex.Replace(string.Join(" ", lines), @"\s+", " ");
    }
}
