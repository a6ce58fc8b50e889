using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Text;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Workbooks.Forms;

/// <summary>
/// Fills a campaign's own form (a province's workbook tagged with the OR_* names) with a report: each named cell gets
/// its figure, in its own style; a named cell holding a formula keeps the formula and gets the figure as its computed
/// value (Excel recomputes on opening). The loại hình rows are filled by the category their label names. Everything
/// else of the workbook — sheets, styles, merged cells, other formulas, data validations, print settings — is left as
/// it is: only the worksheets that hold named cells and workbook.xml are rewritten, with the Open XML SDK (never
/// re-saved through another library). A consolidated workbook gains the "Theo đơn vị" and "Nguồn" sheets.
/// </summary>
public static class CampaignFormWriter
{
    /// <summary>A unit's form filled with its report.</summary>
    public static byte[] WriteUnit(byte[] form, UnitReport report, string rulesetId) => Write(form, report, null, rulesetId);

    /// <summary>The upper level's consolidated workbook in the campaign's own form.</summary>
    public static byte[] WriteConsolidated(byte[] form, UnitReport parent, IReadOnlyList<ConsolidatedSource> children, string rulesetId) =>
        Write(form, parent, children, rulesetId);

    private static byte[] Write(byte[] form, UnitReport report, IReadOnlyList<ConsolidatedSource>? children, string rulesetId)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(report);
        using var ms = new MemoryStream();
        ms.Write(form);
        ms.Position = 0;
        using (var doc = SpreadsheetDocument.Open(ms, true, new OpenSettings { AutoSave = false }))
        {
            var wbPart = doc.WorkbookPart ?? throw new InvalidDataException("The form has no workbook part.");
            var workbook = wbPart.Workbook;
            var sheets = workbook.Sheets!.Elements<Sheet>().Where(s => s.Name?.Value is not null && s.Id?.Value is not null)
                .ToDictionary(s => s.Name!.Value!, s => s.Id!.Value!, StringComparer.OrdinalIgnoreCase);
            var names = new Dictionary<string, FormReference>(StringComparer.OrdinalIgnoreCase);
            foreach (var d in workbook.DefinedNames?.Elements<DefinedName>() ?? [])
                if (d.LocalSheetId is null && d.Name?.Value is { } n && n.StartsWith("OR_", StringComparison.OrdinalIgnoreCase)
                    && FormReference.Parse(d.Text ?? "") is { } r && sheets.ContainsKey(r.Sheet))
                    names[n] = r;

            var edits = new SheetEdits(wbPart, sheets);
            var values = FormValues.For(report, rulesetId);
            foreach (var (name, value) in values)
                if (names.TryGetValue(name, out var r)) edits.Set(r.Sheet, r.Row, r.Col, value);

            // Loại hình rows: the figures of the category the row's label names, in the block's columns.
            foreach (var kind in OrganizationBlockKinds.All)
            {
                var block = report.Organizations?.Get(kind);
                var spec = WorkbookSchema.OrgBlockRow(kind);
                for (var i = 0; i < WorkbookSchema.CategorySlots; i++)
                {
                    if (!names.TryGetValue(WorkbookSchema.OrgCategoryRow(kind, i).Prefix, out var slot)) continue;
                    var label = edits.Text(slot.Sheet, slot.Row, slot.Col);
                    var category = CategoryOf(label) ?? (string.IsNullOrWhiteSpace(label) ? UnitCategories.All[i] : null);
                    if (category is null) continue;
                    if (string.IsNullOrWhiteSpace(label)) edits.Set(slot.Sheet, slot.Row, slot.Col, FormValue.Of(category.Name));
                    var row = block?.ByCategory?.FirstOrDefault(c => c.Category == category.Slug);
                    foreach (var f in spec.Fields)
                        if (names.TryGetValue(spec.Name(f), out var column) && column.Sheet == slot.Sheet)
                            edits.Set(slot.Sheet, slot.Row, column.Col, FormValues.Field(f, row));
                }
            }
            edits.Save();

            if (children is not null)
            {
                var bold = BoldStyle(wbPart);
                AddSheet(wbPart, UniqueName(sheets.Keys, WorkbookSchema.Sheets.BySubunit), BySubunitRows(children), bold, [6, 16, 40]);
                AddSheet(wbPart, UniqueName([.. sheets.Keys, WorkbookSchema.Sheets.BySubunit], WorkbookSchema.Sheets.Sources), SourceRows(children), bold, [6, 16, 32, 34, 70, 26]);
            }
            // Excel recomputes every formula on opening (the cached values written here are the service's figures).
            var calc = workbook.GetFirstChild<CalculationProperties>();
            if (calc is null)
            {
                calc = new CalculationProperties();
                OpenXmlElement? after = workbook.DefinedNames ?? (OpenXmlElement?)workbook.Sheets;
                workbook.InsertAfter(calc, after);
            }
            calc.FullCalculationOnLoad = true;
            workbook.Save();
        }
        return ms.ToArray();
    }

    private static UnitCategory? CategoryOf(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var key = VietnameseText.FoldKey(label);
        return UnitCategories.All.FirstOrDefault(c => VietnameseText.FoldKey(c.Name) == key || c.Slug == key);
    }

    private static string UniqueName(IEnumerable<string> existing, string wanted)
    {
        var taken = existing.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!taken.Contains(wanted)) return wanted;
        for (var i = 2; ; i++)
        {
            var candidate = $"{wanted} ({i})";
            if (!taken.Contains(candidate)) return candidate;
        }
    }

    // ---- "Theo đơn vị" and "Nguồn" -----------------------------------------------------------------------------------

    /// <summary>One row of an added sheet: cells left to right (number, text or formula with its value), bold or not.</summary>
    private sealed record OutRow(IReadOnlyList<OutCell> Cells, bool Bold = false);
    private readonly record struct OutCell(FormValue Value, string? Formula = null);

    private static List<OutRow?> BySubunitRows(IReadOnlyList<ConsolidatedSource> children)
    {
        var rows = new List<OutRow?> { new([new(FormValue.Of("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI THEO ĐƠN VỊ TRỰC THUỘC"))], Bold: true), null };
        var sections = new List<(string Title, IReadOnlyList<CountField> Fields, Func<UnitReport, CountBlock?> Pick)>();
        foreach (var kind in OrganizationBlockKinds.All)
            sections.Add(($"{WorkbookSchema.RomanNumeral(kind)}. {kind.VietnameseName()}", WorkbookSchema.BlockFields, r => r.Organizations?.Get(kind)));
        sections.Add(("V. Đảng viên", WorkbookSchema.MemberFields, r => r.Members));
        sections.Add(("VI. Tập thể lãnh đạo, quản lý", WorkbookSchema.BlockFields, r => r.LeadershipCollectives));
        sections.Add(("VII. Cá nhân cán bộ lãnh đạo, quản lý", WorkbookSchema.BlockFields, r => r.Leaders));
        foreach (var (title, fields, pick) in sections)
        {
            rows.Add(new([new(FormValue.Of(title))], Bold: true));
            rows.Add(new([new(FormValue.Of("STT")), new(FormValue.Of("Mã đơn vị")), new(FormValue.Of("Tên đơn vị")), .. fields.Select(f => new OutCell(FormValue.Of(FormContract.FieldLabel(f))))], Bold: true));
            var first = rows.Count + 1; // 1-based sheet row of the first unit
            for (var i = 0; i < children.Count; i++)
            {
                var c = children[i];
                var block = pick(c.Report);
                rows.Add(new([new(FormValue.Of(i + 1)), new(FormValue.Of(c.UnitCode)), new(FormValue.Of(c.Report.Unit.Name)),
                    .. fields.Select(f => new OutCell(FormValues.Field(f, block)))]));
            }
            var last = rows.Count;
            var totals = WorkbookLayout.SumBlock(children.Select(c => pick(c.Report)).ToList());
            var sum = new List<OutCell> { new(default), new(FormValue.Of("Cộng")), new(default) };
            for (var k = 0; k < fields.Count; k++)
            {
                var f = fields[k];
                var letter = Cells.Column(4 + k);
                sum.Add(f.Kind == CountFieldKind.Count && children.Count > 0
                    ? new OutCell(FormValues.Field(f, totals), $"SUM({letter}{first}:{letter}{last})")
                    : new OutCell(f.Kind == CountFieldKind.Flag ? default : FormValues.Field(f, totals)));
            }
            rows.Add(new(sum, Bold: true));
            rows.Add(null);
        }
        return rows;
    }

    private static List<OutRow?> SourceRows(IReadOnlyList<ConsolidatedSource> children)
    {
        var rows = new List<OutRow?>
        {
            new([new(FormValue.Of("DANH SÁCH TỆP NGUỒN ĐÃ TỔNG HỢP"))], Bold: true), null,
            new(WorkbookSchema.SourceColumns.Select(c => new OutCell(FormValue.Of(c))).ToList(), Bold: true),
        };
        for (var i = 0; i < children.Count; i++)
        {
            var c = children[i];
            rows.Add(new([
                new(FormValue.Of(i + 1)), new(FormValue.Of(c.UnitCode)), new(FormValue.Of(c.Report.Unit.Name)), new(FormValue.Of(c.FileName)), new(FormValue.Of(c.Sha256)),
                new(FormValue.Of($"{VietnameseFormat.ShortDate(DateOnly.FromDateTime(c.SubmittedAt.DateTime))} {c.SubmittedAt:HH:mm:ss} (UTC{c.SubmittedAt:zzz})")),
            ]));
        }
        return rows;
    }

    private static void AddSheet(WorkbookPart wbPart, string name, List<OutRow?> rows, uint? bold, double[] widths)
    {
        var data = new SheetData();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not { } r) continue;
            var row = new Row { RowIndex = (uint)(i + 1) };
            for (var c = 0; c < r.Cells.Count; c++)
            {
                var cell = new Cell { CellReference = Cells.Address(i + 1, c + 1) };
                if (r.Bold && bold is { } b) cell.StyleIndex = b;
                SheetEdits.Fill(cell, r.Cells[c].Value, r.Cells[c].Formula);
                row.Append(cell);
            }
            data.Append(row);
        }
        var columns = new Columns();
        var widest = rows.Max(r => r?.Cells.Count ?? 0);
        for (var c = 1; c <= Math.Max(widest, widths.Length); c++)
            columns.Append(new Column { Min = (uint)c, Max = (uint)c, Width = c <= widths.Length ? widths[c - 1] : 12, CustomWidth = true });
        var part = wbPart.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(columns, data);
        part.Worksheet.Save();
        var sheets = wbPart.Workbook.Sheets!;
        var id = sheets.Elements<Sheet>().Select(s => s.SheetId?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1;
        sheets.Append(new Sheet { Name = name, SheetId = id, Id = wbPart.GetIdOfPart(part) });
    }

    /// <summary>A cell format with a bold font added to the form's styles (the form's own formats are untouched); null without styles.</summary>
    private static uint? BoldStyle(WorkbookPart wbPart)
    {
        var styles = wbPart.WorkbookStylesPart?.Stylesheet;
        if (styles?.Fonts is not { } fonts || styles.CellFormats is not { } formats) return null;
        fonts.Append(new Font(new Bold(), new FontSize { Val = 11 }));
        var fontId = (uint)fonts.Elements<Font>().Count() - 1;
        fonts.Count = (uint)fonts.Elements<Font>().Count();
        formats.Append(new CellFormat { FontId = fontId, FillId = 0, BorderId = 0, NumberFormatId = 0, FormatId = 0, ApplyFont = true });
        formats.Count = (uint)formats.Elements<CellFormat>().Count();
        styles.Save();
        return formats.Count.Value - 1;
    }

    // ---- writing into existing sheets ----------------------------------------------------------------------------------

    /// <summary>The worksheets touched, loaded once each and saved once.</summary>
    private sealed class SheetEdits(WorkbookPart wbPart, Dictionary<string, string> sheets)
    {
        private readonly Dictionary<string, WorksheetPart> _loaded = new(StringComparer.OrdinalIgnoreCase);
        private SharedStringTable? _strings;

        private SheetData? Data(string sheet)
        {
            if (!_loaded.TryGetValue(sheet, out var part))
            {
                if (!sheets.TryGetValue(sheet, out var id) || wbPart.GetPartById(id) is not WorksheetPart p) return null;
                _loaded[sheet] = part = p;
            }
            return part.Worksheet.GetFirstChild<SheetData>() ?? part.Worksheet.AppendChild(new SheetData());
        }

        /// <summary>The text a cell shows now (shared strings resolved), or null.</summary>
        public string? Text(string sheet, int row, int col)
        {
            if (Find(sheet, row, col, create: false) is not { } cell) return null;
            if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
            {
                _strings ??= wbPart.SharedStringTablePart?.SharedStringTable;
                return _strings?.Elements<SharedStringItem>().ElementAtOrDefault(i)?.InnerText;
            }
            if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
            return cell.CellValue?.Text;
        }

        public void Set(string sheet, int row, int col, FormValue value)
        {
            if (value.Computed)
            {
                // A computed percentage only as a formula's cached value: typed, it would read back as a stated figure.
                if (Find(sheet, row, col, create: false) is { CellFormula: not null } formulaCell) Fill(formulaCell, value, "");
                return;
            }
            if (Find(sheet, row, col, create: true) is not { } cell) return;
            Fill(cell, value, cell.CellFormula is null ? null : "");
        }

        /// <summary>
        /// Puts a value in a cell, keeping its style. <paramref name="formula"/>: null for a plain value; "" to keep the
        /// cell's own formula (the value becomes its cached result); otherwise a new formula.
        /// </summary>
        public static void Fill(Cell cell, FormValue value, string? formula)
        {
            if (formula is { Length: > 0 }) cell.CellFormula = new CellFormula(formula);
            var hasFormula = cell.CellFormula is not null;
            cell.InlineString = null;
            cell.CellValue = null;
            cell.DataType = null;
            if (value.Number is { } n)
            {
                cell.CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture));
            }
            else if (value.Text is { } t)
            {
                if (hasFormula)
                {
                    cell.DataType = CellValues.String;
                    cell.CellValue = new CellValue(t);
                }
                else
                {
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(t) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
            else if (hasFormula)
            {
                // An empty figure under a formula: an empty computed text, so readers find a value.
                cell.DataType = CellValues.String;
                cell.CellValue = new CellValue("");
            }
        }

        private Cell? Find(string sheet, int rowIndex, int col, bool create)
        {
            if (Data(sheet) is not { } data) return null;
            Row? row = null;
            Row? before = null;
            foreach (var r in data.Elements<Row>())
            {
                var index = r.RowIndex?.Value ?? 0;
                if (index == rowIndex) { row = r; break; }
                if (index > rowIndex) { before = r; break; }
            }
            if (row is null)
            {
                if (!create) return null;
                row = new Row { RowIndex = (uint)rowIndex };
                if (before is null) data.Append(row); else data.InsertBefore(row, before);
            }
            var address = Cells.Address(rowIndex, col);
            Cell? next = null;
            foreach (var c in row.Elements<Cell>())
            {
                if (c.CellReference?.Value is not { } reference || !Cells.TryParse(reference, out _, out var cc)) continue;
                if (cc == col) return c;
                if (cc > col) { next = c; break; }
            }
            if (!create) return null;
            var cell = new Cell { CellReference = address };
            // A new cell takes its row's style, as Excel does when typing into a formatted row.
            if (row.StyleIndex?.Value is { } rs && row.CustomFormat?.Value == true) cell.StyleIndex = rs;
            if (next is null) row.Append(cell); else row.InsertBefore(cell, next);
            return cell;
        }

        public void Save()
        {
            foreach (var part in _loaded.Values) part.Worksheet.Save();
        }
    }
}
