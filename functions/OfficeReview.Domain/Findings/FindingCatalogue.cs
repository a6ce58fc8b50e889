using System.Globalization;
using System.Text;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Domain.Findings;

/// <summary>The part of the product a finding comes from; one section of docs/findings.md each.</summary>
public enum FindingArea
{
    Input,
    Workbook,
    Form,
    Profile,
    Json,
    Rules,
    Scores,
    Units,
    Merge,
    Report,
    Campaign,
    Documents,
}

/// <summary>
/// One finding code as the catalogue declares it: its usual severity (a reader may emit it milder or stronger in a
/// given case — the finding itself carries the severity it was emitted with), a short Vietnamese title, the source
/// (the rule article of the regulation, or the input bound with its configuration key) and an example message.
/// </summary>
public sealed record FindingDefinition(string Code, Severity Severity, FindingArea Area, string Title, string Source, string Example);

public static partial class FindingCatalogue
{
    // In a nested class so that it is built after All (the two halves of this partial class are separate files).
    private static class Index
    {
        public static readonly Dictionary<string, FindingDefinition> ByCode = All.ToDictionary(d => d.Code, StringComparer.Ordinal);

        public static readonly HashSet<string> Unreadable = new(StringComparer.Ordinal)
        {
            XlsxNotZip, XlsxLegacyOrEncrypted, XlsxBroken, XlsxNotAForm, XlsxTooLarge, XlsxExpandedTooLarge, XlsxTooManyEntries,
            XlsxTooManyRows, XlsxDtd, XlsxStrict, XlsxTooManyCells, XlsxTooManyStrings, XlsxTooManyNames,
            JsonUnreadable, JsonUnknownSchema, FormUnreadable, ProfileUnreadable, ScoresNotAScoreWorkbook,
            FormsUnitWorkbookUnreadable, UnitsUnreadable, MergeSourceUnreadable, TemplateUnreadable,
        };
    }

    /// <summary>The definition of a code, or null for a code the catalogue does not declare.</summary>
    public static FindingDefinition? Find(string? code) =>
        code is not null && Index.ByCode.TryGetValue(code, out var definition) ? definition : null;

    /// <summary>
    /// The codes that mean the input could not be read at all (wrong kind, damaged, over a bound, syntax): the command
    /// line answers them with exit 2, other errors with exit 1.
    /// </summary>
    public static bool IsUnreadable(string? code) =>
        Find(code) is { } d && (d.Area == FindingArea.Input || Index.Unreadable.Contains(d.Code));

    /// <summary>The Vietnamese title of a code, or null when the catalogue does not declare it.</summary>
    public static string? TitleOf(string? code) => Find(code)?.Title;

    /// <summary>The source (rule article or bound) of a code, or null when the catalogue does not declare it.</summary>
    public static string? SourceOf(string? code) => Find(code)?.Source;

    public static string VietnameseName(this FindingArea area) => area switch
    {
        FindingArea.Input => "Tệp đầu vào (lớp đọc tệp có giới hạn)",
        FindingArea.Workbook => "Đọc biểu mẫu Excel",
        FindingArea.Form => "Biểu mẫu của đợt kiểm điểm",
        FindingArea.Profile => "Hồ sơ biểu mẫu của tỉnh",
        FindingArea.Json => "Dữ liệu JSON",
        FindingArea.Rules => "Quy tắc đánh giá, xếp loại",
        FindingArea.Scores => "Bảng điểm và mẫu kiểm điểm",
        FindingArea.Units => "Danh sách và cây đơn vị",
        FindingArea.Merge => "Tổng hợp",
        FindingArea.Report => "Kiểm tra số liệu trong báo cáo",
        FindingArea.Campaign => "Đợt kiểm điểm",
        _ => "Lập văn bản",
    };

    /// <summary>
    /// docs/findings.md: one table per area, every code with its severity, title, source and example. Deterministic
    /// (catalogue order, "\n" line ends), so the committed file can be compared with it.
    /// </summary>
    public static string Markdown()
    {
        var md = new StringBuilder();
        md.Append("# Danh mục phát hiện (findings)\n\n");
        md.Append("<!-- Generated from functions/OfficeReview.Domain/Findings/FindingCatalogue.Entries.cs; do not edit by hand.\n");
        md.Append("     Regenerate: dotnet run --project functions/OfficeReview.Service -- findings-doc docs/findings.md -->\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Mọi mã lỗi, cảnh báo và thông tin mà phần mềm có thể đưa ra ({All.Count} mã), khai báo một lần trong danh mục ");
        md.Append("`OfficeReview.Domain.Findings.FindingCatalogue`. Mức độ là mức thường gặp; một phát hiện cụ thể mang mức độ khi nó được đưa ra. ");
        md.Append("Nguồn là điều khoản của quy định, hướng dẫn (QĐ 366-QĐ/TW và HD 43-HD/BTCTW; QĐ 124-QĐ/TW và HD 25; QĐ 132-QĐ/TW và HD 16, HD 21) ");
        md.Append("hoặc giới hạn đầu vào kèm khóa cấu hình. Dịch vụ trả danh mục này ở `GET /api/findings-catalogue`.\n");
        foreach (var group in All.GroupBy(d => d.Area))
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {group.Key.VietnameseName()}\n\n");
            md.Append("| Mã | Mức độ | Tên | Nguồn | Ví dụ |\n");
            md.Append("|---|---|---|---|---|\n");
            foreach (var d in group)
                md.Append(CultureInfo.InvariantCulture, $"| `{d.Code}` | {d.Severity.VietnameseName()} | {Cell(d.Title)} | {Cell(d.Source)} | {Cell(d.Example)} |\n");
        }
        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("\\", "\\\\").Replace("|", "\\|").ReplaceLineEndings(" ");
}
