using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeReview.Service.Tests.ReportChecking;

/// <summary>Report texts and files for the CLI and HTTP tests.</summary>
internal static class ReportFiles
{
    public static readonly string[] Correct =
    [
        "BÁO CÁO Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",
        "Tổng số tổ chức cơ sở đảng: 42; số được đánh giá, xếp loại: 40/42 (chưa đánh giá 02, do mới thành lập).",
        "Trong đó: Hoàn thành xuất sắc nhiệm vụ 06 tổ chức, chiếm 15,0% so với tổng số tổ chức được đánh giá, xếp loại (bằng 18,2% so với số tổ chức được xếp loại hoàn thành tốt nhiệm vụ); Hoàn thành tốt nhiệm vụ 33, chiếm 82,5%; Hoàn thành nhiệm vụ 01, chiếm 2,5%; Không hoàn thành nhiệm vụ 0.",
        "Tổng số đảng viên của đảng bộ: 4.336; đảng viên thuộc diện không đánh giá: 65 (miễn công tác và sinh hoạt đảng 52, đình chỉ sinh hoạt đảng 01, mới kết nạp chưa đủ 6 tháng 12); số đảng viên tham gia đánh giá, xếp loại: 4.271.",
        "Kết quả: Hoàn thành xuất sắc nhiệm vụ 620 đồng chí, chiếm 14,5% so với tổng số đảng viên tham gia đánh giá và 16,6% so với tổng số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; Hoàn thành tốt nhiệm vụ 3.120 đồng chí, chiếm 73,1%; Hoàn thành nhiệm vụ 497 đồng chí, chiếm 11,6%; Không hoàn thành nhiệm vụ 34 đồng chí, chiếm 0,8%.",
    ];

    /// <summary>The correct report with HTXS stated against the total (06 ÷ 42 = 14,3%).</summary>
    public static string[] WrongDenominator()
    {
        var p = (string[])Correct.Clone();
        p[2] = p[2].Replace("chiếm 15,0%", "chiếm 14,3%");
        return p;
    }

    public static byte[] Text(IEnumerable<string> paragraphs, bool bom = false)
    {
        var text = Encoding.UTF8.GetBytes(string.Join("\r\n", paragraphs));
        return bom ? [0xEF, 0xBB, 0xBF, .. text] : text;
    }

    /// <summary>A .docx of the paragraphs; every number with a "." is split across two runs after the dot ("4." + "336").</summary>
    public static byte[] Docx(IEnumerable<string> paragraphs)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var p in paragraphs)
            {
                var paragraph = new Paragraph();
                var rest = p;
                var at = System.Text.RegularExpressions.Regex.Match(rest, @"\d\.\d{3}");
                while (at.Success)
                {
                    var cut = at.Index + 2;
                    paragraph.Append(new Run(new Text(rest[..cut]) { Space = SpaceProcessingModeValues.Preserve }));
                    rest = rest[cut..];
                    at = System.Text.RegularExpressions.Regex.Match(rest, @"\d\.\d{3}");
                }
                paragraph.Append(new Run(new RunProperties(new Bold()), new Text(rest) { Space = SpaceProcessingModeValues.Preserve }));
                body.Append(paragraph);
            }
            doc.AddMainDocumentPart().Document = new Document(body);
        }
        return ms.ToArray();
    }
}
