using System.Globalization;
using System.Xml;
using OfficeReview.Domain.Contract;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Workbooks.Reading;

/// <summary>
/// Reads a unit (or consolidated) workbook into a <see cref="UnitReport"/> by streaming the sheet XML. Everything is
/// found through defined names (OR_*) and the table OR_MemberList — never a fixed address — so renamed sheets, moved
/// blocks, inserted rows or columns, hidden sheets and extra columns still read. Never throws for bad input: what
/// cannot be read becomes a finding with its sheet and cell.
/// </summary>
public static partial class UnitWorkbookReader
{
    public const string NotZip = FindingCatalogue.XlsxNotZip;
    public const string LegacyOrEncrypted = FindingCatalogue.XlsxLegacyOrEncrypted;
    public const string Broken = FindingCatalogue.XlsxBroken;
    public const string NotAForm = FindingCatalogue.XlsxNotAForm;
    public const string VersionDiffers = FindingCatalogue.XlsxTemplateVersion;
    public const string MacrosIgnored = FindingCatalogue.XlsxMacrosIgnored;
    public const string TooLarge = FindingCatalogue.XlsxTooLarge;
    public const string TooLargeExpanded = FindingCatalogue.XlsxExpandedTooLarge;
    public const string TooManyEntries = FindingCatalogue.XlsxTooManyEntries;
    public const string TooManyRows = FindingCatalogue.XlsxTooManyRows;
    public const string DtdForbidden = FindingCatalogue.XlsxDtd;
    public const string BrokenName = FindingCatalogue.XlsxNameBroken;
    public const string MissingName = FindingCatalogue.XlsxNameMissing;
    public const string NotANumber = FindingCatalogue.XlsxNotANumber;
    public const string CellError = FindingCatalogue.XlsxCellError;
    public const string UnknownValue = FindingCatalogue.XlsxUnknownValue;
    public const string MissingValue = FindingCatalogue.XlsxMissingValue;
    public const string MemberColumnMissing = FindingCatalogue.XlsxMemberColumnMissing;
    public const string TooManyCells = FindingCatalogue.XlsxTooManyCells;
    public const string TooManyStrings = FindingCatalogue.XlsxTooManyStrings;
    public const string TooManyNames = FindingCatalogue.XlsxTooManyNames;
    /// <summary>A cell or row the reader cannot place (outside the grid, unreadable reference, repeated, out of order).</summary>
    public const string DamagedCell = FindingCatalogue.XlsxCellDamaged;
    /// <summary>A cell of type "shared string" whose index is not in the shared string table.</summary>
    public const string SharedStringMissing = FindingCatalogue.XlsxSharedStringMissing;
    /// <summary>A formula cell without the value Excel computed (the file was written by a tool that does not calculate).</summary>
    public const string FormulaWithoutValue = FindingCatalogue.XlsxFormulaNoValue;
    /// <summary>A number the reader cannot hold as a count (beyond Int64, NaN, infinite).</summary>
    public const string NumberOutOfRange = FindingCatalogue.XlsxNumberOutOfRange;
    /// <summary>A part read whole but damaged: UTF-16 without its byte order mark, or bytes not in the encoding it declares.</summary>
    public const string PartEncoding = FindingCatalogue.XlsxPartEncoding;
    /// <summary>A relationship the reader follows points at a part missing from the package.</summary>
    public const string PartMissing = FindingCatalogue.XlsxPartMissing;
    /// <summary>A declared range (table, filter, sheet dimension) larger than a form can be; only the data present is read.</summary>
    public const string RangeTooLarge = FindingCatalogue.XlsxRangeTooLarge;
    /// <summary>A workbook saved as Strict Open XML, which the reader does not read.</summary>
    public const string StrictOoxml = FindingCatalogue.XlsxStrict;
    /// <summary>Text typed in an old Vietnamese encoding (TCVN3/ABC, VNI), converted to Unicode (information, with its cell).</summary>
    public const string TextLegacy = FindingCatalogue.XlsxTextLegacyEncoding;
    /// <summary>Text that may be TCVN3 or VNI with nothing to decide: kept as it is (warning, with its cell).</summary>
    public const string TextAmbiguous = FindingCatalogue.XlsxTextEncodingAmbiguous;
    /// <summary>Decomposed (NFD) Vietnamese text, composed to NFC (information, with its cell).</summary>
    public const string TextNfd = FindingCatalogue.XlsxTextNfd;
    /// <summary>Notes about converted text listed one by one per kind; the rest are counted in one closing note.</summary>
    public const int MaxTextNotes = 20;
    /// <summary>More findings than <see cref="WorkbookLimits.MaxFindings"/>: the rest are counted in this one.</summary>
    public const string TooManyFindings = FindingCatalogue.XlsxTooManyFindings;

    /// <summary>The findings of one reading, at most a bound (a hostile file could otherwise make millions); the rest are counted.</summary>
    private sealed class BoundedFindings(int max) : System.Collections.ObjectModel.Collection<Finding>
    {
        public int Dropped { get; private set; }

        protected override void InsertItem(int index, Finding item)
        {
            if (Count >= max) { Dropped++; return; }
            base.InsertItem(index, item);
        }

        /// <summary>Adds past the bound (the closing count).</summary>
        public void Append(Finding item) => base.InsertItem(Count, item);
    }

    public static WorkbookReadResult Read(byte[] bytes, string fileName, WorkbookLimits? limits = null) =>
        Read((ReadOnlyMemory<byte>)bytes, fileName, limits);

    public static WorkbookReadResult Read(ReadOnlyMemory<byte> bytes, string fileName, WorkbookLimits? limits = null)
    {
        limits ??= WorkbookLimits.Default;
        var span = bytes.Span;
        if (span.Length > limits.MaxFileBytes)
            return Fail(TooLarge, $"Tệp {fileName} có {VietnameseFormat.Count(span.Length)} byte, vượt giới hạn {limits.Describe(nameof(WorkbookLimits.MaxFileBytes))}.");
        if (span.Length >= 8 && span[0] == 0xD0 && span[1] == 0xCF && span[2] == 0x11 && span[3] == 0xE0)
            return Fail(LegacyOrEncrypted,
                $"Tệp {fileName} là bảng tính Excel 97–2003 (.xls) hoặc bảng tính có đặt mật khẩu: phần mềm không đọc được. " +
                "Hãy mở tệp bằng Excel, bỏ mật khẩu (nếu có) rồi lưu lại dưới dạng .xlsx (File › Save As › Excel Workbook).");
        if (span.Length < 4 || span[0] != (byte)'P' || span[1] != (byte)'K')
            return Fail(NotZip, $"Tệp {fileName} không phải bảng tính .xlsx (không phải tệp nén Open XML). Hãy gửi biểu mẫu dạng .xlsx.");

        var session = new Session(fileName, limits);
        try
        {
            var stream = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(bytes.ToArray(), writable: false);
            using var parts = new XlsxParts(stream, limits);
            return session.Run(parts);
        }
        catch (WorkbookStopException e)
        {
            return Fail(e.Code, $"Tệp {fileName} {e.Message}.");
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(DtdForbidden, $"Tệp {fileName} có phần XML chứa khai báo DTD; vì an toàn phần mềm không đọc tệp này. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.");
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or FormatException or OverflowException)
        {
            return Fail(Broken, $"Tệp {fileName} bị hỏng, không đọc được ({e.GetType().Name}: {Short(e.Message)}). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.");
        }
    }

    public static WorkbookReadResult Read(Stream stream, string fileName, WorkbookLimits? limits = null)
    {
        limits ??= WorkbookLimits.Default;
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            if (ms.Length + n > limits.MaxFileBytes)
                return Fail(TooLarge, $"Tệp {fileName} vượt giới hạn {limits.Describe(nameof(WorkbookLimits.MaxFileBytes))}.");
            ms.Write(buffer, 0, n);
        }
        return Read(ms.GetBuffer().AsMemory(0, (int)ms.Length), fileName, limits);
    }

    private static string Short(string s) => s.Length > 160 ? s[..160] + "…" : s;

    private static WorkbookReadResult Fail(string code, string message) =>
        new(null, [Finding.Error(code, "", message)], CellMap.Empty);

    // -------------------------------------------------------------------------------------------------------------

    private enum CellKind : byte { Empty, Number, SharedString, Text, Bool, Error }

    private sealed class RawCell
    {
        public CellKind Kind;
        public string? Value;
        public bool Formula;
        public bool Present;
        /// <summary>Its damage has been reported (a cell read twice is reported once).</summary>
        public bool Reported;
    }

    private sealed record NamedCell(string Sheet, int Row, int Col);

    /// <summary>The label of a field in messages, built only when a finding needs it.</summary>
    private readonly record struct FieldLabel(string Row, CountField? Field)
    {
        public static implicit operator FieldLabel(string label) => new(label, null);
        public override string ToString() => Field is not { } f ? Row
            : $"{Row}: {(f.Level is { } lv ? lv.VietnameseName() + (f.Kind == CountFieldKind.Percent ? " (tỷ lệ %)" : " (số)") : f.Header)}";
    }

    /// <summary>A JSON path built only when a finding needs it ("memberList[41].decidedLevel").</summary>
    private readonly record struct FieldPath(string Prefix, int Index, string Key)
    {
        public static implicit operator FieldPath(string path) => new(path, -1, "");
        public override string ToString() => Index < 0 ? Prefix : $"{Prefix}[{Index}].{Key}";
    }

    private sealed class SheetInfo
    {
        public required string Name;
        public required string Path;
        public readonly Dictionary<long, RawCell> Wanted = [];
        public int TableFirstRow, TableLastRow;
        /// <summary>
        /// The member table's columns that are read (absolute column → slot in a row's array): only the columns whose
        /// header is one of the form's, so a row costs a few slots whatever range the table declares.
        /// </summary>
        public Dictionary<int, int> TableSlots = [];
        public readonly List<(int Row, RawCell[] Cells)> TableRows = [];
        public bool HasTable => TableLastRow > 0 && TableSlots.Count > 0;

        /// <summary>
        /// The cell to fill for a &lt;c&gt; at (row, col): a fresh cell of the member table (starting the row's array on
        /// its first read cell), a wanted named cell, or null to skip. Shared by the byte scanner and the XmlReader fallback.
        /// </summary>
        public RawCell? Target(int row, int col, ref RawCell[]? tableRow)
        {
            if (HasTable && row >= TableFirstRow && row <= TableLastRow && TableSlots.TryGetValue(col, out var slot))
            {
                if (tableRow is null)
                {
                    tableRow = new RawCell[TableSlots.Count];
                    TableRows.Add((row, tableRow));
                }
                return tableRow[slot] = new RawCell();
            }
            return Wanted.Count > 0 && Wanted.TryGetValue(Key(row, col), out var w) ? w : null;
        }
    }

    private static long Key(int row, int col) => ((long)row << 16) | (uint)col;

    // Folded lookups computed once per process, not per workbook.
    private static readonly Dictionary<string, string> s_categoryByText =
        UnitCategories.All.SelectMany(c => new[] { (c.Name, c.Slug), (c.Slug, c.Slug) }).DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
    private static readonly Dictionary<string, string> s_categoryByKey =
        UnitCategories.All.SelectMany(c => new[] { (VietnameseText.FoldKey(c.Name), c.Slug), (c.Slug, c.Slug) }).DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
    private static readonly Dictionary<string, UnitKind> s_kindByKey =
        UnitKinds.All.SelectMany(k => new[] { (VietnameseText.FoldKey(k.VietnameseName()), k), (k.Slug(), k) }).DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
    /// <summary>
    /// The values the form's lists offer (loại hình, kinds, levels, exempt reasons): Unicode by construction, never
    /// taken for old-font text ("Xã" is also TCVN3 for "Xó").
    /// </summary>
    private static readonly HashSet<string> s_vocabulary = new(
        UnitCategories.All.Select(c => c.Name)
            .Concat(UnitKinds.All.Select(k => k.VietnameseName()))
            .Concat(RatingLevels.All.Select(l => l.VietnameseName()))
            .Concat(ExemptReasons.All.Select(r => r.VietnameseName())), StringComparer.Ordinal);
    private static readonly string[][] s_slotNames = OrganizationBlockKinds.All
        .Select(k => Enumerable.Range(0, WorkbookSchema.CategorySlots).Select(i => WorkbookSchema.OrgCategoryRow(k, i).Prefix).ToArray()).ToArray();
    private static readonly string[][] s_blockFieldNames = OrganizationBlockKinds.All
        .Select(k => WorkbookSchema.BlockFields.Where(f => f.Kind != CountFieldKind.QuotaRatio).Select(WorkbookSchema.OrgBlockRow(k).Name).ToArray()).ToArray();
    private static readonly CountRowSpec[] s_blockSpecs = OrganizationBlockKinds.All.Select(WorkbookSchema.OrgBlockRow).ToArray();

    private sealed partial class Session(string fileName, WorkbookLimits limits)
    {
        public string FileName => fileName;
        private long _cellsRead;
        private readonly BoundedFindings _findings = new(limits.MaxFindings);
        private readonly CellMap _map = new();
        private readonly Dictionary<string, NamedCell> _names = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _constants = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, SheetInfo> _sheets = new(StringComparer.Ordinal);
        private string[] _strings = [];
        private readonly NameTable _nameTable = new();

        public WorkbookReadResult Run(XlsxParts parts)
        {
            var rootRels = parts.Relationships("");
            var workbookPath = rootRels.Values.FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target ?? "xl/workbook.xml";
            if (!parts.Exists(workbookPath))
                return Fail(Broken, $"Tệp {fileName} không có phần workbook (xl/workbook.xml); không phải bảng tính Excel hợp lệ.");
            if (parts.Exists("xl/vbaProject.bin"))
                _findings.Add(Finding.Info(MacrosIgnored, "", $"Tệp {fileName} có macro (.xlsm); macro được bỏ qua, chỉ đọc số liệu.") with { File = fileName });

            var (sheetList, definedNames) = InPart(workbookPath, null, () => ReadWorkbook(parts, workbookPath));
            if (definedNames.Count > limits.MaxDefinedNames)
                throw new WorkbookStopException(TooManyNames, $"có {VietnameseFormat.Count(definedNames.Count)} tên vùng, vượt giới hạn {limits.Describe(nameof(WorkbookLimits.MaxDefinedNames))}");
            var wbRels = parts.Relationships(workbookPath);
            foreach (var (name, rid) in sheetList)
            {
                if (wbRels.TryGetValue(rid, out var rel))
                {
                    _sheets[name] = new SheetInfo { Name = name, Path = rel.Target };
                    if (!parts.Exists(rel.Target))
                        _findings.Add(Finding.Error(PartMissing, "",
                            $"Tệp {fileName}, trang tính \"{Short(name)}\": phần {Short(rel.Target)} của trang tính không có trong tệp; tệp bị hỏng, hãy mở và lưu lại bằng Excel.")
                            with
                        { File = fileName, Sheet = name });
                }
                else
                    _findings.Add(Finding.Error(PartMissing, "",
                        $"Tệp {fileName}, trang tính \"{Short(name)}\": quan hệ {Short(rid)} của trang tính không có trong {Short(RelsOf(workbookPath))}; tệp bị hỏng, hãy mở và lưu lại bằng Excel.")
                        with
                    { File = fileName, Sheet = name });
            }

            foreach (var (name, text) in definedNames)
            {
                if (!name.StartsWith("OR_", StringComparison.OrdinalIgnoreCase)) continue;
                if (ParseReference(text) is { } cell && _sheets.ContainsKey(cell.Sheet)) _names[name] = cell;
                // A form tagged from a province's own workbook carries its metadata as constant names (="officereview.bieu-don-vi").
                else if (IsMetadataName(name) && ParseConstant(text) is { } constant) _constants[name] = constant;
                else _findings.Add(Finding.Error(BrokenName, "", $"Tên vùng {name} trong tệp {fileName} bị hỏng ({Short(text)}); hãy khôi phục biểu mẫu hoặc sửa lại tên vùng trong Name Manager."));
            }

            if (!_names.ContainsKey(WorkbookSchema.FormId) && !_constants.ContainsKey(WorkbookSchema.FormId))
            {
                AddPartDamage(parts);
                return new WorkbookReadResult(null,
                    [.. _findings, Finding.Error(NotAForm, "",
                        $"Tệp {fileName} không phải biểu mẫu kết quả đánh giá, xếp loại của OfficeReview (không có tên vùng {WorkbookSchema.FormId}). " +
                        $"Hãy nhập số liệu vào biểu mẫu {WorkbookTemplates.UnitFileName}, phiên bản {WorkbookSchema.TemplateVersion}.")], CellMap.Empty);
            }

            // What to read: every named cell, the cells of the loại hình slots, the member table.
            // Lists and the per-subordinate rows of a consolidated workbook are not part of the report: not read.
            foreach (var (name, cell) in _names)
                if (!name.StartsWith("OR_List_", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("OR_Sub_", StringComparison.OrdinalIgnoreCase))
                    Want(cell.Sheet, cell.Row, cell.Col);
            foreach (var kind in OrganizationBlockKinds.All)
            {
                var fieldNames = s_blockFieldNames[(int)kind];
                var columns = new List<int>(fieldNames.Length);
                foreach (var n in fieldNames) if (_names.TryGetValue(n, out var column)) columns.Add(column.Col);
                foreach (var slotName in s_slotNames[(int)kind])
                    if (_names.TryGetValue(slotName, out var slot))
                        foreach (var col in columns) Want(slot.Sheet, slot.Row, col);
            }
            var table = FindTable(parts, WorkbookSchema.MemberTable);
            // A form tagged from a province's own workbook may name its member list's range (header row and rows) instead.
            var memberRange = table is null ? NamedMemberRange(definedNames) : null;

            if (parts.Exists("xl/sharedStrings.xml")) _strings = InPart("xl/sharedStrings.xml", null, () => ReadSharedStrings(parts, "xl/sharedStrings.xml"));
            foreach (var sheet in _sheets.Values)
                if (sheet.Wanted.Count > 0 || sheet.HasTable) InPart(sheet.Path, sheet.Name, () => ReadSheet(parts, sheet));
            if (memberRange is { } range) table = MemberRangeTable(range);

            AddPartDamage(parts);
            var metadata = new WorkbookMetadata(Text(WorkbookSchema.FormId, null), Text(WorkbookSchema.Version, null), Text(WorkbookSchema.Ruleset, null));
            if (metadata.FormId is not (WorkbookSchema.UnitFormId or WorkbookSchema.ConsolidatedFormId))
                return new WorkbookReadResult(null,
                    [.. _findings, Locate(Finding.Error(NotAForm, "", $"Tệp {fileName} không phải biểu mẫu của OfficeReview (mã biểu mẫu \"{metadata.FormId}\"); cần biểu mẫu {WorkbookTemplates.UnitFileName}, phiên bản {WorkbookSchema.TemplateVersion}."), WorkbookSchema.FormId)],
                    CellMap.Empty);
            if (metadata.TemplateVersion is { } v && v.Split('.')[0] != WorkbookSchema.TemplateVersion.Split('.')[0])
                _findings.Add(Locate(Finding.Warning(VersionDiffers, "", $"Tệp {fileName} dùng biểu mẫu phiên bản {v}; phần mềm đọc theo phiên bản {WorkbookSchema.TemplateVersion}."), WorkbookSchema.Version));

            var report = BuildReport(table);
            CloseTextNotes();
            if (_findings.Dropped > 0)
                _findings.Append(Finding.Error(TooManyFindings, "",
                    $"Tệp {fileName}: còn {VietnameseFormat.Count(_findings.Dropped)} lỗi khác không liệt kê (chỉ liệt kê {limits.Describe(nameof(WorkbookLimits.MaxFindings))}).") with
                { File = fileName });
            return new WorkbookReadResult(report, [.. _findings], _map) { Metadata = metadata };
        }

        /// <summary>Error findings for the parts read whole but damaged (their encoding), naming the part and its sheet.</summary>
        private void AddPartDamage(XlsxParts parts)
        {
            foreach (var (part, what) in parts.Damage.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                var sheet = _sheets.Values.FirstOrDefault(s => string.Equals(s.Path, part, StringComparison.OrdinalIgnoreCase))?.Name;
                _findings.Add(Finding.Error(PartEncoding, "",
                    $"Tệp {fileName}, phần {part}{(sheet is null ? "" : $" (trang tính \"{sheet}\")")} {what}; số liệu vẫn được đọc nhưng tệp bị hỏng, hãy mở và lưu lại bằng Excel.")
                    with
                { File = fileName, Sheet = sheet });
            }
        }

        /// <summary>
        /// The widest range a sheet or table of the form may declare: 256 columns (to column IV). The form uses fewer than
        /// 30, so columns a user adds stay well inside.
        /// </summary>
        internal const int MaxFormColumns = 256;

        /// <summary>
        /// An error finding when a declared range has more rows than <see cref="WorkbookLimits.MaxRows"/> or more columns
        /// than <see cref="MaxFormColumns"/>; nothing is sized from the range, so this is all it costs.
        /// </summary>
        internal Finding? AbsurdRange(string sheet, string what, string reference, int r1, int c1, int r2, int c2)
        {
            long rows = (long)r2 - r1 + 1, cols = (long)c2 - c1 + 1;
            if (rows <= limits.MaxRows && cols <= MaxFormColumns) return null;
            var range = Short(reference);
            return Finding.Error(RangeTooLarge, "",
                $"Tệp {fileName}, trang tính \"{sheet}\": {what} khai báo vùng {range} ({VietnameseFormat.Count(rows)} dòng × {VietnameseFormat.Count(cols)} cột), " +
                $"vượt giới hạn {limits.Describe(nameof(WorkbookLimits.MaxRows))} hoặc {VietnameseFormat.Count(MaxFormColumns)} cột (đến cột IV) của biểu mẫu; " +
                "chỉ các ô có dữ liệu được đọc. Hãy xóa phần thừa của vùng rồi lưu lại bằng Excel.")
                with
            { File = fileName, Sheet = sheet, Cell = range };
        }

        private static string RelsOf(string partPath)
        {
            var slash = partPath.LastIndexOf('/');
            return slash < 0 ? "_rels/" + partPath + ".rels" : partPath[..slash] + "/_rels/" + partPath[(slash + 1)..] + ".rels";
        }

        /// <summary>Whether the root element of workbook.xml is in the Strict Open XML namespace.</summary>
        private static bool IsStrict(byte[] b)
        {
            var i = 0;
            while (true)
            {
                var lt = b.AsSpan(i).IndexOf((byte)'<');
                if (lt < 0) return false;
                i += lt + 1;
                if (i < b.Length && b[i] is not ((byte)'?' or (byte)'!')) break;
            }
            var end = b.AsSpan(i).IndexOf((byte)'>');
            return b.AsSpan(i, end < 0 ? b.Length - i : end).IndexOf("purl.oclc.org/ooxml/spreadsheetml/main"u8) >= 0;
        }

        // ---- workbook.xml, names, tables ---------------------------------------------------------------------------

        /// <summary>Runs a reader of one part; XML that is not well-formed stops the reading with the part (and sheet) named.</summary>
        private static T InPart<T>(string path, string? sheet, Func<T> read)
        {
            try { return read(); }
            catch (XmlException e) when (!e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
            {
                throw new WorkbookStopException(Broken,
                    $"bị hỏng ở phần {path}{(sheet is null ? "" : $" (trang tính \"{sheet}\")")}, dòng {e.LineNumber}, vị trí {e.LinePosition}: " +
                    $"nội dung XML không hợp lệ ({Short(e.Message)}); hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx");
            }
        }

        private static void InPart(string path, string? sheet, Action read) => InPart<bool>(path, sheet, () => { read(); return true; });

        private static (List<(string Name, string Rid)>, List<(string Name, string Text)>) ReadWorkbook(XlsxParts parts, string path)
        {
            var sheets = new List<(string, string)>();
            var names = new List<(string, string)>();
            var bytes = parts.ReadBytes(path)!;
            if (IsStrict(bytes))
                throw new WorkbookStopException(StrictOoxml,
                    "được lưu theo định dạng Strict Open XML (\"Strict Open XML Spreadsheet\"), phần mềm không đọc định dạng này; " +
                    "hãy mở tệp bằng Excel và lưu lại với kiểu \"Excel Workbook (.xlsx)\" (File › Save As)");
            if (FastXml.TryReadWorkbook(bytes, sheets, names)) return (sheets, names);
            sheets.Clear();
            names.Clear();
            using var r = parts.OpenXml(bytes);
            var moved = false;
            while (moved || r.Read())
            {
                moved = false;
                if (r.NodeType != XmlNodeType.Element) continue;
                if (r.LocalName == "sheet")
                {
                    var name = r.GetAttribute("name");
                    var rid = r.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                    if (name is not null && rid is not null) sheets.Add((name, rid));
                }
                else if (r.LocalName == "definedName")
                {
                    var name = r.GetAttribute("name");
                    var local = r.GetAttribute("localSheetId");
                    var text = r.ReadElementContentAsString();
                    moved = true;
                    if (name is not null && local is null) names.Add((name, text));
                }
            }
            return (sheets, names);
        }

        private static bool IsMetadataName(string name) =>
            string.Equals(name, WorkbookSchema.FormId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, WorkbookSchema.Version, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, WorkbookSchema.Ruleset, StringComparison.OrdinalIgnoreCase);

        /// <summary>"\"officereview.bieu-don-vi\"" or "=\"1.0\"" → the text; null when the name is not a string constant.</summary>
        internal static string? ParseConstant(string text)
        {
            var t = text.Trim();
            if (t.StartsWith('=')) t = t[1..].Trim();
            if (t.Length < 2 || t[0] != '"' || t[^1] != '"') return null;
            var inner = t[1..^1];
            if (inner.Replace("\"\"", "").Contains('"')) return null;
            return inner.Replace("\"\"", "\"");
        }

        /// <summary>"'Tổ chức đảng'!$C$12" or "Sheet1!$B$9:$D$9" (first cell) → the sheet and cell; null when broken (#REF!).</summary>
        private static NamedCell? ParseReference(string text)
        {
            var t = text.Trim();
            if (t.StartsWith('=')) t = t[1..];
            var bang = t.LastIndexOf('!');
            if (bang <= 0) return null;
            var sheet = t[..bang];
            if (sheet.Length >= 2 && sheet[0] == '\'' && sheet[^1] == '\'') sheet = sheet[1..^1].Replace("''", "'");
            var reference = t[(bang + 1)..];
            var colon = reference.IndexOf(':');
            if (colon >= 0) reference = reference[..colon];
            return Cells.TryParse(reference, out var row, out var col) ? new NamedCell(sheet, row, col) : null;
        }

        private void Want(string sheet, int row, int col)
        {
            if (!_sheets.TryGetValue(sheet, out var info)) return;
            var key = Key(row, col);
            if (!info.Wanted.ContainsKey(key)) info.Wanted[key] = new RawCell();
        }

        private TableInfo? FindTable(XlsxParts parts, string tableName)
        {
            foreach (var sheet in _sheets.Values)
            {
                foreach (var (_, (type, target)) in parts.Relationships(sheet.Path))
                {
                    if (!type.EndsWith("/table", StringComparison.Ordinal)) continue;
                    string? name = null, reference = null, filter = null;
                    var headerRows = 1;
                    var totalsRows = 0;
                    var columns = new List<string>();
                    var exists = InPart(target, sheet.Name, () =>
                    {
                        using var r = parts.OpenXml(target);
                        if (r is null) return false;
                        while (r.Read())
                        {
                            if (r.NodeType != XmlNodeType.Element) continue;
                            if (r.LocalName == "table")
                            {
                                name = r.GetAttribute("name") ?? r.GetAttribute("displayName");
                                reference = r.GetAttribute("ref");
                                if (int.TryParse(r.GetAttribute("headerRowCount"), out var h)) headerRows = h;
                                if (int.TryParse(r.GetAttribute("totalsRowCount"), out var tr)) totalsRows = tr;
                                if (!string.Equals(name, tableName, StringComparison.OrdinalIgnoreCase)) break;
                            }
                            else if (r.LocalName == "autoFilter" && r.Depth == 1) filter = r.GetAttribute("ref");
                            else if (r.LocalName == "tableColumn")
                            {
                                if (columns.Count >= GridColumns) break;
                                columns.Add(r.GetAttribute("name") ?? "");
                            }
                        }
                        return true;
                    });
                    if (!exists)
                    {
                        _findings.Add(Finding.Error(PartMissing, "",
                            $"Tệp {fileName}, trang tính \"{sheet.Name}\": bảng (phần {Short(target)}) được khai báo nhưng không có trong tệp; tệp bị hỏng, danh sách trong bảng này không đọc được. Hãy mở và lưu lại bằng Excel.")
                            with
                        { File = fileName, Sheet = sheet.Name });
                        continue;
                    }
                    if (!string.Equals(name, tableName, StringComparison.OrdinalIgnoreCase)) continue;
                    var parts2 = (reference ?? "").Split(':');
                    if (parts2.Length != 2 || !Cells.TryParse(parts2[0], out var r1, out var c1) || !Cells.TryParse(parts2[1], out var r2, out var c2) || r2 < r1 || c2 < c1)
                    {
                        // The list is there but cannot be placed: its rows are not read, and that is said.
                        _findings.Add(Finding.Error(BrokenName, "memberList",
                            $"Tệp {fileName}: bảng {tableName} (trang \"{sheet.Name}\", phần {target}) có vùng \"{Short(reference ?? "")}\" không hợp lệ; danh sách đảng viên không được đọc. Hãy mở tệp bằng Excel và lưu lại.")
                            with
                        { File = fileName, Sheet = sheet.Name });
                        return null;
                    }
                    // A range larger than any form is said, and only the rows present are read.
                    if (AbsurdRange(sheet.Name, $"bảng {tableName}", reference!, r1, c1, r2, c2) is { } tooLarge) _findings.Add(tooLarge with { Path = "memberList" });
                    if (filter is not null && filter.Split(':') is [var f1, var f2] && Cells.TryParse(f1, out var fr1, out var fc1) && Cells.TryParse(f2, out var fr2, out var fc2)
                        && AbsurdRange(sheet.Name, $"bộ lọc của bảng {tableName}", filter, fr1, fc1, fr2, fc2) is { } filterTooLarge)
                        _findings.Add(filterTooLarge with { Path = "memberList" });
                    // Only the columns the form knows are read, in the table's declared width; nothing is sized from the range.
                    var byKey = new Dictionary<string, int>(StringComparer.Ordinal); // json key → absolute column
                    for (var i = 0; i < columns.Count && c1 + i <= c2; i++)
                    {
                        var column = WorkbookSchema.MemberColumnsByKey.GetValueOrDefault(VietnameseText.FoldKey(Clean(columns[i])));
                        if (column?.JsonKey is { } jsonKey && !byKey.ContainsKey(jsonKey)) byKey[jsonKey] = c1 + i;
                    }
                    sheet.TableFirstRow = r1 + Math.Clamp(headerRows, 0, 1);
                    sheet.TableLastRow = r2 - Math.Clamp(totalsRows, 0, 1);
                    sheet.TableSlots = byKey.Values.Select((col, slot) => (col, slot)).ToDictionary(x => x.col, x => x.slot);
                    return new TableInfo(sheet, r1, c1, byKey);
                }
            }
            return null;
        }

        private sealed record TableInfo(SheetInfo Sheet, int HeaderRow, int FirstCol, Dictionary<string, int> ByKey);

        /// <summary>
        /// The workbook name OR_MemberList over a range (header row and data rows): every column of the range is read,
        /// the header row with them, and the header texts decide the columns after the scan. Null without such a name.
        /// </summary>
        private (SheetInfo Sheet, int HeaderRow, int FirstCol)? NamedMemberRange(List<(string Name, string Text)> definedNames)
        {
            foreach (var (name, text) in definedNames)
            {
                if (!string.Equals(name, WorkbookSchema.MemberTable, StringComparison.OrdinalIgnoreCase) || ParseReference(text) is not { } first
                    || !_sheets.TryGetValue(first.Sheet, out var sheet)) continue;
                var t = text.Trim().TrimStart('=');
                var colon = t.IndexOf(':', t.LastIndexOf('!') + 1);
                int r2 = first.Row, c2 = first.Col + MaxFormColumns - 1;
                if (colon > 0 && Cells.TryParse(t[(colon + 1)..].Replace("$", "", StringComparison.Ordinal), out var er, out var ec) && er >= first.Row && ec >= first.Col)
                {
                    if (AbsurdRange(sheet.Name, $"vùng tên {WorkbookSchema.MemberTable}", t[(t.LastIndexOf('!') + 1)..], first.Row, first.Col, er, ec) is { } tooLarge)
                        _findings.Add(tooLarge with { Path = "memberList" });
                    (r2, c2) = (Math.Min(er, first.Row + limits.MaxRows), Math.Min(ec, first.Col + MaxFormColumns - 1));
                }
                sheet.TableFirstRow = first.Row; // the header row is read with the rows
                sheet.TableLastRow = r2;
                sheet.TableSlots = Enumerable.Range(first.Col, c2 - first.Col + 1).Select((col, slot) => (col, slot)).ToDictionary(x => x.col, x => x.slot);
                return (sheet, first.Row, first.Col);
            }
            return null;
        }

        /// <summary>After the scan: the named range's header row gives its columns (as a table's header would); the rows below are the list.</summary>
        private TableInfo MemberRangeTable((SheetInfo Sheet, int HeaderRow, int FirstCol) range)
        {
            var sheet = range.Sheet;
            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            var header = sheet.TableRows.FindIndex(r => r.Row == range.HeaderRow);
            if (header >= 0)
            {
                var cells = sheet.TableRows[header].Cells;
                foreach (var (col, slot) in sheet.TableSlots.OrderBy(x => x.Key))
                {
                    var c = cells[slot];
                    if (c is null || !c.Present || TextOf(c) is not { } text) continue;
                    var column = WorkbookSchema.MemberColumnsByKey.GetValueOrDefault(VietnameseText.FoldKey(text));
                    if (column?.JsonKey is { } key) byKey.TryAdd(key, col);
                }
                sheet.TableRows.RemoveAt(header);
            }
            return new TableInfo(sheet, range.HeaderRow, range.FirstCol, byKey);
        }


        // ---- streaming the parts -----------------------------------------------------------------------------------

        private string[] ReadSharedStrings(XlsxParts parts, string path)
        {
            var bytes = parts.ReadBytes(path);
            if (bytes is null) return [];
            return FastXml.TryReadSharedStrings(bytes, limits.MaxSharedStrings, TooManySharedStrings) ?? ReadSharedStringsXml(parts.OpenXml(bytes, _nameTable));
        }

        private WorkbookStopException TooManySharedStrings() =>
            new(TooManyStrings, $"có hơn {limits.Describe(nameof(WorkbookLimits.MaxSharedStrings))} (phần xl/sharedStrings.xml)");

        private string[] ReadSharedStringsXml(XmlReader reader)
        {
            using var r = reader;
            var list = new List<string>();
            var si = _nameTable.Add("si");
            var t = _nameTable.Add("t");
            var rPh = _nameTable.Add("rPh");
            System.Text.StringBuilder? sb = null;
            string? single = null;
            var inPhonetic = 0;
            var moved = false;
            while (moved || r.Read())
            {
                moved = false;
                if (r.NodeType == XmlNodeType.Element)
                {
                    var n = r.LocalName;
                    if ((object)n == si)
                    {
                        if (list.Count >= limits.MaxSharedStrings) throw TooManySharedStrings();
                        single = null; sb = null;
                        if (r.IsEmptyElement) list.Add("");
                    }
                    else if ((object)n == rPh && !r.IsEmptyElement) inPhonetic++;
                    else if ((object)n == t && inPhonetic == 0)
                    {
                        var text = r.ReadElementContentAsString();
                        moved = true;
                        if (single is null && sb is null) single = text;
                        else { sb ??= new System.Text.StringBuilder(single); sb.Append(text); single = ""; }
                    }
                }
                else if (r.NodeType == XmlNodeType.EndElement)
                {
                    var n = r.LocalName;
                    if ((object)n == si) list.Add(sb?.ToString() ?? single ?? "");
                    else if ((object)n == rPh) inPhonetic--;
                }
            }
            return [.. list];
        }

        private void ReadSheet(XlsxParts parts, SheetInfo sheet)
        {
            var bytes = parts.ReadBytes(sheet.Path)
                ?? throw new WorkbookStopException(Broken, $"thiếu phần {sheet.Path} của trang tính \"{sheet.Name}\"; tệp bị hỏng, hãy mở bằng Excel và lưu lại dưới dạng .xlsx");
            // The fast scanner handles what spreadsheet producers write; anything unusual (CDATA, another encoding,
            // a malformed entity, a truncated part) is read again by XmlReader from the start, which names the damage.
            var cursor = new SheetCursor(this, sheet, limits, _cellsRead);
            if (!ScanSheet(bytes, cursor))
            {
                sheet.TableRows.Clear();
                foreach (var c in sheet.Wanted.Values) { c.Present = false; c.Value = null; c.Formula = false; c.Kind = CellKind.Empty; }
                cursor = new SheetCursor(this, sheet, limits, _cellsRead);
                ReadSheetXml(parts.OpenXml(bytes, _nameTable), cursor);
            }
            _cellsRead += cursor.Cells;
            foreach (var f in cursor.Findings()) _findings.Add(f);
        }

        private void ReadSheetXml(XmlReader reader, SheetCursor cursor)
        {
            using var r = reader;
            var rowName = _nameTable.Add("row");
            var cName = _nameTable.Add("c");
            var vName = _nameTable.Add("v");
            var fName = _nameTable.Add("f");
            var tName = _nameTable.Add("t");
            var isName = _nameTable.Add("is");
            var rPhName = _nameTable.Add("rPh");
            RawCell? current = null;
            var inInline = false;
            var inPhonetic = false;
            var moved = false;
            while (moved || r.Read())
            {
                moved = false;
                var node = r.NodeType;
                if (node == XmlNodeType.Element)
                {
                    var n = r.LocalName;
                    if ((object)n == cName)
                    {
                        var reference = r.GetAttribute("r");
                        inInline = false;
                        current = reference is null ? cursor.Cell(0, 0, null)
                            : Cells.TryParse(reference, out var rr, out var cc) ? cursor.Cell(rr, cc, null)
                            : FastXml.TryParseCell(System.Text.Encoding.UTF8.GetBytes(reference), out rr, out cc) ? cursor.Cell(rr, cc, null)
                            : cursor.Cell(-1, -1, reference);
                        if (current is null) continue;
                        current.Present = true;
                        current.Kind = r.GetAttribute("t") switch
                        {
                            null or "n" => CellKind.Number,
                            "s" => CellKind.SharedString,
                            "str" or "inlineStr" or "d" => CellKind.Text,
                            "b" => CellKind.Bool,
                            "e" => CellKind.Error,
                            _ => CellKind.Text,
                        };
                        if (r.IsEmptyElement) { current.Kind = CellKind.Empty; current = null; }
                    }
                    else if ((object)n == rowName)
                    {
                        var ra = r.GetAttribute("r");
                        if (ra is null) cursor.Row(0, null);
                        else if (int.TryParse(ra, NumberStyles.None, CultureInfo.InvariantCulture, out var ri) && ri > 0) cursor.Row(ri, null);
                        else cursor.Row(-1, ra);
                        current = null;
                    }
                    else if (current is null)
                    {
                        if (n == "dimension" && r.Depth == 1) cursor.Dimension(r.GetAttribute("ref"));
                        continue;
                    }
                    else if ((object)n == vName)
                    {
                        current.Value = r.ReadElementContentAsString();
                        moved = true;
                    }
                    else if ((object)n == fName) current.Formula = true;
                    else if ((object)n == isName) { inInline = true; current.Value = null; }
                    else if ((object)n == rPhName) inPhonetic = !r.IsEmptyElement;
                    else if ((object)n == tName && inInline && !inPhonetic)
                    {
                        var text = r.ReadElementContentAsString();
                        moved = true;
                        current.Value = current.Value is null ? text : current.Value + text;
                        current.Kind = CellKind.Text;
                    }
                }
                else if (node == XmlNodeType.EndElement && inPhonetic && (object)r.LocalName == rPhName) inPhonetic = false;
            }
        }

        // ---- values ------------------------------------------------------------------------------------------------

        private RawCell? Raw(string sheet, int row, int col) =>
            _sheets.TryGetValue(sheet, out var s) && s.Wanted.TryGetValue(Key(row, col), out var c) && c.Present ? c : null;

        /// <summary>
        /// The cell when its content can be read; otherwise null with an error finding at the cell (once): a formula
        /// without the value it computed, a shared string index that is not in the table.
        /// </summary>
        private RawCell? Usable(RawCell? c, FieldPath path, string sheet, int row, int col, FieldLabel label)
        {
            if (c is null || c.Kind == CellKind.Empty) return null;
            if (c.Value is null)
            {
                if (c.Formula && !c.Reported)
                {
                    c.Reported = true;
                    _findings.Add(At(Finding.Error(FormulaWithoutValue, path.ToString(),
                        $"{Where(sheet, row, col)} ({label}) có công thức nhưng không có giá trị đã tính (tệp không được Excel lưu); hãy mở tệp bằng Excel và lưu lại."), sheet, row, col));
                }
                return null;
            }
            if (c.Kind == CellKind.SharedString && SharedIndex(c) < 0)
            {
                if (!c.Reported)
                {
                    c.Reported = true;
                    _findings.Add(At(Finding.Error(SharedStringMissing, path.ToString(),
                        $"{Where(sheet, row, col)} ({label}) trỏ tới chuỗi dùng chung số \"{Short(c.Value)}\" nhưng tệp chỉ có {VietnameseFormat.Count(_strings.Length)} chuỗi; tệp bị hỏng, hãy mở bằng Excel và lưu lại."), sheet, row, col));
                }
                return null;
            }
            return c;
        }

        private int SharedIndex(RawCell c) =>
            int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _strings.Length ? i : -1;

        /// <summary>
        /// Whether the cell holds something: a value, or damage that must be reported (so a row is not skipped as empty
        /// because its only content could not be read).
        /// </summary>
        private bool HasContent(RawCell? c)
        {
            if (c is null || !c.Present || c.Kind == CellKind.Empty) return false;
            if (c.Value is null) return c.Formula;
            if (c.Kind == CellKind.SharedString) return SharedIndex(c) < 0 || TextOf(c) is not null;
            if (c.Kind == CellKind.Text) return TextOf(c) is not null;
            return true;
        }

        /// <summary>The text of a cell at a known place (damage reported there).</summary>
        private string? TextAt(RawCell? c, FieldPath path, string sheet, int row, int col, FieldLabel label)
        {
            c = Usable(c, path, sheet, row, col, label);
            var text = TextOf(c);
            if (text is null) return null;
            // Shared strings repeat (levels, chi bộ names): one that is plain (NFC, no legacy reading) is known as such.
            var shared = c!.Kind == CellKind.SharedString ? SharedIndex(c) : -1;
            if (shared >= 0 && _plainStrings?[shared] == true) return text;
            // Decomposed (NFD) text was composed by Clean: said, with its cell.
            var raw = RawTextOf(c);
            if (raw is not null && !raw.IsNormalized(System.Text.NormalizationForm.FormC))
                Note(TextNfd, Finding.Info(TextNfd, path.ToString(),
                    $"{Where(sheet, row, col)} ({label}): chữ tiếng Việt dạng tổ hợp (NFD) đã được chuyển về dạng dựng sẵn (NFC) \"{Short(text)}\"."), sheet, row, col);
            // Legacy text is judged as the file holds it: cleaning would drop TCVN3's "ư" (byte 0xAD, a soft hyphen).
            var source = raw is null ? text : raw.Contains("_x", StringComparison.Ordinal) ? DecodeEscapes(raw) : raw;
            if (!LegacyVietnamese.MayBeLegacy(source))
            {
                if (shared >= 0 && ReferenceEquals(source, raw) && raw!.IsNormalized(System.Text.NormalizationForm.FormC))
                    (_plainStrings ??= new bool[_strings.Length])[shared] = true;
                return text;
            }
            _legacy ??= new Dictionary<string, LegacyResolution>(StringComparer.Ordinal);
            if (!_legacy.TryGetValue(source, out var resolution))
                _legacy[source] = resolution = s_vocabulary.Contains(text) ? new LegacyResolution(text, LegacyOutcome.Unchanged) : LegacyVietnamese.Resolve(source, Evidence);
            switch (resolution.Outcome)
            {
                case LegacyOutcome.Converted:
                    var converted = VietnameseText.Clean(resolution.Text);
                    Note(TextLegacy, Finding.Info(TextLegacy, path.ToString(),
                        $"{Where(sheet, row, col)} ({label}): {LegacyVietnamese.DescribeConversion(resolution, Short(text), Short(converted))}"), sheet, row, col);
                    return converted;
                case LegacyOutcome.Ambiguous:
                    Note(TextAmbiguous, Finding.Warning(TextAmbiguous, path.ToString(),
                        $"{Where(sheet, row, col)} ({label}): \"{Short(text)}\" có thể là {LegacyVietnamese.DescribeReadings(resolution, Short)}; phần mềm giữ nguyên, hãy kiểm tra và gõ lại bằng Unicode."), sheet, row, col);
                    return text;
                default:
                    return text;
            }
        }

        private Dictionary<string, LegacyResolution>? _legacy;
        private bool[]? _plainStrings;
        private DocumentEvidence? _evidence;
        private readonly Dictionary<string, int> _notes = new(StringComparer.Ordinal);

        /// <summary>What the workbook's shared strings show of its encoding, computed once when a text needs it.</summary>
        private DocumentEvidence Evidence() => _evidence ??= LegacyVietnamese.Evidence(_strings);

        /// <summary>
        /// Adds a note about converted text: the first <see cref="MaxTextNotes"/> of each kind one by one (a long member
        /// list in an old encoding would otherwise fill the findings), the rest counted by <see cref="CloseTextNotes"/>.
        /// </summary>
        private void Note(string code, Finding finding, string sheet, int row, int col)
        {
            var n = _notes[code] = _notes.GetValueOrDefault(code) + 1;
            if (n <= MaxTextNotes) _findings.Add(At(finding, sheet, row, col));
        }

        private void CloseTextNotes()
        {
            foreach (var (code, n) in _notes.OrderBy(x => x.Key, StringComparer.Ordinal))
            {
                if (n <= MaxTextNotes) continue;
                var what = code switch
                {
                    TextLegacy => "ô chữ gõ bằng bảng mã cũ đã được chuyển sang Unicode",
                    TextNfd => "ô chữ dạng tổ hợp (NFD) đã được chuyển về dạng dựng sẵn (NFC)",
                    _ => "ô chữ có thể thuộc bảng mã TCVN3 (ABC) hoặc VNI được giữ nguyên",
                };
                var f = new Finding(code, code == TextAmbiguous ? Severity.Warning : Severity.Info,
                    $"Tệp {fileName}: còn {VietnameseFormat.Count(n - MaxTextNotes)} {what} (chỉ liệt kê {MaxTextNotes} ô đầu).", "")
                { File = fileName };
                _findings.Add(f);
            }
        }

        /// <summary>The cell's text as the file holds it (shared string resolved), before cleaning.</summary>
        private string? RawTextOf(RawCell? c)
        {
            if (c is null || c.Value is null) return null;
            if (c.Kind == CellKind.SharedString) return SharedIndex(c) is var i and >= 0 ? _strings[i] : null;
            return c.Kind == CellKind.Text ? c.Value : null;
        }

        /// <summary>The cell's content as text (shared strings resolved, NFC, cleaned); null when empty or unreadable.</summary>
        private string? TextOf(RawCell? c)
        {
            if (c is null || c.Kind == CellKind.Empty || c.Value is null) return null;
            if (c.Kind == CellKind.SharedString)
            {
                var i = SharedIndex(c);
                if (i < 0) return null;
                // Shared strings repeat (levels, chi bộ names): clean each once.
                _cleanStrings ??= new string?[_strings.Length];
                return (_cleanStrings[i] ??= Clean(_strings[i])) is { Length: > 0 } s ? s : null;
            }
            var clean = Clean(c.Kind == CellKind.Bool ? (c.Value == "1" ? "TRUE" : "FALSE") : c.Value);
            return clean.Length == 0 ? null : clean;
        }

        private string?[]? _cleanStrings;

        // VietnameseText.Clean, skipped when the text is already clean (NFC, no stray white space): the common case.
        // Excel's escapes (_x000D_, _x0007_…) are decoded first; what they decode to is cleaned like any other text.
        private static string Clean(string raw)
        {
            if (raw.Contains("_x", StringComparison.Ordinal)) raw = DecodeEscapes(raw);
            var simple = raw.Length > 0 && raw[0] != ' ' && raw[^1] != ' ';
            for (var i = 0; simple && i < raw.Length; i++)
            {
                var ch = raw[i];
                if (ch < ' ' || ch == '\u00A0' || ch == '\u200B' || (ch == ' ' && raw[i - 1] == ' ') || (ch > 0x7E && (char.IsWhiteSpace(ch) || char.IsSurrogate(ch) || ch >= '\uFFFE' || ch <= '\u009F'))) simple = false;
            }
            return simple && raw.IsNormalized(System.Text.NormalizationForm.FormC) ? raw : VietnameseText.Clean(WithoutForbidden(raw));
        }

        /// <summary>Decodes the _xHHHH_ escapes spreadsheet producers write for characters XML cannot carry (ECMA-376 ST_Xstring).</summary>
        internal static string DecodeEscapes(string raw)
        {
            System.Text.StringBuilder? sb = null;
            var last = 0;
            for (var i = raw.IndexOf("_x", StringComparison.Ordinal); i >= 0 && i + 7 <= raw.Length; i = raw.IndexOf("_x", i, StringComparison.Ordinal))
            {
                if (raw[i + 6] == '_' && int.TryParse(raw.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    sb ??= new System.Text.StringBuilder(raw.Length);
                    sb.Append(raw, last, i - last).Append((char)code);
                    i += 7;
                    last = i;
                }
                else i += 2;
            }
            return sb is null ? raw : sb.Append(raw, last, raw.Length - last).ToString();
        }

        /// <summary>
        /// The text without characters that have no place in a name (C0/C1 controls other than white space, U+FFFE,
        /// U+FFFF, lone surrogates): they would break normalization, JSON and the documents the text ends up in.
        /// </summary>
        internal static string WithoutForbidden(string raw)
        {
            System.Text.StringBuilder? sb = null;
            for (var i = 0; i < raw.Length; i++)
            {
                var ch = raw[i];
                bool keep;
                if (char.IsHighSurrogate(ch) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
                {
                    sb?.Append(ch).Append(raw[i + 1]);
                    i++;
                    continue;
                }
                keep = !char.IsSurrogate(ch) && ch is not ('\uFFFE' or '\uFFFF') && (ch >= ' ' || ch is '\t' or '\n' or '\r') && ch is not (>= '\u007F' and <= '\u009F');
                if (keep) { sb?.Append(ch); continue; }
                sb ??= new System.Text.StringBuilder(raw.Length).Append(raw, 0, i);
            }
            return sb?.ToString() ?? raw;
        }

        private Finding At(Finding f, string sheet, int row, int col) => f with { File = fileName, Sheet = sheet, Cell = Cells.Address(row, col) };

        private Finding Locate(Finding f, string name) =>
            _names.TryGetValue(name, out var c) ? At(f, c.Sheet, c.Row, c.Col) : f with { File = fileName };

        private static string Where(string sheet, int row, int col) => $"Trang \"{sheet}\", ô {Cells.Address(row, col)}";

        private decimal? Number(RawCell? c, FieldPath path, string sheet, int row, int col, FieldLabel label)
        {
            c = Usable(c, path, sheet, row, col, label);
            if (c is null || c.Kind == CellKind.Empty || c.Value is null) return null;
            if (c.Kind == CellKind.Error)
            {
                _findings.Add(At(Finding.Error(CellError, path.ToString(), $"{Where(sheet, row, col)} ({label}) có lỗi {c.Value}."), sheet, row, col));
                return null;
            }
            if (c.Kind == CellKind.Number)
            {
                if (decimal.TryParse(c.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
                if (double.TryParse(c.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var dbl))
                {
                    if (double.IsFinite(dbl) && Math.Abs(dbl) < 7.9e28) return (decimal)dbl;
                    _findings.Add(At(Finding.Error(NumberOutOfRange, path.ToString(), $"{Where(sheet, row, col)} ({label}) ghi \"{Short(c.Value)}\", không phải số đọc được (quá lớn hoặc không xác định)."), sheet, row, col));
                    return null;
                }
            }
            var text = TextOf(c);
            if (text is null) return null;
            var parsed = VietnameseFormat.ParsePercent(text);
            if (parsed is null)
                _findings.Add(At(Finding.Error(NotANumber, path.ToString(), $"{Where(sheet, row, col)} ({label}) ghi \"{Short(text)}\", không phải là số."), sheet, row, col));
            return parsed;
        }

        private long? Count(RawCell? c, FieldPath path, string sheet, int row, int col, FieldLabel label)
        {
            var d = Number(c, path, sheet, row, col, label);
            if (d is null) return null;
            if (d != Math.Truncate(d.Value))
                _findings.Add(At(Finding.Error(UnitReportJson.FractionalCount, path.ToString(), $"{Where(sheet, row, col)} ({label}) là số đếm nhưng có phần lẻ ({VietnameseFormat.Decimal(d.Value, 2)})."), sheet, row, col));
            var t = Math.Truncate(d.Value);
            if (t <= long.MaxValue && t >= long.MinValue) return (long)t;
            _findings.Add(At(Finding.Error(NumberOutOfRange, path.ToString(), $"{Where(sheet, row, col)} ({label}) ghi {VietnameseFormat.Decimal(d.Value, 0)}, quá lớn để là một số đếm."), sheet, row, col));
            return null;
        }

        private bool Flag(RawCell? c, FieldPath path, string sheet, int row, int col, FieldLabel label)
        {
            c = Usable(c, path, sheet, row, col, label);
            if (c is { Kind: CellKind.Bool }) return c.Value == "1";
            var text = TextOf(c);
            if (text is null) return false;
            var key = VietnameseText.FoldKey(text);
            if (key is "co" or "x" or "1" or "true" or "yes" or "dung" or "v") return true;
            if (key is "khong" or "0" or "false" or "no" or "-") return false;
            _findings.Add(At(Finding.Error(UnknownValue, path.ToString(), $"{Where(sheet, row, col)} ({label}) ghi \"{Short(text)}\"; chỉ ghi \"Có\" hoặc để trống."), sheet, row, col));
            return false;
        }

        private readonly Dictionary<string, RatingLevel?> _levels = new(StringComparer.Ordinal);

        private RatingLevel? Level(RawCell? c, FieldPath path, string sheet, int row, int col, FieldLabel label)
        {
            var text = TextAt(c, path, sheet, row, col, label);
            if (text is null) return null;
            if (!_levels.TryGetValue(text, out var level)) _levels[text] = level = RatingLevelParser.TryParse(text);
            if (level is null)
                _findings.Add(At(Finding.Error(UnitReportJson.UnknownLevel, path.ToString(),
                    $"{Where(sheet, row, col)} ({label}) ghi \"{Short(text)}\", không phải mức xếp loại; dùng: {string.Join("; ", RatingLevels.All.Select(l => l.VietnameseName()))}."), sheet, row, col));
            return level;
        }

        private string? Text(string name, string? path)
        {
            if (_constants.TryGetValue(name, out var constant)) return constant;
            if (!_names.TryGetValue(name, out var cell)) return null;
            if (path is not null) _map.Add(path, cell.Sheet, cell.Row, cell.Col);
            return TextAt(Raw(cell.Sheet, cell.Row, cell.Col), path ?? name, cell.Sheet, cell.Row, cell.Col, name);
        }

        // ---- the report ---------------------------------------------------------------------------------------------

        private UnitReport? BuildReport(TableInfo? table)
        {
            var ok = true;
            int? year = null;
            if (_names.TryGetValue(WorkbookSchema.Year, out var yc))
            {
                _map.Add("year", yc.Sheet, yc.Row, yc.Col);
                var y = Number(Raw(yc.Sheet, yc.Row, yc.Col), "year", yc.Sheet, yc.Row, yc.Col, "năm đánh giá");
                if (y is null)
                {
                    if (!_findings.Any(f => f.Path == "year"))
                        _findings.Add(At(Finding.Error(MissingValue, "year", $"{Where(yc.Sheet, yc.Row, yc.Col)}: chưa ghi năm đánh giá, xếp loại."), yc.Sheet, yc.Row, yc.Col));
                    ok = false;
                }
                else if (y != Math.Truncate(y.Value) || y is < 1900 or > 2200)
                {
                    _findings.Add(At(Finding.Error(UnknownValue, "year", $"{Where(yc.Sheet, yc.Row, yc.Col)}: năm \"{y}\" không hợp lệ."), yc.Sheet, yc.Row, yc.Col));
                    ok = false;
                }
                else year = (int)y.Value;
            }
            else { _findings.Add(Missing(WorkbookSchema.Year)); ok = false; }

            UnitKind? kind = null;
            var kindText = Text(WorkbookSchema.UnitKind, "unit.kind");
            if (kindText is not null)
            {
                kind = s_kindByKey.TryGetValue(VietnameseText.FoldKey(kindText), out var k) ? k : null;
                if (kind is null)
                {
                    _findings.Add(Locate(Finding.Error(UnknownValue, "unit.kind", $"Loại đơn vị \"{kindText}\" không hợp lệ; chọn một trong: {string.Join("; ", UnitKinds.All.Select(k => k.VietnameseName()))}."), WorkbookSchema.UnitKind));
                    ok = false;
                }
            }
            else
            {
                _findings.Add(_names.ContainsKey(WorkbookSchema.UnitKind)
                    ? Locate(Finding.Error(MissingValue, "unit.kind", "Chưa chọn loại đơn vị (Đảng bộ cơ sở, Chi bộ cơ sở, …)."), WorkbookSchema.UnitKind)
                    : Missing(WorkbookSchema.UnitKind));
                ok = false;
            }

            var categoryText = Text(WorkbookSchema.UnitCategory, "unit.category");
            var unit = new UnitInfo
            {
                Code = Text(WorkbookSchema.UnitCode, "unit.code") ?? "",
                Name = Text(WorkbookSchema.UnitName, "unit.name") ?? "",
                Kind = kind ?? UnitKind.BaseCell,
                Category = CategorySlug(categoryText),
                Parent = Text(WorkbookSchema.UnitParent, "unit.parent"),
            };

            OwnRating? own = null;
            {
                var level = NamedLevel(WorkbookSchema.OwnLevel, "ownRating.level", "xếp loại của đơn vị");
                var score = NamedNumber(WorkbookSchema.OwnScore, "ownRating.score", "điểm tự đánh giá");
                var disciplined = NamedFlag(WorkbookSchema.OwnDisciplined, "ownRating.hasDisciplinedSubordinate", "có tổ chức, cá nhân bị kỷ luật");
                var tasks = new TaskFigures
                {
                    Assigned = NamedCount(WorkbookSchema.OwnTasksAssigned, "ownRating.tasksAssigned", "số nhiệm vụ được giao"),
                    Exceeded = NamedCount(WorkbookSchema.OwnTasksExceeded, "ownRating.tasksExceeded", "số nhiệm vụ vượt mức"),
                    Late = NamedCount(WorkbookSchema.OwnTasksLate, "ownRating.tasksLate", "số nhiệm vụ chưa bảo đảm tiến độ"),
                    Undone = NamedCount(WorkbookSchema.OwnTasksUndone, "ownRating.tasksUndone", "số nhiệm vụ không hoàn thành"),
                };
                var shortcomings = NamedTri(WorkbookSchema.OwnShortcomingsFixed, "ownRating.shortcomingsFixed", "khắc phục khuyết điểm kỳ trước");
                var exception = NamedFlag(WorkbookSchema.OwnCompetentException, "ownRating.competentLevelException", "cấp có thẩm quyền xem xét khác");
                if (level is not null || score is not null || disciplined || !tasks.IsEmpty || shortcomings is not null || exception)
                    own = new OwnRating
                    {
                        Level = level, Score = score, HasDisciplinedSubordinate = disciplined, Tasks = tasks.IsEmpty ? null : tasks,
                        ShortcomingsFixed = shortcomings, CompetentLevelException = exception,
                    };
            }

            var blocks = OrganizationBlockKinds.All.ToDictionary(k => k, ReadOrganizationBlock);
            var organizations = blocks.Values.Any(b => b is not null)
                ? new OrganizationBlocks
                {
                    BaseOrganizations = blocks[OrganizationBlockKind.BaseOrganizations],
                    PartialCommittees = blocks[OrganizationBlockKind.PartialCommittees],
                    SubordinateCells = blocks[OrganizationBlockKind.SubordinateCells],
                    UpperCommittees = blocks[OrganizationBlockKind.UpperCommittees],
                }
                : null;

            var members = ReadCountRow(WorkbookSchema.MembersRow, new MemberBlock(), WorkbookSchema.MembersRow.JsonPath, null);
            var collectives = ReadCountRow(WorkbookSchema.CollectivesRow, new CountBlock(), WorkbookSchema.CollectivesRow.JsonPath, null);
            var leaders = ReadCountRow(WorkbookSchema.LeadersRow, new CountBlock(), WorkbookSchema.LeadersRow.JsonPath, null);
            var list = table is null ? null : ReadMemberList(table);

            if (!ok || year is null) return null;
            return new UnitReport
            {
                Year = year.Value,
                Unit = unit,
                Organizations = organizations,
                Members = members,
                LeadershipCollectives = collectives,
                Leaders = leaders,
                MemberList = list,
                OwnRating = own,
            };
        }

        private Finding Missing(string name) => Finding.Error(MissingName, "",
            $"Tệp {fileName} thiếu tên vùng {name} của biểu mẫu (có thể đã bị xóa); hãy dùng lại biểu mẫu {WorkbookTemplates.UnitFileName} phiên bản {WorkbookSchema.TemplateVersion}.") with
        { File = fileName };

        private static string? CategorySlug(string? text)
        {
            if (text is null) return null;
            if (s_categoryByText.TryGetValue(text, out var exact)) return exact;
            return s_categoryByKey.TryGetValue(VietnameseText.FoldKey(text), out var slug) ? slug : text;
        }

        private delegate T CellReader<T>(RawCell? c, FieldPath path, string sheet, int row, int col, FieldLabel label);

        /// <summary>The cell the defined name points at, read by <paramref name="read"/> (its place kept for the path); <paramref name="missing"/> when the workbook lacks the name.</summary>
        private T Named<T>(string name, string path, string label, T missing, CellReader<T> read)
        {
            if (!_names.TryGetValue(name, out var c)) return missing;
            _map.Add(path, c.Sheet, c.Row, c.Col);
            return read(Raw(c.Sheet, c.Row, c.Col), path, c.Sheet, c.Row, c.Col, label);
        }

        private RatingLevel? NamedLevel(string name, string path, string label) => Named<RatingLevel?>(name, path, label, null, Level);

        private decimal? NamedNumber(string name, string path, string label) => Named<decimal?>(name, path, label, null, Number);

        private long? NamedCount(string name, string path, string label) => Named<long?>(name, path, label, null, Count);

        private bool? NamedTri(string name, string path, string label) => Named<bool?>(name, path, label, null,
            (raw, p, sheet, row, col, l) => HasContent(raw) ? Flag(raw, p, sheet, row, col, l) : null);

        private bool NamedFlag(string name, string path, string label) => Named(name, path, label, false, Flag);

        private OrganizationBlock? ReadOrganizationBlock(OrganizationBlockKind kind)
        {
            var blockSpec = s_blockSpecs[(int)kind];
            var rows = new List<CategoryRow>();
            for (var i = 0; i < WorkbookSchema.CategorySlots; i++)
            {
                if (!_names.TryGetValue(s_slotNames[(int)kind][i], out var slot)) continue;
                var path = $"{blockSpec.JsonPath}.byCategory[{rows.Count}]";
                var row = ReadCountRow(blockSpec, new CategoryRow { Category = "" }, path, slot);
                if (row is null) continue;
                _map.Add(path + ".category", slot.Sheet, slot.Row, slot.Col);
                var label = TextAt(Raw(slot.Sheet, slot.Row, slot.Col), path + ".category", slot.Sheet, slot.Row, slot.Col, "loại hình");
                if (label is null)
                    _findings.Add(At(Finding.Error(MissingValue, path + ".category", $"{Where(slot.Sheet, slot.Row, slot.Col)}: dòng có số liệu nhưng không ghi loại hình."), slot.Sheet, slot.Row, slot.Col));
                rows.Add(row with { Category = CategorySlug(label) ?? "" });
            }
            var block = ReadCountRow(blockSpec, new OrganizationBlock(), blockSpec.JsonPath, null);
            if (rows.Count == 0) return block;
            return (block ?? new OrganizationBlock()) with { ByCategory = rows };
        }

        /// <summary>
        /// Reads one row of counts. With <c>slot</c> the cells are in the slot's row, in the columns of the
        /// block's named cells; otherwise each field is its own named cell. Null when the row is entirely empty.
        /// </summary>
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> s_rowNames = new();
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> s_rowPaths = new();

        private T? ReadCountRow<T>(CountRowSpec spec, T seed, string path, NamedCell? slot) where T : CountBlock
        {
            var names = s_rowNames.GetOrAdd(spec.Prefix, _ => spec.Fields.Select(spec.Name).ToArray());
            // A loại hình slot without any figure is skipped before anything is built for it.
            if (slot is not null)
            {
                var empty = true;
                for (var k = 0; k < spec.Fields.Count && empty; k++)
                {
                    if (spec.Fields[k].Kind == CountFieldKind.QuotaRatio || !_names.TryGetValue(names[k], out var n)) continue;
                    if (Raw(slot.Sheet, slot.Row, n.Col) is { } c && !(spec.Fields[k].Kind == CountFieldKind.Percent && c.Formula) && HasContent(c))
                        empty = false;
                }
                if (empty) return null;
            }
            var paths = slot is null
                ? s_rowPaths.GetOrAdd(path, _ => spec.Fields.Select(f => $"{path}.{f.JsonPath}").ToArray())
                : spec.Fields.Select(f => $"{path}.{f.JsonPath}").ToArray();
            var any = false;
            long? total = null, notRated = null, rated = null, disciplined = null;
            var levels = new long?[4];
            var percents = new decimal?[4];
            var exempt = new long?[3];
            var anyExempt = false;
            var quota = false;
            for (var k = 0; k < spec.Fields.Count; k++)
            {
                var f = spec.Fields[k];
                if (f.Kind == CountFieldKind.QuotaRatio || !_names.TryGetValue(names[k], out var named)) continue;
                var (sheet, row, col) = slot is null ? (named.Sheet, named.Row, named.Col) : (slot.Sheet, slot.Row, named.Col);
                var fieldPath = paths[k];
                _map.Add(fieldPath, sheet, row, col);
                var raw = Raw(sheet, row, col);
                var label = new FieldLabel(spec.Label, f);
                switch (f.Kind)
                {
                    case CountFieldKind.Count:
                        var v = Count(raw, fieldPath, sheet, row, col, label);
                        if (v is null) break;
                        any = true;
                        if (f.Level is { } level) levels[(int)level] = v;
                        else if (f.Exempt is { } reason) { exempt[(int)reason] = v; anyExempt = true; }
                        else if (f.Suffix == "Total") total = v;
                        else if (f.Suffix == "NotRated") notRated = v;
                        else if (f.Suffix == "Rated") rated = v;
                        else if (f.Suffix == "Disciplined") disciplined = v;
                        break;
                    case CountFieldKind.Percent:
                        // A formula is the template computing; a typed number is a percentage the unit states (and is checked).
                        if (raw is null || raw.Formula) break;
                        var p = Number(raw, fieldPath, sheet, row, col, label);
                        if (p is null) break;
                        percents[(int)f.Level!.Value] = p;
                        any = true;
                        break;
                    case CountFieldKind.Flag:
                        quota = Flag(raw, fieldPath, sheet, row, col, label);
                        any |= quota;
                        break;
                }
            }
            if (!any) return null;
            var stated = percents.Any(p => p is not null)
                ? new LevelPercents { Excellent = percents[0], Good = percents[1], Complete = percents[2], NotComplete = percents[3] }
                : null;
            T result = seed with
            {
                Total = total,
                NotRated = notRated,
                Rated = rated,
                Excellent = levels[0],
                Good = levels[1],
                Complete = levels[2],
                NotComplete = levels[3],
                StatedPercents = stated,
                QuotaExceptionApproved = quota,
            };
            if (result is MemberBlock m)
                result = (T)(CountBlock)(m with
                {
                    Exempt = anyExempt ? new ExemptCounts { Excused = exempt[0], Suspended = exempt[1], NewlyAdmitted = exempt[2] } : null,
                    DisciplinedInYear = disciplined,
                });
            return result;
        }

        private List<MemberEntry>? ReadMemberList(TableInfo table)
        {
            var sheet = table.Sheet;
            var byKey = table.ByKey; // json key → absolute column
            if (!byKey.ContainsKey("name"))
            {
                _findings.Add(At(Finding.Error(MemberColumnMissing, "memberList",
                    $"Bảng {WorkbookSchema.MemberTable} (trang \"{sheet.Name}\") không có cột \"Họ và tên\"; danh sách đảng viên không được đọc."), sheet.Name, table.HeaderRow, table.FirstCol));
                return null;
            }

            var list = new List<MemberEntry>(sheet.TableRows.Count);
            var rowsOfItems = new List<int>(sheet.TableRows.Count);
            RawCell? Cell(RawCell[] cells, string key) => byKey.TryGetValue(key, out var col) ? cells[sheet.TableSlots[col]] : null;
            foreach (var (row, cells) in sheet.TableRows)
            {
                var empty = true;
                foreach (var c in cells)
                    if (HasContent(c)) { empty = false; break; }
                if (empty) continue;
                var i = list.Count;
                int C(string key) => byKey.TryGetValue(key, out var col) ? col : table.FirstCol;
                string? Txt(string key) => TextAt(Cell(cells, key), P(key), sheet.Name, row, C(key), key);
                FieldPath P(string key) => new("memberList", i, key);
                decimal? Num(string key, string label) => Number(Cell(cells, key), P(key), sheet.Name, row, C(key), label);
                RatingLevel? Lvl(string key, string label) => Level(Cell(cells, key), P(key), sheet.Name, row, C(key), label);
                bool Flg(string key, string label) => Flag(Cell(cells, key), P(key), sheet.Name, row, C(key), label);

                var name = Txt("name");
                if (name is null)
                    _findings.Add(At(Finding.Error(MissingValue, P("name").ToString(), $"{Where(sheet.Name, row, C("name"))}: dòng có số liệu nhưng chưa ghi họ và tên đảng viên."), sheet.Name, row, C("name")));
                int? birthYear = null;
                if (Num("birthYear", "năm sinh") is { } by)
                {
                    if (by == Math.Truncate(by) && by is >= 1850 and <= 2200) birthYear = (int)by;
                    else _findings.Add(At(Finding.Error(UnknownValue, P("birthYear").ToString(), $"{Where(sheet.Name, row, C("birthYear"))}: năm sinh \"{by}\" không hợp lệ."), sheet.Name, row, C("birthYear")));
                }
                ExemptReason? exempt = null;
                if (Txt("exemptReason") is { } exemptText)
                {
                    exempt = ExemptReasonParser.TryParse(exemptText);
                    if (exempt is null)
                        _findings.Add(At(Finding.Error(UnitReportJson.UnknownExemptReason, P("exemptReason").ToString(),
                            $"{Where(sheet.Name, row, C("exemptReason"))} ghi \"{Short(exemptText)}\", không phải diện không đánh giá; dùng: {string.Join("; ", ExemptReasons.All.Select(r => r.VietnameseName()))}."), sheet.Name, row, C("exemptReason")));
                }
                T? Pick<T>(string key, string label, Func<string?, T?> parse, IEnumerable<string> allowed) where T : struct
                {
                    var text = Txt(key);
                    if (text is null) return null;
                    var value = parse(text);
                    if (value is null)
                        _findings.Add(At(Finding.Error(UnknownValue, P(key).ToString(),
                            $"{Where(sheet.Name, row, C(key))} ({label}) ghi \"{Short(text)}\"; dùng: {string.Join("; ", allowed)}."), sheet.Name, row, C(key)));
                    return value;
                }
                bool? Tri(string key, string label)
                {
                    var cell = Cell(cells, key);
                    return HasContent(cell) ? Flg(key, label) : null;
                }
                long? Cnt(string key, string label) => Count(Cell(cells, key), P(key), sheet.Name, row, C(key), label);
                DateOnly? admission = null;
                if (Cell(cells, "admissionDate") is { } dateCell && HasContent(dateCell))
                {
                    if (dateCell.Kind == CellKind.Number && double.TryParse(dateCell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
                        admission = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
                    else if (Txt("admissionDate") is { } dateText)
                    {
                        admission = MemberDetails.ParseDate(dateText);
                        if (admission is null)
                            _findings.Add(At(Finding.Error(UnknownValue, P("admissionDate").ToString(),
                                $"{Where(sheet.Name, row, C("admissionDate"))} (ngày vào Đảng) ghi \"{Short(dateText)}\", không phải ngày hợp lệ (ghi dạng 15/06/2025)."), sheet.Name, row, C("admissionDate")));
                    }
                }
                var tasks = new TaskFigures
                {
                    Assigned = Cnt("tasksAssigned", "số nhiệm vụ được giao"),
                    Exceeded = Cnt("tasksExceeded", "số nhiệm vụ vượt mức"),
                    Late = Cnt("tasksLate", "số nhiệm vụ chưa bảo đảm tiến độ"),
                    Undone = Cnt("tasksUndone", "số nhiệm vụ không hoàn thành"),
                };
                list.Add(new MemberEntry
                {
                    AdmissionDate = admission,
                    Membership = Pick("membership", "chính thức / dự bị", MemberDetails.ParseMembership, MemberDetails.MembershipStatuses.Select(x => x.VietnameseName())),
                    StaffRating = Lvl("staffRating", "xếp loại cán bộ, công chức, viên chức"),
                    TemporaryActivity = Pick("temporaryActivity", "sinh hoạt đảng tạm thời", MemberDetails.ParseTemporaryActivity, MemberDetails.TemporaryActivities.Select(x => x.VietnameseName())),
                    Leave = Pick("leave", "nghỉ ốm, thai sản", MemberDetails.ParseLeave, MemberDetails.LeaveKinds.Select(x => x.VietnameseName())),
                    VotePercent = Num("votePercent", "kết quả biểu quyết"),
                    DisciplineForm = Pick("disciplineForm", "hình thức kỷ luật", MemberDetails.ParseDisciplineForm, MemberDetails.DisciplineForms.Select(x => x.VietnameseName())),
                    DisciplineDutyRelated = Tri("disciplineDutyRelated", "kỷ luật liên quan chức trách, nhiệm vụ"),
                    DisciplineBasis = Txt("disciplineBasis"),
                    DisciplineSelfDetected = Flg("disciplineSelfDetected", "tự phát hiện, khắc phục"),
                    DisciplinePreviousUnit = Flg("disciplinePreviousUnit", "vi phạm ở đơn vị cũ"),
                    DisciplineCountedBefore = Flg("disciplineCountedBefore", "vi phạm đã tính năm trước"),
                    Heads = MemberDetails.ParseCodes(Txt("heads")),
                    Leads = MemberDetails.ParseCodes(Txt("leads")),
                    LowConfidencePercent = Num("lowConfidencePercent", "tỷ lệ phiếu tín nhiệm thấp"),
                    Tasks = tasks.IsEmpty ? null : tasks,
                    ShortcomingsFixed = Tri("shortcomingsFixed", "khắc phục khuyết điểm kỳ trước"),
                    Name = name ?? "",
                    BirthYear = birthYear,
                    Position = Txt("position"),
                    Cell = Txt("cell"),
                    Form = Txt("form"),
                    GeneralScore = Num("generalScore", "điểm tiêu chí chung"),
                    TaskScore = Num("taskScore", "điểm kết quả thực hiện nhiệm vụ"),
                    SelfLevel = Lvl("selfLevel", "tự xếp loại"),
                    ProposedLevel = Lvl("proposedLevel", "chi bộ đề xuất"),
                    DecidedLevel = Lvl("decidedLevel", "cấp có thẩm quyền quyết định"),
                    ExemptReason = exempt,
                    DisciplinedInYear = Flg("disciplinedInYear", "bị kỷ luật trong năm"),
                    Disqualified = Flg("disqualified", "thuộc trường hợp không hoàn thành nhiệm vụ"),
                    CompetentLevelException = Flg("competentLevelException", "cấp có thẩm quyền xem xét khác"),
                    PreviousLevel = Lvl("previousLevel", "xếp loại năm trước"),
                    Note = Txt("note"),
                });
                rowsOfItems.Add(row);
            }
            _map.SetMemberTable(sheet.Name, byKey, rowsOfItems);
            return list.Count == 0 ? null : list;
        }
    }
}
