using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Workbooks.Forms;

/// <summary>
/// What filling a campaign's form gave: the workbook (null when the form could not be filled: nothing half-written is
/// returned) and the findings, each naming the form's sheet, cell and name (a formula kept where a typed figure is
/// tagged, the member table that could not grow, figures the form has no cell for, a package the SDK cannot write).
/// </summary>
public sealed record FormFillResult(byte[]? Workbook, IReadOnlyList<Finding> Findings)
{
    public bool Filled => Workbook is not null;
}

/// <summary>
/// Fills a campaign's own form (a province's workbook tagged with the OR_* names) with a report: each named cell gets
/// its figure, in its own style; a named cell holding a formula keeps the formula and gets the figure as its computed
/// value (Excel recomputes every formula on opening: full calculation on load is set), which is said as a finding when
/// the unit was meant to type the figure there. The loại hình rows are filled by the category their label names. The
/// member table (an Excel table named OR_MemberList, or a workbook name OR_MemberList over its header row and data rows)
/// is filled row by row from its first data row, new rows taking that row's styles and formulas; it never grows over
/// content below it (the form is then refused, with the sheet and cell that is in the way). Everything else of the
/// workbook — sheets, styles, merged cells, other formulas, data validations, print settings — is left as it is: only
/// the worksheets that hold named cells, their table parts and workbook.xml are rewritten, with the Open XML SDK (never
/// re-saved through another library). A consolidated workbook gains the "Theo đơn vị" and "Nguồn" sheets.
/// </summary>
public static partial class CampaignFormWriter
{
    /// <summary>The form could not be opened or written (a package the Open XML SDK refuses); nothing is written.</summary>
    public const string FillFailed = FindingCatalogue.FormFillFailed;
    /// <summary>A typed figure is tagged on a formula cell: the formula is kept (Excel recomputes it), the figure is its cached value.</summary>
    public const string FormulaKept = FindingCatalogue.FormFormulaKept;
    /// <summary>The member list needs more rows than the member table has, and the rows below are not empty: refused.</summary>
    public const string MembersNoRoom = FindingCatalogue.FormMembersNoRoom;
    /// <summary>The report has a member list but the form has no member table (or it has no "Họ và tên" column).</summary>
    public const string MembersNotInForm = FindingCatalogue.FormMembersNotInForm;
    /// <summary>The report has figures the form has no cell for (they are not in the workbook's own sheets).</summary>
    public const string FiguresNotInForm = FindingCatalogue.FormFiguresNotInForm;

    /// <summary>A unit's form filled with its report.</summary>
    public static FormFillResult WriteUnit(byte[] form, UnitReport report, string rulesetId, string formName = DefaultFormName) =>
        Write(form, report, null, rulesetId, formName);

    /// <summary>The upper level's consolidated workbook in the campaign's own form.</summary>
    public static FormFillResult WriteConsolidated(byte[] form, UnitReport parent, IReadOnlyList<ConsolidatedSource> children, string rulesetId, string formName = DefaultFormName) =>
        Write(form, parent, children, rulesetId, formName);

    private const string DefaultFormName = "biểu mẫu của đợt";

    /// <summary>Stops a fill that would overwrite the form's content (the finding says where).</summary>
    private sealed class FillRefusedException(Finding finding) : Exception(finding.Message)
    {
        public Finding Finding { get; } = finding;
    }

    private static FormFillResult Write(byte[] form, UnitReport report, IReadOnlyList<ConsolidatedSource>? children, string rulesetId, string formName)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(report);
        var findings = new List<Finding>();
        try
        {
            return new FormFillResult(Fill(form, report, children, rulesetId, formName, findings), findings);
        }
        catch (FillRefusedException e)
        {
            return new FormFillResult(null, [.. findings, e.Finding]);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
                                   or InvalidOperationException or FormatException or ArgumentException)
        {
            return new FormFillResult(null, [.. findings, Finding.Error(FillFailed, "",
                $"Không điền được {formName}: bộ ghi Open XML không mở hoặc không ghi được tệp ({e.GetType().Name}: {Short(e.Message)}). " +
                "Hãy mở biểu mẫu bằng Excel, lưu lại dưới dạng .xlsx rồi tải lên lại cho đợt.") with { File = formName }]);
        }
    }

    private static byte[] Fill(byte[] form, UnitReport report, IReadOnlyList<ConsolidatedSource>? children, string rulesetId, string formName, List<Finding> findings)
    {
        using var ms = new MemoryStream();
        ms.Write(form);
        ms.Position = 0;
        using (var doc = SpreadsheetDocument.Open(ms, true, new OpenSettings { AutoSave = false }))
        {
            var wbPart = doc.WorkbookPart ?? throw new InvalidDataException("The form has no workbook part.");
            var workbook = wbPart.Workbook ?? throw new InvalidDataException("The form has no workbook.xml.");
            var sheets = (workbook.Sheets ?? throw new InvalidDataException("The form's workbook.xml lists no sheets.")).Elements<Sheet>().Where(s => s.Name?.Value is not null && s.Id?.Value is not null)
                .ToDictionary(s => s.Name!.Value!, s => s.Id!.Value!, StringComparer.OrdinalIgnoreCase);
            var names = new Dictionary<string, FormReference>(StringComparer.OrdinalIgnoreCase);
            DefinedName? memberName = null;
            foreach (var d in workbook.DefinedNames?.Elements<DefinedName>() ?? [])
            {
                if (d.LocalSheetId is not null || d.Name?.Value is not { } n || !n.StartsWith("OR_", StringComparison.OrdinalIgnoreCase)) continue;
                if (FormReference.Parse(d.Text ?? "") is not { } r || !sheets.ContainsKey(r.Sheet)) continue;
                if (string.Equals(n, WorkbookSchema.MemberTable, StringComparison.OrdinalIgnoreCase)) memberName = d;
                else names[n] = r;
            }

            var edits = new SheetEdits(wbPart, sheets, formName, findings);
            var values = FormValues.For(report, rulesetId);
            var missing = new List<string>();
            foreach (var (name, value) in values)
            {
                if (names.TryGetValue(name, out var r)) edits.Set(r.Sheet, r.Row, r.Col, value, name);
                else if (!value.IsEmpty && !value.Computed && name != WorkbookSchema.Ruleset) missing.Add(name);
            }

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
                    if (string.IsNullOrWhiteSpace(label)) edits.Set(slot.Sheet, slot.Row, slot.Col, FormValue.Of(category.Name), null);
                    var row = block?.ByCategory?.FirstOrDefault(c => c.Category == category.Slug);
                    foreach (var f in spec.Fields)
                        if (names.TryGetValue(spec.Name(f), out var column) && column.Sheet == slot.Sheet)
                            edits.Set(slot.Sheet, slot.Row, column.Col, FormValues.Field(f, row), $"{WorkbookSchema.OrgCategoryRow(kind, i).Prefix} × {spec.Name(f)}");
                }
            }
            if (missing.Count > 0)
                findings.Add(Finding.Warning(FiguresNotInForm, "",
                    $"{Capital(formName)} không có ô cho {VietnameseFormat.Count(missing.Count)} chỉ tiêu có số liệu ({string.Join(", ", missing.Take(8))}{(missing.Count > 8 ? ", …" : "")}); " +
                    (children is null ? "các số liệu này không có trong tệp." : "các số liệu này chỉ có ở trang \"Theo đơn vị\" và trong kết quả tổng hợp (JSON).")) with
                { File = formName });

            MemberTable.Fill(wbPart, sheets, memberName, edits, report.MemberList, formName, findings);
            edits.Save();

            if (children is not null)
            {
                var bold = BoldStyle(wbPart);
                AddSheet(wbPart, UniqueName(sheets.Keys, WorkbookSchema.Sheets.BySubunit), BySubunitRows(children), bold, [6, 16, 40]);
                AddSheet(wbPart, UniqueName([.. sheets.Keys, WorkbookSchema.Sheets.BySubunit], WorkbookSchema.Sheets.Sources), SourceRows(children), bold, [6, 16, 32, 34, 70, 26]);
            }
            // Excel recomputes every formula on opening (the cached values written here are the service's figures);
            // the calculation chain is dropped when formula cells were added (Excel rebuilds it).
            var calc = workbook.GetFirstChild<CalculationProperties>();
            if (calc is null)
            {
                calc = new CalculationProperties();
                OpenXmlElement? after = workbook.DefinedNames ?? (OpenXmlElement?)workbook.Sheets;
                workbook.InsertAfter(calc, after);
            }
            calc.FullCalculationOnLoad = true;
            if (edits.FormulasAdded && wbPart.CalculationChainPart is { } chain) wbPart.DeletePart(chain);
            workbook.Save();
        }
        return ms.ToArray();
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.GetCultureInfo("vi-VN")) + s[1..];

    private static string Short(string s) => s.Length > 120 ? s[..120] + "…" : s;

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

    /// <summary>The worksheets touched, loaded once each and saved once; rows found through an index per sheet.</summary>
    private sealed class SheetEdits(WorkbookPart wbPart, Dictionary<string, string> sheets, string formName, List<Finding> findings)
    {
        private readonly Dictionary<string, WorksheetPart> _loaded = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, SortedList<uint, Row>> _rows = new(StringComparer.OrdinalIgnoreCase);
        private SharedStringTable? _strings;
        private List<string>? _stringTexts;
        private Dictionary<string, int>? _stringIndex;
        private int _stringRefsAdded;

        /// <summary>Formula cells were added (new member rows copying their template row's formulas).</summary>
        public bool FormulasAdded { get; set; }

        public WorksheetPart? Part(string sheet)
        {
            if (_loaded.TryGetValue(sheet, out var part)) return part;
            if (!sheets.TryGetValue(sheet, out var id) || wbPart.GetPartById(id) is not WorksheetPart p) return null;
            return _loaded[sheet] = p;
        }

        private SheetData? Data(string sheet) =>
            Part(sheet) is { } part ? part.Worksheet.GetFirstChild<SheetData>() ?? part.Worksheet.AppendChild(new SheetData()) : null;

        private SortedList<uint, Row>? Rows(string sheet)
        {
            if (_rows.TryGetValue(sheet, out var rows)) return rows;
            if (Data(sheet) is not { } data) return null;
            rows = [];
            foreach (var r in data.Elements<Row>())
                if (r.RowIndex?.Value is { } i) rows.TryAdd(i, r);
            return _rows[sheet] = rows;
        }

        /// <summary>The row at an index, created in order when asked.</summary>
        public Row? GetRow(string sheet, int rowIndex, bool create)
        {
            if (Rows(sheet) is not { } rows) return null;
            var index = (uint)rowIndex;
            if (rows.TryGetValue(index, out var row)) return row;
            if (!create) return null;
            row = new Row { RowIndex = index };
            // The first existing row below: binary search over the sorted indexes.
            var keys = rows.Keys;
            int lo = 0, hi = keys.Count;
            while (lo < hi) { var mid = (lo + hi) / 2; if (keys[mid] < index) lo = mid + 1; else hi = mid; }
            var data = Data(sheet)!;
            if (lo >= keys.Count) data.Append(row); else data.InsertBefore(row, rows.Values[lo]);
            rows.Add(index, row);
            return row;
        }

        /// <summary>The text a cell shows now (shared strings resolved), or null.</summary>
        public string? Text(string sheet, int row, int col) => Find(sheet, row, col, create: false) is { } cell ? TextOf(cell) : null;

        public string? TextOf(Cell cell)
        {
            if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
            {
                LoadStrings();
                return i < _stringTexts.Count ? _stringTexts[i] : null;
            }
            if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
            return cell.CellValue?.Text;
        }

        /// <summary>The shared string table, walked once: every item's text by index, and the index of each plain (not rich) text.</summary>
        [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_stringTexts), nameof(_stringIndex))]
        private void LoadStrings()
        {
            if (_stringTexts is not null && _stringIndex is not null) return;
            _strings = wbPart.SharedStringTablePart?.SharedStringTable;
            _stringTexts = [];
            _stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in _strings?.Elements<SharedStringItem>() ?? [])
            {
                if (item.ChildElements.Count == 1 && item.Text is { } plain) _stringIndex.TryAdd(plain.Text, _stringTexts.Count);
                _stringTexts.Add(item.InnerText);
            }
        }

        /// <summary>
        /// The index of a text in the shared string table (added when new, the part created when missing): texts are
        /// written as Excel writes them, so a filled form is as compact as one saved by Excel and reads as fast.
        /// </summary>
        public int SharedString(string text)
        {
            LoadStrings();
            _stringRefsAdded++;
            if (_stringIndex.TryGetValue(text, out var index)) return index;
            if (_strings is null)
            {
                var part = wbPart.SharedStringTablePart ?? wbPart.AddNewPart<SharedStringTablePart>();
                _strings = part.SharedStringTable ??= new SharedStringTable();
            }
            _strings.AppendChild(new SharedStringItem(new Text(text) { Space = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? SpaceProcessingModeValues.Preserve : null }));
            index = _stringTexts.Count;
            _stringTexts.Add(text);
            _stringIndex[text] = index;
            return index;
        }

        /// <summary>
        /// Puts a figure in a named cell. A formula there is kept (its cached value is the figure); when the name is one the
        /// unit types, that is said, with the sheet, cell, name and formula.
        /// </summary>
        public void Set(string sheet, int row, int col, FormValue value, string? name)
        {
            if (value.Computed)
            {
                // A computed percentage only as a formula's cached value: typed, it would read back as a stated figure.
                if (Find(sheet, row, col, create: false) is { CellFormula: not null } formulaCell) Fill(formulaCell, value, "");
                return;
            }
            if (Find(sheet, row, col, create: true) is not { } cell) return;
            if (cell.CellFormula is { } formula && name is not null && !value.IsEmpty && IsTyped(name))
                findings.Add(Finding.Warning(FormulaKept, "",
                    $"{Capital(formName)}, trang \"{sheet}\", ô {Cells.Address(row, col)} ({name}) có công thức ={Short(formula.Text ?? "(công thức dùng chung)")} " +
                    $"trong khi đây là số liệu nhập tay: phần mềm giữ công thức và ghi {value} làm kết quả đã tính; Excel tính lại công thức khi mở tệp, " +
                    "nên số hiển thị có thể khác số liệu tổng hợp. Hãy bỏ công thức ở ô này trong biểu mẫu của đợt, hoặc gắn tên vào ô nhập số liệu.")
                    with
                { File = formName, Sheet = sheet, Cell = Cells.Address(row, col) });
            Fill(cell, value, cell.CellFormula is null ? null : "", SharedString);
        }

        private static bool IsTyped(string name)
        {
            var key = name.Contains(" × ", StringComparison.Ordinal) ? name[(name.IndexOf(" × ", StringComparison.Ordinal) + 3)..] : name;
            return FormContract.ByName.TryGetValue(key, out var f) && f.Kind is FormFigureKind.Count or FormFigureKind.Number or FormFigureKind.Text or FormFigureKind.Flag;
        }

        /// <summary>
        /// Puts a value in a cell, keeping its style. <paramref name="formula"/>: null for a plain value; "" to keep the
        /// cell's own formula (the value becomes its cached result); otherwise a new formula.
        /// </summary>
        public static void Fill(Cell cell, FormValue value, string? formula, Func<string, int>? shared = null)
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
                else if (shared is not null)
                {
                    cell.DataType = CellValues.SharedString;
                    cell.CellValue = new CellValue(shared(t).ToString(CultureInfo.InvariantCulture));
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

        public Cell? Find(string sheet, int rowIndex, int col, bool create)
        {
            if (GetRow(sheet, rowIndex, create) is not { } row) return null;
            return CellIn(row, rowIndex, col, create);
        }

        /// <summary>The cell of a row at a column, created in column order when asked (taking the row's style, as Excel does).</summary>
        public static Cell? CellIn(Row row, int rowIndex, int col, bool create)
        {
            Cell? next = null;
            foreach (var c in row.Elements<Cell>())
            {
                if (c.CellReference?.Value is not { } reference || !Cells.TryParse(reference, out _, out var cc)) continue;
                if (cc == col) return c;
                if (cc > col) { next = c; break; }
            }
            if (!create) return null;
            var cell = new Cell { CellReference = Cells.Address(rowIndex, col) };
            if (row.StyleIndex?.Value is { } rs && row.CustomFormat?.Value == true) cell.StyleIndex = rs;
            if (next is null) row.Append(cell); else row.InsertBefore(cell, next);
            return cell;
        }

        public void Save()
        {
            foreach (var part in _loaded.Values) part.Worksheet.Save();
            if (_strings is not null && _stringRefsAdded > 0)
            {
                _strings.UniqueCount = (uint)_stringTexts!.Count;
                if (_strings.Count is { } count) _strings.Count = count.Value + (uint)_stringRefsAdded;
                _strings.Save();
            }
        }
    }
}
