using ClosedXML.Excel;
using OfficeReview.OpenXml.Workbooks.Forms;

namespace OfficeReview.OpenXml.Workbooks.Profiles;

/// <summary>A suggested cell for a figure: where its row label meets its column label.</summary>
public sealed record FormSuggestion(string Name, string Sheet, string Cell, string RowLabel, string? ColumnLabel);

/// <summary>
/// Suggestions for the mapping grid (browser mode): for each figure, the cell where one of the usual labels of its row
/// ("Đảng viên", "Chi bộ trực thuộc") meets one of the usual headers of its column ("Tổng số", "HTXSNV",
/// "Hoàn thành xuất sắc nhiệm vụ"), or the cell right of an information label ("Tên đơn vị:"). Labels are compared
/// folded, after TCVN3/VNI conversion. Suggestions only: the admin confirms each one.
/// </summary>
public static class FormSuggestions
{
    private static readonly Dictionary<string, string[]> s_rows = new(StringComparer.Ordinal)
    {
        ["OR_Org_Base"] = ["Đảng bộ, chi bộ cơ sở", "Tổ chức cơ sở đảng", "Đảng bộ cơ sở"],
        ["OR_Org_Partial"] = ["Đảng bộ bộ phận"],
        ["OR_Org_Cells"] = ["Chi bộ trực thuộc đảng ủy cơ sở", "Chi bộ trực thuộc"],
        ["OR_Org_Upper"] = ["Đảng bộ cấp trên trực tiếp cơ sở", "Cấp trên trực tiếp cơ sở"],
        ["OR_Mem"] = ["Đảng viên"],
        ["OR_Lc"] = ["Tập thể lãnh đạo, quản lý", "Tập thể lãnh đạo"],
        ["OR_Ldr"] = ["Cá nhân cán bộ lãnh đạo, quản lý", "Cán bộ lãnh đạo, quản lý"],
    };

    private static readonly Dictionary<string, string[]> s_columns = new(StringComparer.Ordinal)
    {
        ["Total"] = ["Tổng số đảng viên", "Tổng số"],
        ["NotRated"] = ["Chưa đánh giá, xếp loại", "Chưa đánh giá", "Chưa xếp loại", "Không xếp loại"],
        ["Rated"] = ["Được đánh giá, xếp loại", "Số được đánh giá, xếp loại", "Được đánh giá", "Được xếp loại"],
        ["Excellent"] = ["Hoàn thành xuất sắc nhiệm vụ", "HTXSNV", "HTXS"],
        ["Good"] = ["Hoàn thành tốt nhiệm vụ", "HTTNV", "HTT"],
        ["Complete"] = ["Hoàn thành nhiệm vụ", "HTNV"],
        ["NotComplete"] = ["Không hoàn thành nhiệm vụ", "KHTNV", "KHT"],
        ["Pct_Excellent"] = ["Tỷ lệ HTXS (%)", "Tỷ lệ HTXS"],
        ["Exempt_Excused"] = ["Miễn đánh giá", "Miễn"],
        ["Exempt_Suspended"] = ["Đình chỉ sinh hoạt", "Đình chỉ"],
        ["Exempt_NewlyAdmitted"] = ["Mới kết nạp", "Kết nạp trong năm"],
        ["Disciplined"] = ["Bị kỷ luật trong năm", "Kỷ luật"],
    };

    private static readonly Dictionary<string, string[]> s_info = new(StringComparer.Ordinal)
    {
        [WorkbookSchema.Year] = ["Năm đánh giá, xếp loại", "Năm báo cáo", "Năm đánh giá", "Năm"],
        [WorkbookSchema.UnitCode] = ["Mã đơn vị"],
        [WorkbookSchema.UnitName] = ["Tên đơn vị", "Tên tổ chức đảng", "Tên tổ chức cơ sở đảng"],
        [WorkbookSchema.UnitKind] = ["Loại tổ chức đảng", "Loại đơn vị"],
        [WorkbookSchema.UnitCategory] = ["Loại hình cơ sở", "Loại hình"],
        [WorkbookSchema.UnitParent] = ["Mã đơn vị cấp trên", "Cấp trên trực tiếp"],
    };

    /// <summary>The candidate label pairs of a figure, most specific first.</summary>
    internal static IEnumerable<(string Row, string? Column)> Labels(FormFigure f)
    {
        if (s_info.TryGetValue(f.Name, out var info)) { foreach (var l in info) yield return (l, null); yield break; }
        foreach (var (prefix, rows) in s_rows)
        {
            if (!f.Name.StartsWith(prefix + "_", StringComparison.Ordinal)) continue;
            var suffix = f.Name[(prefix.Length + 1)..];
            if (!s_columns.TryGetValue(suffix, out var columns)) yield break;
            foreach (var r in rows) foreach (var c in columns) yield return (r, c);
            yield break;
        }
    }

    public static IReadOnlyList<FormSuggestion> Suggest(byte[] bytes)
    {
        using var wb = new XLWorkbook(new MemoryStream(bytes, writable: false));
        var labels = new ProfileReader.LabelIndex(wb);
        var list = new List<FormSuggestion>();
        var used = new HashSet<(string, int, int)>();
        foreach (var figure in FormContract.Figures.Where(f => f.Kind != FormFigureKind.Label))
            foreach (var (row, column) in Labels(figure))
            {
                var entry = new ProfileEntry { Figure = figure.Name, RowLabel = row, ColumnLabel = column };
                // A blank form: an information figure goes in the cell right of its label, filled or not.
                var at = column is null ? RightOf(wb, labels, row) : ProfileReader.Locate(wb, labels, entry, figure);
                if (at is not { } cell || !used.Add(cell)) continue;
                list.Add(new FormSuggestion(figure.Name, cell.Sheet, Templates.Cells.Address(cell.Row, cell.Col), row, column));
                break;
            }
        return list;
    }

    private static (string Sheet, int Row, int Col)? RightOf(XLWorkbook wb, ProfileReader.LabelIndex labels, string label)
    {
        var key = Domain.Text.VietnameseText.FoldKey(label);
        foreach (var ws in wb.Worksheets)
            foreach (var (row, col) in labels.Find(ws, key))
                return (ws.Name, row, col + 1);
        return null;
    }
}
