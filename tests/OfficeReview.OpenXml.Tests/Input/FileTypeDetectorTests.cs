using OfficeReview.OpenXml.Input;
using OfficeReview.OpenXml.Tests.Documents;
using OfficeReview.OpenXml.Workbooks.Templates;
using static OfficeReview.OpenXml.Tests.Input.HostileFiles;

namespace OfficeReview.OpenXml.Tests.Input;

public class FileTypeDetectorTests
{
    public static TheoryData<string, InputFileKind> Files() => new()
    {
        { "empty", InputFileKind.Empty },
        { "xlsx", InputFileKind.Xlsx },
        { "xlsm", InputFileKind.Xlsm },
        { "docx", InputFileKind.Docx },
        { "docm", InputFileKind.Docm },
        { "xls", InputFileKind.LegacyXls },
        { "doc", InputFileKind.LegacyDoc },
        { "encrypted", InputFileKind.EncryptedOffice },
        { "ole", InputFileKind.OtherOle },
        { "zip", InputFileKind.OtherZip },
        { "pdf", InputFileKind.Pdf },
        { "json", InputFileKind.Json },
        { "csv", InputFileKind.Csv },
        { "text", InputFileKind.Text },
        { "html", InputFileKind.Html },
        { "html-bom", InputFileKind.Html },
        { "binary", InputFileKind.Binary },
        { "damaged", InputFileKind.DamagedZip },
        { "damaged-xlsx", InputFileKind.Xlsx },
    };

    internal static byte[] Sample(string which) => which switch
    {
        "empty" => [],
        "xlsx" => WorkbookTemplates.Unit(),
        "xlsm" => Xlsx("", type: XlsmType),
        "docx" => DocxTextTests.BuildReport(),
        "docm" => Docx("<w:p/>", DocmType),
        "xls" => Ole("Workbook", "SummaryInformation"),
        "doc" => Ole("WordDocument", "1Table"),
        "encrypted" => Ole("EncryptionInfo", "EncryptedPackage"),
        "ole" => Ole("PowerPoint Document"),
        "zip" => Zip(("anh.png", [1, 2, 3]), ("ghi-chu.txt", Utf8("xin chào"))),
        "pdf" => Utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"),
        "json" => Utf8("  {\"schema\": \"officereview.unit-report/1\"}"),
        "csv" => Utf8("Mã;Tên đơn vị;Loại\nT;Đảng bộ tỉnh;dang-bo-tinh\n"),
        "text" => Utf8("BÁO CÁO\nKết quả kiểm điểm năm 2025\n"),
        "html" => Utf8("\n  <!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body><p>Kết quả đánh giá</p></body></html>"),
        "html-bom" => [0xEF, 0xBB, 0xBF, .. Utf8("<div class=\"tin\"><p>a</p></div>\n<body>")],
        "binary" => [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3, 4, 0, 0, 0, 0],
        // Truncated: the directory at the end is gone. Without part names it is a damaged zip; with a workbook's part
        // name in its local headers it goes to the workbook reader, which says the workbook is damaged.
        "damaged" => Zip(("a.txt", Utf8(new string('x', 4000))))[..100],
        "damaged-xlsx" => Xlsx("<row r=\"1\"/>")[..600],
        _ => throw new ArgumentOutOfRangeException(nameof(which)),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_kind_is_recognised_by_content_whatever_its_name(string which, InputFileKind expected)
    {
        Assert.Equal(expected, FileTypeDetector.Detect(Sample(which)));
    }

    [Theory]
    [InlineData("empty", "rỗng")]
    [InlineData("xls", "Excel 97–2003 (.xls)")]
    [InlineData("doc", "Word 97–2003 (.doc)")]
    [InlineData("encrypted", "mật khẩu")]
    [InlineData("pdf", "PDF")]
    [InlineData("zip", "tệp nén")]
    [InlineData("csv", "CSV")]
    [InlineData("docx", "văn bản Word")]
    [InlineData("binary", "nhị phân")]
    [InlineData("damaged", "bị cắt cụt")]
    public void What_a_workbook_reader_cannot_take_gets_a_Vietnamese_message_naming_the_file(string which, string says)
    {
        var kind = FileTypeDetector.Detect(Sample(which));
        var refusal = FileTypeDetector.Refusal(kind, "bao-cao-don-vi.xlsx", ExpectedInput.ReportOrWorkbook);
        Assert.NotNull(refusal);
        Assert.Contains("bao-cao-don-vi.xlsx", refusal.Value.Message);
        Assert.Contains(says, refusal.Value.Message);
    }

    [Fact]
    public void Workbooks_and_JSON_are_accepted_where_a_report_is_expected_and_a_workbook_is_not_a_Word_report()
    {
        Assert.Null(FileTypeDetector.Refusal(InputFileKind.Xlsx, "a.xlsx", ExpectedInput.ReportOrWorkbook));
        Assert.Null(FileTypeDetector.Refusal(InputFileKind.Xlsm, "a.xlsm", ExpectedInput.ReportOrWorkbook));
        Assert.Null(FileTypeDetector.Refusal(InputFileKind.Json, "a.json", ExpectedInput.ReportOrWorkbook));
        Assert.Null(FileTypeDetector.Refusal(InputFileKind.Docx, "a.docx", ExpectedInput.Document));
        Assert.Contains("bảng tính Excel", FileTypeDetector.Refusal(InputFileKind.Xlsx, "a.docx", ExpectedInput.Document)!.Value.Message);
    }
}

public class InputTextTests
{
    [Fact]
    public void File_names_lose_only_the_characters_that_break_messages_and_JSON()
    {
        Assert.Equal("Báo cáo Đảng bộ.xlsx", InputText.CleanFileName("Báo cáo Đảng bộ.xlsx"));
        Assert.Equal("a_b_c_d.xlsx", InputText.CleanFileName("a\uFFFEb\uD800c\u0007d.xlsx"));
        Assert.Equal("😀.xlsx", InputText.CleanFileName("😀.xlsx"));
        Assert.Equal("tệp", InputText.CleanFileName(""));
        Assert.Equal(255, InputText.CleanFileName(new string('a', 1000)).Length);
    }

    [Fact]
    public void Text_must_be_strict_UTF8_without_broken_characters()
    {
        Assert.Equal("Đảng", InputText.DecodeUtf8([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("Đảng")], "a.csv").Text);
        var invalid = InputText.DecodeUtf8([0x41, 0xC3, 0x28], "a.csv").Problem!.Value;
        Assert.Contains("a.csv", invalid.Message);
        Assert.Contains("vị trí 1", invalid.Message);
        Assert.Contains("U+FFFE", InputText.DecodeUtf8(System.Text.Encoding.UTF8.GetBytes("a\uFFFE"), "b.csv").Problem!.Value.Message);
        Assert.Contains("UTF-16", InputText.DecodeUtf8([0xFF, 0xFE, 0x41, 0], "c.csv").Problem!.Value.Message);
    }

    [Fact]
    public void JSON_is_checked_for_depth_and_broken_strings_and_syntax_is_left_to_its_reader()
    {
        Assert.Null(InputText.JsonProblem("{\"a\":[1,{\"b\":\"Đảng\"}]}"u8.ToArray(), "a.json"));
        Assert.Null(InputText.JsonProblem("{\"a\":"u8.ToArray(), "a.json"));
        var deep = InputText.JsonProblem(System.Text.Encoding.UTF8.GetBytes(new string('[', 40) + new string(']', 40)), "sau.json")!.Value;
        Assert.Contains("Limits:Input:MaxJsonDepth", deep.Message);
        Assert.Contains("sau.json", deep.Message);
        Assert.NotNull(InputText.JsonProblem("{\"a\":\"\\uD800\"}"u8.ToArray(), "a.json"));
        Assert.NotNull(InputText.JsonProblem("{\"\\uFFFE\":1}"u8.ToArray(), "a.json"));
        Assert.Null(InputText.JsonProblem("{\"a\":\"\\uD83D\\uDE00\"}"u8.ToArray(), "a.json"));
    }
}
