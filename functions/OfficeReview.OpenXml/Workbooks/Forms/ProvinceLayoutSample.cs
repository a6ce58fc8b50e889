using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Workbooks.Forms;

/// <summary>
/// A province's own statistics workbook in a layout that is not ours, untagged (no OR_* names), as a province keeps it
/// in Excel: a notes sheet first, a cover sheet with the unit's details, an organizations sheet and a members sheet
/// with two-row merged headers, a numbering row, a "Cộng" row of =SUM formulas, a percentage row, notes and signature
/// rows among the figures, fills, bold fonts, borders, number formats ("#,##0", "0.00"), column widths, a list
/// validation and a frozen header. Members' "Được đánh giá" is the province's own formula (total minus the exempt and
/// the not rated), so tagging it is flagged as a formula where a typed figure is expected. Written with the Open XML
/// SDK in the shape Excel saves; used by the <c>form province-sample</c> verb (demos, the browser-mode end-to-end test).
/// <see cref="Mapping"/> is where each figure really is (what an admin who knows the form would tag).
/// </summary>
public static class ProvinceLayoutSample
{
    public const string NotesSheet = "Hướng dẫn";
    public const string CoverSheet = "Bìa";
    public const string OrgSheet = "TH tổ chức đảng";
    public const string MemberSheet = "TH đảng viên";

    private const uint Header = 1, CountInput = 2, Percent = 3, Title = 4, Total = 5, Note = 6, TextInput = 7, YearInput = 8;

    /// <summary>The merged ranges of each sheet, as built.</summary>
    public static IReadOnlyDictionary<string, string[]> Merges { get; } = new Dictionary<string, string[]>
    {
        [NotesSheet] = ["A1:F1"],
        [CoverSheet] = ["A1:E1", "A2:E2", "B6:E6"],
        [OrgSheet] = ["A1:J1", "A2:J2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:I4", "J4:J5", "A12:J12"],
        [MemberSheet] = ["A1:L1", "A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:G4", "H3:K3", "L3:L4", "H9:L9"],
    };

    /// <summary>The organization rows (row, label, figure prefix) and the columns of their figures.</summary>
    private static readonly (int Row, string Number, string Label, string Prefix)[] s_orgRows =
    [
        (7, "1", "Đảng bộ, chi bộ cơ sở", "OR_Org_Base"),
        (8, "2", "Đảng bộ bộ phận", "OR_Org_Partial"),
        (9, "3", "Chi bộ trực thuộc đảng ủy cơ sở", "OR_Org_Cells"),
    ];

    private static readonly (char Col, string Suffix)[] s_orgColumns =
        [('C', "Total"), ('D', "NotRated"), ('E', "Rated"), ('F', "Excellent"), ('G', "Good"), ('H', "Complete"), ('I', "NotComplete")];

    private static readonly (char Col, string Suffix)[] s_memberColumns =
    [
        ('B', "Total"), ('C', "Exempt_Excused"), ('D', "Exempt_Suspended"), ('E', "Exempt_NewlyAdmitted"), ('F', "NotRated"), ('G', "Rated"),
        ('H', "Excellent"), ('I', "Good"), ('J', "Complete"), ('K', "NotComplete"), ('L', "Pct_Excellent"),
    ];

    /// <summary>Figure → cell ("'Sheet'!C7") of every figure this layout holds (after the rows and columns it is built from).</summary>
    public static IReadOnlyDictionary<string, string> Mapping { get; } = BuildMapping();

    private static Dictionary<string, string> BuildMapping()
    {
        string At(string sheet, string cell) => $"{Cells.QuoteSheet(sheet)}!{cell}";
        var m = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [WorkbookSchema.Year] = At(CoverSheet, "B4"),
            [WorkbookSchema.UnitCode] = At(CoverSheet, "B5"),
            [WorkbookSchema.UnitName] = At(CoverSheet, "B6"),
            [WorkbookSchema.UnitKind] = At(CoverSheet, "B7"),
            [WorkbookSchema.UnitCategory] = At(CoverSheet, "B8"),
            [WorkbookSchema.UnitParent] = At(CoverSheet, "B9"),
            [WorkbookSchema.OwnLevel] = At(CoverSheet, "B10"),
        };
        foreach (var (row, _, _, prefix) in s_orgRows)
        {
            foreach (var (col, suffix) in s_orgColumns) m[$"{prefix}_{suffix}"] = At(OrgSheet, $"{col}{row}");
            if (prefix == "OR_Org_Base") m[$"{prefix}_Pct_Excellent"] = At(OrgSheet, $"J{row}");
        }
        foreach (var (col, suffix) in s_memberColumns) m[$"OR_Mem_{suffix}"] = At(MemberSheet, $"{col}5");
        return m;
    }

    public static byte[] Build() => Workbook(Styles(), wb =>
    {
        AddSheet(wb, NotesSheet, Merges[NotesSheet], [90], s =>
        {
            s.Text("A1", "HƯỚNG DẪN ĐIỀN BIỂU", Title);
            s.Text("A3", "1. Đơn vị điền số liệu vào các ô nền vàng; không sửa ô có công thức.");
            s.Text("A4", "2. Cột \"Được đánh giá\" của đảng viên tự tính bằng công thức.");
            s.Text("A5", "3. Nộp biểu cho Ban Tổ chức Tỉnh ủy trước ngày 15/01.");
        });

        AddSheet(wb, CoverSheet, Merges[CoverSheet], [26, 30, 12, 12, 12], s =>
        {
            s.Text("A1", "TỈNH ỦY LẠNG SƠN", Title);
            s.Text("A2", "BAN TỔ CHỨC", Title);
            s.Text("A4", "Năm báo cáo:"); s.Blank("B4", YearInput);
            s.Text("A5", "Mã đơn vị:"); s.Blank("B5", TextInput);
            s.Text("A6", "Tên tổ chức đảng:"); foreach (var c in "BCDE") s.Blank($"{c}6", TextInput);
            s.Text("A7", "Loại tổ chức đảng:"); s.Blank("B7", TextInput);
            s.Text("A8", "Loại hình:"); s.Blank("B8", TextInput);
            // Not a label the suggestions know: the admin types this one.
            s.Text("A9", "Trực thuộc (mã):"); s.Blank("B9", TextInput);
            // The unit's own level, as this province words it (typed by the admin as well).
            s.Text("A10", "Tự xếp loại chất lượng:"); s.Blank("B10", TextInput);
            s.Text("A12", "Ngày lập biểu: ....../....../..........", Note);
        }, validation: new DataValidation(new Formula1("\"Đảng bộ cơ sở,Chi bộ cơ sở,Đảng bộ cấp trên trực tiếp cơ sở\""))
        { Type = DataValidationValues.List, AllowBlank = true, SequenceOfReferences = new ListValue<StringValue> { InnerText = "B7" } });

        AddSheet(wb, OrgSheet, Merges[OrgSheet], [6, 36, 10, 11, 11, 10, 10, 10, 10, 12], s =>
        {
            s.Text("A1", "BIỂU TỔNG HỢP KẾT QUẢ XẾP LOẠI TỔ CHỨC ĐẢNG", Title);
            s.Text("A2", "(Kèm theo hướng dẫn của Ban Tổ chức Tỉnh ủy)", Note);
            foreach (var (c, t) in new[] { ("A4", "STT"), ("B4", "Loại tổ chức đảng"), ("C4", "Tổng số"), ("D4", "Chưa đánh giá"), ("E4", "Được đánh giá"), ("F4", "Kết quả xếp loại"), ("J4", "Tỷ lệ HTXS (%)") })
                s.Text(c, t, Header);
            foreach (var (c, t) in new[] { ("F5", "HTXSNV"), ("G5", "HTTNV"), ("H5", "HTNV"), ("I5", "KHTNV") }) s.Text(c, t, Header);
            foreach (var c in "ABCDEJ") s.Blank($"{c}5", Header); // the lower halves of the merged headers, bordered
            for (var i = 0; i < 10; i++) s.Text($"{(char)('A' + i)}6", $"({i + 1})", Header);
            foreach (var (row, number, label, _) in s_orgRows)
            {
                s.Text($"A{row}", number); s.Text($"B{row}", label);
                foreach (var (col, _) in s_orgColumns) s.Blank($"{col}{row}", CountInput);
            }
            s.Formula("J7", "IF(N(E7)=0,\"\",ROUND(F7*100/E7,2))", Percent);
            // The province's own totals: kept as formulas in every workbook written from this form.
            s.Text("B10", "Cộng", Total);
            foreach (var (col, _) in s_orgColumns) s.Formula($"{col}10", $"SUM({col}7:{col}9)", Total);
            s.Text("B11", "Trong đó: mới thành lập trong năm", Note);
            s.Text("A12", "Ghi chú: số liệu tính đến ngày 31/12 của năm đánh giá.", Note);
        }, freezeRows: 6);

        AddSheet(wb, MemberSheet, Merges[MemberSheet], [30, 12, 11, 11, 11, 11, 11, 12, 12, 12, 12, 11], s =>
        {
            s.Text("A1", "BIỂU TỔNG HỢP KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN", Title);
            foreach (var (c, t) in new[] { ("A3", "Chỉ tiêu"), ("B3", "Tổng số đảng viên"), ("C3", "Không đánh giá"), ("F3", "Chưa đánh giá"), ("G3", "Được đánh giá"), ("H3", "Kết quả xếp loại"), ("L3", "Tỷ lệ HTXS (%)") })
                s.Text(c, t, Header);
            // "Nghỉ ốm, công tác" is the province's word for the excused: no suggestion, the admin types the cell.
            foreach (var (c, t) in new[] { ("C4", "Nghỉ ốm, công tác"), ("D4", "Đình chỉ sinh hoạt"), ("E4", "Mới kết nạp"),
                                           ("H4", "Hoàn thành xuất sắc nhiệm vụ"), ("I4", "Hoàn thành tốt nhiệm vụ"), ("J4", "Hoàn thành nhiệm vụ"), ("K4", "Không hoàn thành nhiệm vụ") })
                s.Text(c, t, Header);
            s.Text("A5", "Đảng viên");
            foreach (var (col, suffix) in s_memberColumns.Where(c => c.Suffix is not ("Rated" or "Pct_Excellent"))) s.Blank($"{col}5", CountInput);
            s.Formula("G5", "B5-C5-D5-E5-F5", CountInput);
            s.Formula("L5", "IF(N(G5)=0,\"\",ROUND(H5*100/G5,2))", Percent);
            s.Text("A6", "Tỷ lệ so với số được đánh giá (%)", Note);
            foreach (var col in "HIJK") s.Formula($"{col}6", $"IF(N($G$5)=0,\"\",ROUND({col}5*100/$G$5,2))", Percent);
            s.Text("A9", "Người lập biểu");
            s.Text("H9", "T/M BAN THƯỜNG VỤ", Header);
        }, freezeRows: 4);
    });

    private static Stylesheet Styles() => Styles(
        titleColor: "FF1F4E79", headerFill: "FFE2EFDA", inputNumberFormat: 3,
        moreFonts: [new Font(new Italic(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })],
        moreFills: [new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid })],
        moreFormats:
        [
            // Total row: bold, grey fill, borders, "#,##0".
            new CellFormat { FontId = 1, FillId = 4, BorderId = 1, NumberFormatId = 3, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyNumberFormat = true },
            // Note: italic.
            new CellFormat { FontId = 3, ApplyFont = true },
            // Text input: yellow fill, borders.
            new CellFormat { FontId = 0, FillId = 3, BorderId = 1, ApplyFill = true, ApplyBorder = true },
            // Year input: yellow fill, borders, "0".
            new CellFormat { FontId = 0, FillId = 3, BorderId = 1, NumberFormatId = 1, ApplyFill = true, ApplyBorder = true, ApplyNumberFormat = true },
        ]);

    /// <summary>
    /// The stylesheet of a province's workbook (Times New Roman 12), shared with the test suite's province workbook: fonts
    /// regular, bold, title (bold 14, <paramref name="titleColor"/>); fills none, gray125, header (<paramref name="headerFill"/>),
    /// input (yellow); borders none, thin; cell formats plain, header (bold, filled, bordered, centred and wrapped), input
    /// (yellow, bordered, <paramref name="inputNumberFormat"/> if any), percentage ("0.00", bordered), title (centred) —
    /// then the <paramref name="moreFonts"/>, <paramref name="moreFills"/> and <paramref name="moreFormats"/>, in order.
    /// </summary>
    internal static Stylesheet Styles(string titleColor, string headerFill, uint? inputNumberFormat,
        Font[] moreFonts, Fill[] moreFills, CellFormat[] moreFormats)
    {
        // Input: yellow fill, borders (and the number format, if any).
        var input = new CellFormat { FontId = 0, FillId = 3, BorderId = 1, ApplyFill = true, ApplyBorder = true };
        if (inputNumberFormat is { } format)
        {
            input.NumberFormatId = format;
            input.ApplyNumberFormat = true;
        }
        return new(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.00" }) { Count = 1 },
            new Fonts([
                new Font(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
                new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new Color { Rgb = titleColor }, new FontName { Val = "Times New Roman" }),
                .. moreFonts])
            { Count = (uint)(3 + moreFonts.Length) },
            new Fills([
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = headerFill }) { PatternType = PatternValues.Solid }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }) { PatternType = PatternValues.Solid }),
                .. moreFills])
            { Count = (uint)(4 + moreFills.Length) },
            new Borders(new Border(),
                        new Border(new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                                   new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
            { Count = 2 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats([
                new CellFormat(),
                // Header: bold, header fill, borders, centred and wrapped.
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                input,
                // Percentage: borders, "0.00".
                new CellFormat { FontId = 0, FillId = 0, BorderId = 1, NumberFormatId = 164, ApplyNumberFormat = true, ApplyBorder = true },
                // Title.
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center }) { FontId = 2, ApplyFont = true, ApplyAlignment = true },
                .. moreFormats])
            { Count = (uint)(5 + moreFormats.Length) });
    }

    /// <summary>A workbook of a province's kind, as the Open XML SDK writes it: the stylesheet, then the sheets <paramref name="addSheets"/> adds (<see cref="AddSheet"/>).</summary>
    internal static byte[] Workbook(Stylesheet stylesheet, Action<WorkbookPart> addSheets)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook(new Sheets());
            var styles = wb.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = stylesheet;
            styles.Stylesheet.Save();
            addSheets(wb);
            wb.Workbook.Save();
        }
        return ms.ToArray();
    }

    /// <summary>The cells of one sheet, by row and column, as a fill callback of <see cref="AddSheet"/> puts them.</summary>
    internal sealed class SheetBuilder
    {
        public readonly SortedDictionary<uint, SortedDictionary<int, Cell>> Rows = [];

        private void Put(string reference, Cell cell)
        {
            if (!Cells.TryParse(reference, out var row, out var col)) throw new ArgumentException($"Not a cell: {reference}", nameof(reference));
            cell.CellReference = reference;
            if (!Rows.TryGetValue((uint)row, out var cells)) Rows[(uint)row] = cells = [];
            cells[col] = cell;
        }

        public void Text(string reference, string text, uint style = 0) =>
            Put(reference, new Cell(new InlineString(new Text(text))) { DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style });

        public void Blank(string reference, uint style) => Put(reference, new Cell { StyleIndex = style });

        /// <summary>A formula as Excel saves a freshly typed one over empty inputs: its cached value is empty text.</summary>
        public void Formula(string reference, string formula, uint style) =>
            Put(reference, new Cell(new CellFormula(formula), new CellValue("")) { DataType = CellValues.String, StyleIndex = style });
    }

    /// <summary>
    /// Adds a sheet (the next sheet id): column widths, the cells <paramref name="fill"/> puts, merged ranges, a list
    /// validation, page margins; a frozen header of <paramref name="freezeRows"/> rows, a landscape A4 page setup when asked.
    /// </summary>
    internal static void AddSheet(WorkbookPart wb, string name, string[] merges, double[] widths, Action<SheetBuilder> fill,
        DataValidation? validation = null, int freezeRows = 0, bool landscape = true)
    {
        var b = new SheetBuilder();
        fill(b);
        var ws = new Worksheet();
        if (freezeRows > 0)
        {
            var topLeft = "A" + (freezeRows + 1).ToString(CultureInfo.InvariantCulture);
            ws.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = freezeRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
            { WorkbookViewId = 0 }));
        }
        ws.Append(new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
        var data = new SheetData();
        foreach (var (r, cells) in b.Rows) data.Append(new Row(cells.Values) { RowIndex = r });
        ws.Append(data);
        ws.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Length });
        if (validation is not null) ws.Append(new DataValidations(validation) { Count = 1 });
        ws.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        if (landscape) ws.Append(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9 });
        var part = wb.AddNewPart<WorksheetPart>();
        part.Worksheet = ws;
        part.Worksheet.Save();
        var sheets = wb.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = wb.GetIdOfPart(part) });
    }
}
