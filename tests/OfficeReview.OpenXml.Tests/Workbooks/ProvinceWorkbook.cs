using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Tests.Workbooks;

/// <summary>
/// A province's own statistics workbook, in a layout that is not ours: other sheet names, merged two-row headers, a
/// numbering row and a notes row among the figures, a check column with formulas, percentage formulas, fills, borders
/// and bold fonts, a list validation. Built with the Open XML SDK in the shape Excel saves; <see cref="Tags"/> are the
/// names the tagging pane adds (figure → cell), and <see cref="Tag"/> adds them as Excel's Name Manager would.
/// </summary>
internal static class ProvinceWorkbook
{
    public const string InfoSheet = "Thông tin chung";
    public const string OrgSheet = "Biểu 1-TCĐ";
    public const string MemberSheet = "Biểu 2-ĐV";
    public const string ListSheet = "Danh sách ĐV";
    /// <summary>The member list's header row and its one template row (A4:H5), as the admin names them OR_MemberList.</summary>
    public const string ListRange = "A4:H5";
    /// <summary>The signature line below the member list: the list has rows 5–11 before it (seven members).</summary>
    public const int ListSignatureRow = 12;

    /// <summary>The province's sheets, in order.</summary>
    public static readonly string[] Sheets = [InfoSheet, OrgSheet, MemberSheet, ListSheet];
    public const uint HeaderStyle = 1, InputStyle = 2, PercentStyle = 3, TitleStyle = 4;

    /// <summary>The names the admin gives the province's cells (sheet, cell).</summary>
    public static readonly IReadOnlyList<(string Name, string Sheet, string Cell)> Tags =
    [
        ("OR_Year", InfoSheet, "B4"), ("OR_Unit_Code", InfoSheet, "B5"), ("OR_Unit_Name", InfoSheet, "B6"), ("OR_Unit_Kind", InfoSheet, "B7"),
        ("OR_Unit_Category", InfoSheet, "B8"), ("OR_Unit_Parent", InfoSheet, "B9"),
        ("OR_Org_Base_Total", OrgSheet, "C7"), ("OR_Org_Base_NotRated", OrgSheet, "D7"), ("OR_Org_Base_Rated", OrgSheet, "E7"),
        ("OR_Org_Base_Excellent", OrgSheet, "F7"), ("OR_Org_Base_Good", OrgSheet, "G7"), ("OR_Org_Base_Complete", OrgSheet, "H7"),
        ("OR_Org_Base_NotComplete", OrgSheet, "I7"), ("OR_Org_Base_Pct_Excellent", OrgSheet, "J7"),
        ("OR_Org_Base_C01", OrgSheet, "B8"), ("OR_Org_Base_C02", OrgSheet, "B9"),
        ("OR_Org_Cells_Total", OrgSheet, "C11"), ("OR_Org_Cells_NotRated", OrgSheet, "D11"), ("OR_Org_Cells_Rated", OrgSheet, "E11"),
        ("OR_Org_Cells_Excellent", OrgSheet, "F11"), ("OR_Org_Cells_Good", OrgSheet, "G11"), ("OR_Org_Cells_Complete", OrgSheet, "H11"),
        ("OR_Org_Cells_NotComplete", OrgSheet, "I11"),
        ("OR_Mem_Total", MemberSheet, "B6"), ("OR_Mem_Exempt_Excused", MemberSheet, "C6"), ("OR_Mem_Exempt_Suspended", MemberSheet, "D6"),
        ("OR_Mem_Exempt_NewlyAdmitted", MemberSheet, "E6"), ("OR_Mem_NotRated", MemberSheet, "F6"), ("OR_Mem_Rated", MemberSheet, "G6"),
        ("OR_Mem_Excellent", MemberSheet, "H6"), ("OR_Mem_Good", MemberSheet, "I6"), ("OR_Mem_Complete", MemberSheet, "J6"),
        ("OR_Mem_NotComplete", MemberSheet, "K6"), ("OR_Mem_Pct_Excellent", MemberSheet, "L6"),
        ("OR_MemberList", ListSheet, ListRange),
    ];

    /// <summary>The merged ranges of each sheet, as built (the consolidated workbook must keep them).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Merges = new Dictionary<string, string[]>
    {
        [InfoSheet] = ["A1:D1", "A2:D2", "B6:D6"],
        [OrgSheet] = ["A1:K1", "A2:K2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:I4", "J4:J5", "K4:K5"],
        [MemberSheet] = ["A1:L1", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:K4", "L4:L5"],
        [ListSheet] = ["A1:H1", "A2:H2", $"F{ListSignatureRow}:H{ListSignatureRow}"],
    };

    /// <summary>The member list's headers (the province's own wording; the reader knows them by header or alias).</summary>
    public static readonly string[] ListHeaders = ["TT", "Họ và tên", "Năm sinh", "Chi bộ", "Chức vụ", "Tự xếp loại", "Chi bộ đề xuất", "Xếp loại"];

    /// <summary>The workbook; <paramref name="listRoom"/>: how many member rows fit above the signature line (7 by default).</summary>
    public static byte[] Build(int listRoom = ListSignatureRow - 5)
    {
        var signature = 5 + listRoom;
        return ProvinceLayoutSample.Workbook(Styles(), wb =>
        {
            ProvinceLayoutSample.AddSheet(wb, InfoSheet, Merges[InfoSheet], [24, 30, 12, 12], s =>
            {
                s.Text("A1", "TỈNH ỦY HÒA BÌNH", TitleStyle);
                s.Text("A2", "BAN TỔ CHỨC", TitleStyle);
                s.Text("A4", "Năm báo cáo:"); s.Blank("B4", InputStyle);
                s.Text("A5", "Mã đơn vị:"); s.Blank("B5", InputStyle);
                s.Text("A6", "Tên tổ chức đảng:"); s.Blank("B6", InputStyle); s.Blank("C6", InputStyle); s.Blank("D6", InputStyle);
                s.Text("A7", "Loại tổ chức đảng:"); s.Blank("B7", InputStyle);
                s.Text("A8", "Loại hình:"); s.Blank("B8", InputStyle);
                s.Text("A9", "Cấp trên trực tiếp:"); s.Blank("B9", InputStyle);
            }, validation: new DataValidation(new Formula1("\"Đảng bộ cơ sở,Chi bộ cơ sở,Đảng bộ cấp trên trực tiếp cơ sở\""))
            { Type = DataValidationValues.List, AllowBlank = true, SequenceOfReferences = new ListValue<StringValue> { InnerText = "B7" } }, landscape: false);

            ProvinceLayoutSample.AddSheet(wb, OrgSheet, Merges[OrgSheet], [5, 34, 10, 10, 10, 10, 10, 10, 10, 12, 10], s =>
            {
                s.Text("A1", "KẾT QUẢ XẾP LOẠI TỔ CHỨC ĐẢNG NĂM 2025", TitleStyle);
                s.Text("A2", "(Kèm theo công văn của Ban Tổ chức Tỉnh ủy)", TitleStyle);
                foreach (var (c, t) in new[] { ("A4", "TT"), ("B4", "Chỉ tiêu"), ("C4", "Tổng số"), ("D4", "Chưa đánh giá"), ("E4", "Được đánh giá"), ("F4", "Trong đó"), ("J4", "Tỷ lệ HTXS (%)"), ("K4", "Kiểm tra") })
                    s.Text(c, t, HeaderStyle);
                foreach (var (c, t) in new[] { ("F5", "HTXSNV"), ("G5", "HTTNV"), ("H5", "HTNV"), ("I5", "KHTNV") }) s.Text(c, t, HeaderStyle);
                for (var i = 0; i < 11; i++) s.Text($"{(char)('A' + i)}6", $"({i + 1})", HeaderStyle); // numbering row
                s.Text("A7", "I"); s.Text("B7", "Đảng bộ, chi bộ cơ sở");
                s.Text("A8", "1"); s.Text("B8", "Xã");
                s.Text("A9", "2"); s.Text("B9", "Phường");
                s.Text("B10", "Ghi chú: tính cả tổ chức đảng mới thành lập");
                s.Text("A11", "II"); s.Text("B11", "Chi bộ trực thuộc đảng ủy cơ sở");
                foreach (var row in new[] { 7, 8, 9, 11 })
                {
                    for (var col = 'C'; col <= 'I'; col++) s.Blank($"{col}{row}", InputStyle);
                    s.Formula($"K{row}", $"N(C{row})-N(D{row})-N(E{row})", HeaderStyle);
                }
                s.Formula("J7", "IF(N(E7)=0,\"\",F7*100/E7)", PercentStyle);
            }, landscape: false);

            ProvinceLayoutSample.AddSheet(wb, MemberSheet, Merges[MemberSheet], [30, 12, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12], s =>
            {
                s.Text("A1", "KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN", TitleStyle);
                foreach (var (c, t) in new[] { ("A4", "Chỉ tiêu"), ("B4", "Tổng số đảng viên"), ("C4", "Miễn đánh giá"), ("F4", "Chưa đánh giá"), ("G4", "Được đánh giá"), ("H4", "Kết quả"), ("L4", "Tỷ lệ HTXS (%)") })
                    s.Text(c, t, HeaderStyle);
                foreach (var (c, t) in new[] { ("C5", "Miễn"), ("D5", "Đình chỉ"), ("E5", "Mới kết nạp"), ("H5", "HTXSNV"), ("I5", "HTTNV"), ("J5", "HTNV"), ("K5", "KHTNV") })
                    s.Text(c, t, HeaderStyle);
                s.Text("A6", "Đảng viên");
                for (var col = 'B'; col <= 'K'; col++) s.Blank($"{col}6", InputStyle);
                s.Formula("L6", "IF(N(G6)=0,\"\",H6*100/G6)", PercentStyle);
                s.Text("A8", "Người lập biểu");
            }, landscape: false);
            ProvinceLayoutSample.AddSheet(wb, ListSheet, [.. Merges[ListSheet].Where(m => !m.StartsWith('F')), $"F{signature}:H{signature}"], [6, 28, 10, 24, 20, 20, 20, 20], s =>
            {
                s.Text("A1", "DANH SÁCH ĐẢNG VIÊN VÀ KẾT QUẢ XẾP LOẠI", TitleStyle);
                s.Text("A2", "(Đảng viên thuộc đơn vị báo cáo)", TitleStyle);
                for (var i = 0; i < ListHeaders.Length; i++) s.Text($"{(char)('A' + i)}4", ListHeaders[i], HeaderStyle);
                // The template row: a running number by formula, input cells.
                s.Formula("A5", "IF(B5=\"\",\"\",ROW()-4)", InputStyle);
                for (var col = 'B'; col <= 'H'; col++) s.Blank($"{col}5", InputStyle);
                s.Text($"F{signature}", "NGƯỜI LẬP BIỂU", TitleStyle);
            }, validation: new DataValidation(new Formula1("\"Hoàn thành xuất sắc nhiệm vụ,Hoàn thành tốt nhiệm vụ,Hoàn thành nhiệm vụ,Không hoàn thành nhiệm vụ\""))
            { Type = DataValidationValues.List, AllowBlank = true, SequenceOfReferences = new ListValue<StringValue> { InnerText = "F5:H5" } }, landscape: false);
        });
    }

    /// <summary>Adds the defined names (as Excel's Name Manager writes them: absolute, quoted sheet).</summary>
    public static byte[] Tag(byte[] workbook, IEnumerable<(string Name, string Sheet, string Cell)> tags)
    {
        using var ms = new MemoryStream();
        ms.Write(workbook);
        ms.Position = 0;
        using (var doc = SpreadsheetDocument.Open(ms, true))
        {
            var wb = doc.WorkbookPart!.Workbook;
            var names = wb.DefinedNames ?? wb.InsertAfter(new DefinedNames(), wb.Sheets);
            foreach (var (name, sheet, cell) in tags.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase))
            {
                names.Append(new DefinedName { Name = name, Text = $"{Cells.QuoteSheet(sheet)}!{string.Join(':', cell.Split(':').Select(Absolute))}" });
            }
            wb.Save();
        }
        return ms.ToArray();
    }

    private static string Absolute(string cell) =>
        Cells.TryParse(cell, out var row, out var col) ? Cells.Absolute(row, col) : throw new ArgumentException($"Not a cell: {cell}", nameof(cell));

    private static Stylesheet Styles() =>
        ProvinceLayoutSample.Styles(titleColor: "FFC00000", headerFill: "FFDDEBF7", inputNumberFormat: null, moreFonts: [], moreFills: [], moreFormats: []);
}
