using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;
using OfficeReview.OpenXml.Workbooks.Forms;
using OfficeReview.OpenXml.Workbooks.Reading;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Workbooks.Profiles;

/// <summary>
/// Where one figure sits in workbooks that carry no names: a sheet and a cell ("C7"), or a row label and a column label
/// (the cell where the row labelled "Đảng viên" meets the column headed "HTXSNV"), or a constant for what the file does
/// not say (the year of last year's files, the unit code).
/// </summary>
public sealed record ProfileEntry
{
    /// <summary>The figure's defined name in the contract (OR_Mem_Total…).</summary>
    public required string Figure { get; init; }
    /// <summary>The sheet; null to search every sheet (labels only).</summary>
    public string? Sheet { get; init; }
    public string? Cell { get; init; }
    public string? RowLabel { get; init; }
    public string? ColumnLabel { get; init; }
    public string? Value { get; init; }
}

/// <summary>A saved mapping for workbooks of one layout that carry no names (last year's files, another province's form).</summary>
public sealed record MappingProfile
{
    public required string Name { get; init; }
    public IReadOnlyList<ProfileEntry> Entries { get; init; } = [];
}

/// <summary>The outcome of reading one file through a profile: the report, findings (each figure not found), the cells used.</summary>
public sealed record ProfileReadResult(UnitReport? Report, IReadOnlyList<Finding> Findings, IReadOnlyList<TaggedFigure> Located)
{
    /// <summary>
    /// The user's workbook with the profile's names added (and its constants on a hidden sheet): what the streaming reader
    /// read, and what an import stores as the submission, so every later reading (merge, download) finds the same figures.
    /// Null when the file could not be read.
    /// </summary>
    public byte[]? Named { get; init; }

    public IReadOnlyList<string> NotFound => Findings.Where(f => f.Code == ProfileReader.FigureNotFound).Select(f => f.Path).ToList();
}

/// <summary>
/// Where a profile's figures sit in one file (<see cref="ProfileReader.Locate(byte[], string, MappingProfile, WorkbookLimits?)"/>): the cells found, the profile's
/// constants, the figures not found or unknown; or why the file cannot be read at all (<see cref="Refusal"/>).
/// </summary>
public sealed class ProfileLocation
{
    internal ProfileLocation(byte[] bytes, string fileName, MappingProfile profile, WorkbookLimits? limits)
    {
        Bytes = bytes;
        FileName = fileName;
        Profile = profile;
        Limits = limits;
    }

    internal byte[] Bytes { get; }
    internal string FileName { get; }
    internal MappingProfile Profile { get; }
    internal WorkbookLimits? Limits { get; }
    internal List<(ProfileEntry Entry, FormFigure Figure, string Sheet, int Row, int Col)> Found { get; } = [];
    internal List<(ProfileEntry Entry, FormFigure Figure, string Value)> Constants { get; } = [];
    internal List<(ProfileEntry Entry, Finding Finding)> Findings { get; } = [];

    /// <summary>Why the file cannot be read (the hardened reader's refusal, or ClosedXML's failure); null when located.</summary>
    public IReadOnlyList<Finding>? Refusal { get; internal init; }

    /// <summary>The cells found for the profile's figures.</summary>
    public IReadOnlyList<TaggedFigure> Located => Found.Select(Tag).ToList();

    internal static TaggedFigure Tag((ProfileEntry Entry, FormFigure Figure, string Sheet, int Row, int Col) l) =>
        new(l.Figure.Name, l.Figure.Group, l.Figure.Label, l.Sheet, Cells.Address(l.Row, l.Col));
}

/// <summary>
/// Reads workbooks whose layout is not ours through a <see cref="MappingProfile"/>. ClosedXML (0.95.4) finds the cells
/// (labels are compared folded, after converting TCVN3/VNI text); the figures are then read by the streaming reader
/// from a copy of the file carrying the names (added with the Open XML SDK), so every check, conversion and finding of
/// a tagged form applies, with the original sheet and cell. The user's file is never re-saved through ClosedXML.
/// </summary>
public static class ProfileReader
{
    public const string FigureNotFound = FindingCatalogue.ProfileFigureNotFound;
    public const string UnknownFigure = FindingCatalogue.ProfileFigureUnknown;
    public const string Unreadable = FindingCatalogue.ProfileUnreadable;
    /// <summary>The hidden sheet that carries a profile's constants in the named copy.</summary>
    public const string ConstantsSheet = "OR_Profile";

    private static readonly HashSet<string> s_fatal =
    [
        UnitWorkbookReader.NotZip, UnitWorkbookReader.LegacyOrEncrypted, UnitWorkbookReader.Broken, UnitWorkbookReader.TooLarge,
        UnitWorkbookReader.TooLargeExpanded, UnitWorkbookReader.TooManyEntries, UnitWorkbookReader.DtdForbidden, UnitWorkbookReader.StrictOoxml,
        UnitWorkbookReader.TooManyNames, UnitWorkbookReader.TooManyStrings, UnitWorkbookReader.TooManyCells, UnitWorkbookReader.TooManyRows,
    ];

    public static ProfileReadResult Read(byte[] bytes, string fileName, MappingProfile profile, WorkbookLimits? limits = null) =>
        Read(Locate(bytes, fileName, profile, limits));

    /// <summary>
    /// Where the profile's figures sit in one file: the hardened reader's verdict, then the cells found with ClosedXML —
    /// the costly part, done once however many times the file is then read with different constants.
    /// </summary>
    public static ProfileLocation Locate(byte[] bytes, string fileName, MappingProfile profile, WorkbookLimits? limits = null)
    {
        var pre = UnitWorkbookReader.Read(bytes, fileName, limits);
        var fatal = pre.Findings.Where(f => f.Severity == Severity.Error && s_fatal.Contains(f.Code)).ToList();
        if (fatal.Count > 0) return new ProfileLocation(bytes, fileName, profile, limits) { Refusal = fatal };
        var location = new ProfileLocation(bytes, fileName, profile, limits);
        try
        {
            using var wb = new XLWorkbook(new MemoryStream(bytes, writable: false));
            var labels = new LabelIndex(wb);
            foreach (var entry in profile.Entries)
            {
                if (!FormContract.ByName.TryGetValue(entry.Figure, out var figure))
                {
                    location.Findings.Add((entry, UnknownFigureWarning(entry.Figure, fileName, profile)));
                    continue;
                }
                if (entry.Value is { } constant) { location.Constants.Add((entry, figure, constant)); continue; }
                if (Locate(wb, labels, entry, figure) is { } at) location.Found.Add((entry, figure, at.Sheet, at.Row, at.Col));
                else location.Findings.Add((entry, Finding.Warning(FigureNotFound, figure.Name,
                    $"Tệp {fileName}: không tìm thấy chỉ tiêu \"{figure.Group} › {figure.Label}\" ({figure.Name}) theo hồ sơ \"{profile.Name}\" ({Describe(entry)}).") with
                { File = fileName, Sheet = entry.Sheet, Cell = entry.Cell }));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ClosedXML throws many kinds on odd files; none of them may crash the service.
            return new ProfileLocation(bytes, fileName, profile, limits)
            {
                Refusal = [Finding.Error(Unreadable, "", $"Tệp {fileName} không đọc được theo hồ sơ \"{profile.Name}\" ({e.GetType().Name}); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.") with { File = fileName }],
            };
        }
        return location;
    }

    /// <summary>
    /// The file read as located, with these figures set to constants (replacing how the profile finds them, as if the
    /// profile's entries for them were constants), without locating the cells again.
    /// </summary>
    public static ProfileReadResult Read(ProfileLocation location, IReadOnlyDictionary<string, string>? constants = null)
    {
        if (location.Refusal is { } refusal) return new ProfileReadResult(null, refusal, []);
        bool Kept(ProfileEntry e) => constants is null || !constants.ContainsKey(e.Figure);
        var findings = location.Findings.Where(f => Kept(f.Entry)).Select(f => f.Finding).ToList();
        var located = location.Found.Where(c => Kept(c.Entry)).ToList();
        var values = location.Constants.Where(c => Kept(c.Entry)).Select(c => (c.Figure, c.Value)).ToList();
        foreach (var (name, value) in constants ?? new Dictionary<string, string>())
        {
            if (FormContract.ByName.TryGetValue(name, out var figure)) values.Add((figure, value));
            else findings.Add(UnknownFigureWarning(name, location.FileName, location.Profile));
        }
        var named = Name(location.Bytes, located.Select(l => (l.Figure.Name, l.Sheet, l.Row, l.Col)).ToList(), values);
        var read = UnitWorkbookReader.Read(named, location.FileName, location.Limits);
        return new ProfileReadResult(read.Report, [.. findings, .. read.Findings], located.Select(ProfileLocation.Tag).ToList()) { Named = named };
    }

    private static Finding UnknownFigureWarning(string figure, string fileName, MappingProfile profile) =>
        Finding.Warning(UnknownFigure, figure, $"Hồ sơ \"{profile.Name}\": chỉ tiêu {figure} không có trong danh mục chỉ tiêu; bỏ qua.") with { File = fileName };

    private static string Describe(ProfileEntry e) =>
        e.Cell is not null ? $"ô {(e.Sheet is null ? "" : $"\"{e.Sheet}\"!")}{e.Cell}"
        : $"dòng \"{e.RowLabel}\"{(e.ColumnLabel is null ? "" : $", cột \"{e.ColumnLabel}\"")}{(e.Sheet is null ? "" : $", trang \"{e.Sheet}\"")}";

    internal static (string Sheet, int Row, int Col)? Locate(XLWorkbook wb, LabelIndex labels, ProfileEntry e, FormFigure figure)
    {
        // Sheet names compare as Excel does (case-insensitive), after NFC: a name typed decomposed still finds its sheet.
        var wanted = e.Sheet is null ? null : VietnameseText.Clean(e.Sheet);
        var sheets = wb.Worksheets.Where(w => wanted is null || string.Equals(VietnameseText.Clean(w.Name), wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (e.Cell is not null)
        {
            if (sheets.Count != 1 || !Cells.TryParse(e.Cell.Replace("$", ""), out var row, out var col)) return null;
            return (sheets[0].Name, row, col);
        }
        if (string.IsNullOrWhiteSpace(e.RowLabel)) return null;
        var rowKey = VietnameseText.FoldKey(e.RowLabel);
        var colKey = e.ColumnLabel is null ? null : VietnameseText.FoldKey(e.ColumnLabel);
        foreach (var ws in sheets)
        {
            foreach (var (labelRow, labelCol) in labels.Find(ws, rowKey))
            {
                if (colKey is null)
                {
                    // The first number (a text for a text figure) to the right of the label.
                    var text = figure.Kind is FormFigureKind.Text or FormFigureKind.Flag;
                    foreach (var cell in ws.Row(labelRow).CellsUsed().Where(c => c.Address.ColumnNumber > labelCol).OrderBy(c => c.Address.ColumnNumber))
                        if (text ? !cell.IsEmpty() : cell.DataType == XLDataType.Number || (cell.HasFormula && cell.CachedValue is double)) return (ws.Name, labelRow, cell.Address.ColumnNumber);
                    continue;
                }
                // The header above the row, the lowest one that matches (sub-headers under a merged "Trong đó").
                var header = labels.Find(ws, colKey).Where(h => h.Row < labelRow && h.Col != labelCol).OrderByDescending(h => h.Row).FirstOrDefault();
                if (header != default) return (ws.Name, labelRow, header.Col);
            }
        }
        return null;
    }

    /// <summary>Every text cell of the workbook, folded (TCVN3/VNI converted first), by sheet.</summary>
    internal sealed class LabelIndex
    {
        private readonly Dictionary<string, List<(int Row, int Col, string Key)>> _bySheet = new(StringComparer.Ordinal);

        public LabelIndex(XLWorkbook wb)
        {
            var texts = new List<(string Sheet, int Row, int Col, string Text)>();
            foreach (var ws in wb.Worksheets)
                foreach (var cell in ws.CellsUsed(c => c.DataType == XLDataType.Text && !c.HasFormula))
                    texts.Add((ws.Name, cell.Address.RowNumber, cell.Address.ColumnNumber, cell.GetString()));
            DocumentEvidence? evidence = null;
            DocumentEvidence Evidence() => evidence ??= LegacyVietnamese.Evidence(texts.Select(t => t.Text));
            foreach (var (sheet, row, col, text) in texts)
            {
                // Judged before cleaning: cleaning would drop TCVN3's "ư" (byte 0xAD, a soft hyphen).
                var unicode = VietnameseText.Clean(LegacyVietnamese.Resolve(text.Trim(), Evidence).Text);
                if (!_bySheet.TryGetValue(sheet, out var list)) _bySheet[sheet] = list = [];
                list.Add((row, col, VietnameseText.FoldKey(unicode)));
            }
        }

        /// <summary>The cells whose text is the label (equal folded), else those that start with it; in reading order.</summary>
        public IEnumerable<(int Row, int Col)> Find(IXLWorksheet ws, string key)
        {
            if (!_bySheet.TryGetValue(ws.Name, out var list) || key.Length == 0) return [];
            var exact = list.Where(c => c.Key == key).ToList();
            var found = exact.Count > 0 ? exact : list.Where(c => c.Key.StartsWith(key, StringComparison.Ordinal)).ToList();
            return found.OrderBy(c => c.Row).ThenBy(c => c.Col).Select(c => (c.Row, c.Col));
        }
    }

    /// <summary>A copy of the workbook carrying the names (and a hidden sheet of constants), written with the Open XML SDK.</summary>
    private static byte[] Name(byte[] bytes, List<(string Name, string Sheet, int Row, int Col)> cells, List<(FormFigure Figure, string Value)> constants)
    {
        using var ms = new MemoryStream();
        ms.Write(bytes);
        ms.Position = 0;
        using (var doc = SpreadsheetDocument.Open(ms, true, new OpenSettings { AutoSave = false }))
        {
            var wbPart = doc.WorkbookPart!;
            var workbook = wbPart.Workbook;
            // Names the file may already carry are not the profile's: the profile decides.
            foreach (var old in workbook.DefinedNames?.Elements<DefinedName>().Where(d => d.Name?.Value?.StartsWith("OR_", StringComparison.OrdinalIgnoreCase) == true).ToList() ?? [])
                old.Remove();
            var all = cells.ToList();
            if (constants.Count > 0)
            {
                var data = new SheetData();
                for (var i = 0; i < constants.Count; i++)
                {
                    var (figure, value) = constants[i];
                    var cell = new Cell { CellReference = Cells.Address(i + 1, 1) };
                    var number = figure.Kind is FormFigureKind.Count or FormFigureKind.Number
                        && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null;
                    if (number is { } v) cell.CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture));
                    else { cell.DataType = CellValues.InlineString; cell.InlineString = new InlineString(new Text(value)); }
                    data.Append(new Row(cell) { RowIndex = (uint)(i + 1) });
                    all.Add((figure.Name, ConstantsSheet, i + 1, 1));
                }
                var part = wbPart.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(data);
                part.Worksheet.Save();
                var sheets = workbook.Sheets!;
                var id = sheets.Elements<Sheet>().Select(s => s.SheetId?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1;
                sheets.Append(new Sheet { Name = ConstantsSheet, SheetId = id, Id = wbPart.GetIdOfPart(part), State = SheetStateValues.Hidden });
            }
            foreach (var (name, sheet, row, col) in all)
                AddName(workbook, name, $"{Cells.QuoteSheet(sheet)}!{Cells.Absolute(row, col)}");
            CampaignFormCheck.AddConstant(workbook, WorkbookSchema.FormId, WorkbookSchema.UnitFormId);
            CampaignFormCheck.AddConstant(workbook, WorkbookSchema.Version, WorkbookSchema.TemplateVersion);
            workbook.Save();
        }
        return ms.ToArray();
    }

    private static void AddName(Workbook workbook, string name, string reference)
    {
        var names = workbook.DefinedNames ??= new DefinedNames();
        if (names.Parent is null) workbook.InsertAfter(names, workbook.Sheets);
        names.Append(new DefinedName { Name = name, Text = reference });
    }
}
