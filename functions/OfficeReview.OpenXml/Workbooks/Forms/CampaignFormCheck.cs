using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks.Reading;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Workbooks.Forms;

/// <summary>A figure of the contract found in a form: its name and the cell it names.</summary>
public sealed record TaggedFigure(string Name, string Group, string Label, string Sheet, string Cell);

/// <summary>
/// The outcome of checking a workbook offered as a campaign's form: the bytes to store (the workbook with the metadata
/// names added when it lacked them; null when refused), the findings, and the figures it tags.
/// </summary>
public sealed record FormCheckResult(byte[]? Form, IReadOnlyList<Finding> Findings, IReadOnlyList<TaggedFigure> Tagged)
{
    public bool Accepted => Form is not null;
    /// <summary>The figures of the contract the form does not tag (the campaign will not collect them).</summary>
    public IReadOnlyList<FormFigure> Missing => FormContract.Figures.Where(f => f.Kind != FormFigureKind.Label && !Tagged.Any(t => t.Name == f.Name)).ToList();
}

/// <summary>
/// Checks a tagged workbook (a province's own form whose cells carry the OR_* names) before it becomes a campaign's
/// form: the required names are there, each name points at one cell of an existing sheet, a count's cell does not hold
/// text, a cell the unit types into does not hold a formula, two names do not share a cell; every figure not tagged is
/// said, block by block. The workbook's own parts are never rewritten: only its defined names gain the metadata
/// constants (OR_Form_Id, OR_Template_Version) when missing, written with the Open XML SDK into workbook.xml.
/// </summary>
public static class CampaignFormCheck
{
    public const string Unreadable = FindingCatalogue.FormUnreadable;
    public const string RequiredMissing = FindingCatalogue.FormNameRequired;
    public const string FiguresMissing = FindingCatalogue.FormNamesMissing;
    public const string BrokenName = FindingCatalogue.FormNameBroken;
    public const string TextInCount = FindingCatalogue.FormTextInCount;
    public const string FormulaInInput = FindingCatalogue.FormFormulaInInput;
    public const string SharedCell = FindingCatalogue.FormNameSharedCell;
    public const string RangeName = FindingCatalogue.FormNameRange;
    public const string MetadataAdded = FindingCatalogue.FormMetadataAdded;
    public const string UnknownName = FindingCatalogue.FormNameUnknown;
    public const string MemberTableColumns = FindingCatalogue.FormMemberTableColumns;

    /// <summary>Reader findings that mean the file is no workbook the service can take (damaged, too large, legacy, hostile).</summary>
    private static readonly HashSet<string> s_fatal =
    [
        UnitWorkbookReader.NotZip, UnitWorkbookReader.LegacyOrEncrypted, UnitWorkbookReader.Broken, UnitWorkbookReader.TooLarge,
        UnitWorkbookReader.TooLargeExpanded, UnitWorkbookReader.TooManyEntries, UnitWorkbookReader.DtdForbidden, UnitWorkbookReader.StrictOoxml,
        UnitWorkbookReader.TooManyNames, UnitWorkbookReader.TooManyStrings, UnitWorkbookReader.TooManyCells, UnitWorkbookReader.TooManyRows,
        UnitWorkbookReader.PartEncoding, UnitWorkbookReader.PartMissing,
    ];

    /// <summary>
    /// The hardened reader's verdict on a workbook before any other library opens it: the findings that make it no
    /// workbook the service can take (sizes, zip bombs, DTDs, damaged parts); empty when it may be opened.
    /// </summary>
    public static IReadOnlyList<Finding> Refusals(byte[] bytes, string fileName, WorkbookLimits? limits = null) =>
        UnitWorkbookReader.Read(bytes, fileName, limits).Findings.Where(f => f.Severity == Severity.Error && s_fatal.Contains(f.Code)).ToList();

    public static FormCheckResult Check(byte[] bytes, string fileName, WorkbookLimits? limits = null)
    {
        // The hardened reader first: sizes, zip bombs, DTDs, damaged parts are refused before the SDK opens anything.
        var fatal = Refusals(bytes, fileName, limits);
        if (fatal.Count > 0) return new FormCheckResult(null, fatal, []);
        try
        {
            return Inspect(bytes, fileName);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or FormatException)
        {
            return new FormCheckResult(null,
                [Finding.Error(Unreadable, "", $"Tệp {fileName} không mở được bằng bộ đọc Open XML ({e.GetType().Name}); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.") with { File = fileName }], []);
        }
    }

    private sealed record NameRef(string Name, string Sheet, int Row, int Col, bool Range);

    private static FormCheckResult Inspect(byte[] bytes, string fileName)
    {
        var findings = new List<Finding>();
        var tagged = new List<TaggedFigure>();
        using var ms = new MemoryStream();
        ms.Write(bytes);
        ms.Position = 0;
        using (var doc = SpreadsheetDocument.Open(ms, true, new OpenSettings { AutoSave = false }))
        {
            var wbPart = doc.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var workbook = wbPart.Workbook;
            var sheets = workbook.Sheets?.Elements<Sheet>().Where(s => s.Name?.Value is not null && s.Id?.Value is not null)
                .ToDictionary(s => s.Name!.Value!, s => s.Id!.Value!, StringComparer.OrdinalIgnoreCase) ?? [];
            var definedNames = workbook.DefinedNames?.Elements<DefinedName>().Where(d => d.LocalSheetId is null && d.Name?.Value is not null).ToList() ?? [];

            var refs = new List<NameRef>();
            List<string?>? tableHeaders = null;
            var widened = false;
            foreach (var d in definedNames)
            {
                var name = d.Name!.Value!;
                if (!name.StartsWith("OR_", StringComparison.OrdinalIgnoreCase)) continue;
                if (!FormContract.ByName.TryGetValue(name, out var figure))
                {
                    if (!IsServiceName(name))
                        findings.Add(Finding.Info(UnknownName, "", $"Tệp {fileName}: tên vùng {name} không thuộc danh mục chỉ tiêu của biểu mẫu; phần mềm bỏ qua tên này.") with { File = fileName });
                    continue;
                }
                var text = d.Text ?? "";
                if (FormReference.Parse(text) is not { } r || !sheets.ContainsKey(r.Sheet))
                {
                    findings.Add(Finding.Error(BrokenName, "", $"Tệp {fileName}: tên vùng {name} ({figure.Label}) trỏ tới \"{Short(text)}\", không phải một ô của bảng tính; hãy gắn lại tên cho ô của chỉ tiêu này.") with { File = fileName });
                    continue;
                }
                refs.Add(new NameRef(figure.Name, sheets.Keys.First(k => string.Equals(k, r.Sheet, StringComparison.OrdinalIgnoreCase)), r.Row, r.Col, r.IsRange));
            }

            // The member table may be an Excel table named OR_MemberList rather than a name (the first whose range reads).
            if (refs.All(x => x.Name != WorkbookSchema.MemberTable))
                foreach (var (sheetName, _, table) in CampaignFormWriter.MemberTables(wbPart, sheets))
                    if (FormReference.Parse($"{Cells.QuoteSheet(sheetName)}!{table.Reference?.Value}") is { } t)
                    {
                        refs.Add(new NameRef(WorkbookSchema.MemberTable, sheetName, t.Row, t.Col, true));
                        tableHeaders = table.TableColumns?.Elements<TableColumn>().Select(c => c.Name?.Value).ToList();
                        break;
                    }

            // What each named cell holds.
            var cells = ReadCells(wbPart, sheets, refs);
            foreach (var r in refs)
            {
                var figure = FormContract.ByName[r.Name];
                var address = Cells.Address(r.Row, r.Col);
                var where = $"Tệp {fileName}, trang \"{r.Sheet}\", ô {address} ({r.Name}: {figure.Group} › {figure.Label})";
                tagged.Add(new TaggedFigure(r.Name, figure.Group, figure.Label, r.Sheet, address));
                Finding At(Finding f) => f with { File = fileName, Sheet = r.Sheet, Cell = address };
                if (r.Range && figure.Kind is not (FormFigureKind.Label or FormFigureKind.Table))
                    findings.Add(At(Finding.Info(RangeName, "", $"{where}: tên vùng chỉ một vùng nhiều ô; phần mềm dùng ô đầu tiên {address}.")));
                if (!cells.TryGetValue((r.Sheet, r.Row, r.Col), out var content)) continue;
                if (content.Formula is not null && figure.Kind is FormFigureKind.Count or FormFigureKind.Number or FormFigureKind.Text or FormFigureKind.Flag)
                    findings.Add(At(Finding.Warning(FormulaInInput, "",
                        $"{where}: ô có công thức ={Short(content.Formula)} trong khi đơn vị phải nhập số liệu vào đây; kiểm tra lại ô đã gắn tên (khi tổng hợp, phần mềm giữ công thức và ghi kết quả đã tính).")));
                else if (content.Text is { } t && figure.Kind == FormFigureKind.Count && !decimal.TryParse(t.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                    findings.Add(At(Finding.Warning(TextInCount, "",
                        $"{where}: ô chứa chữ \"{Short(t)}\" trong khi chỉ tiêu là một số đếm; có lẽ tên đã gắn vào ô tiêu đề thay vì ô số liệu bên cạnh.")));
            }
            if (refs.FirstOrDefault(r => r.Name == WorkbookSchema.MemberTable) is { } members)
            {
                // Its header row names the columns: "Họ và tên" at least, or no member can be read from it.
                var headers = tableHeaders ?? HeaderRow(wbPart, sheets[members.Sheet], members.Row, members.Col);
                var known = headers.Select(WorkbookSchema.MemberColumnFor).OfType<MemberColumn>().Select(c => c.Header).Distinct().ToList();
                var address = Cells.Address(members.Row, members.Col);
                if (!members.Range && tableHeaders is null && headers.Count > 0
                    && definedNames.FirstOrDefault(d => string.Equals(d.Name!.Value, WorkbookSchema.MemberTable, StringComparison.OrdinalIgnoreCase)) is { } single)
                {
                    // One cell named (the header's first, as a cell picker gives it): the name becomes the header row as far
                    // as it has text, and the row below it (the template row), so that units' files are read row by row.
                    var range = $"{Cells.Absolute(members.Row, members.Col)}:{Cells.Absolute(members.Row + 1, members.Col + headers.Count - 1)}";
                    single.Text = $"{Cells.QuoteSheet(members.Sheet)}!{range}";
                    widened = true;
                    findings.Add(Finding.Info(MemberTableColumns, "",
                        $"Tệp {fileName}, trang \"{members.Sheet}\", ô {address}: tên {WorkbookSchema.MemberTable} gắn cho một ô; phần mềm gắn lại cho dòng tiêu đề và dòng mẫu bên dưới ({range.Replace("$", "")}).")
                        with
                    { File = fileName, Sheet = members.Sheet, Cell = address });
                }
                if (!known.Contains("Họ và tên"))
                    findings.Add(Finding.Warning(MemberTableColumns, "",
                        $"Tệp {fileName}, trang \"{members.Sheet}\", ô {address} ({WorkbookSchema.MemberTable}): dòng tiêu đề của danh sách đảng viên không có cột \"Họ và tên\"; " +
                        "gắn tên cho cả dòng tiêu đề (từ cột đầu đến cột cuối) và các dòng bên dưới, với các tiêu đề như trong biểu mẫu chung (Họ và tên, Năm sinh, Chi bộ, Tự xếp loại…).")
                        with
                    { File = fileName, Sheet = members.Sheet, Cell = address });
                else
                    findings.Add(Finding.Info(MemberTableColumns, "",
                        $"Tệp {fileName}, trang \"{members.Sheet}\", ô {address} ({WorkbookSchema.MemberTable}): danh sách đảng viên đọc {known.Count} cột ({string.Join(", ", known)}).")
                        with
                    { File = fileName, Sheet = members.Sheet, Cell = address });
            }
            foreach (var shared in refs.GroupBy(r => (r.Sheet, r.Row, r.Col)).Where(g => g.Count() > 1))
                findings.Add(Finding.Warning(SharedCell, "",
                    $"Tệp {fileName}, trang \"{shared.Key.Sheet}\", ô {Cells.Address(shared.Key.Row, shared.Key.Col)} mang nhiều tên vùng ({string.Join(", ", shared.Select(s => s.Name))}); mỗi chỉ tiêu cần một ô riêng.")
                    with
                { File = fileName, Sheet = shared.Key.Sheet, Cell = Cells.Address(shared.Key.Row, shared.Key.Col) });

            // What is not tagged: each required name, then block by block.
            var taggedNames = refs.Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var f in FormContract.Figures.Where(f => f.Required && !taggedNames.Contains(f.Name)))
                findings.Add(Finding.Error(RequiredMissing, "", $"Tệp {fileName}: chưa gắn tên {f.Name} ({f.Label}); biểu mẫu của đợt cần ô này để nhận biết đơn vị nộp.") with { File = fileName });
            foreach (var group in FormContract.Figures.Where(f => !f.Required && f.Kind != FormFigureKind.Label && !taggedNames.Contains(f.Name)).GroupBy(f => f.Group))
            {
                var all = FormContract.Figures.Count(f => f.Group == group.Key && f.Kind != FormFigureKind.Label);
                var list = group.ToList();
                findings.Add(Finding.Warning(FiguresMissing, "", list.Count == all
                    ? $"Tệp {fileName}: khối \"{group.Key}\" chưa gắn tên chỉ tiêu nào; đợt kiểm điểm sẽ không thu được số liệu của khối này."
                    : $"Tệp {fileName}: khối \"{group.Key}\" còn {list.Count}/{all} chỉ tiêu chưa gắn tên ({string.Join("; ", list.Take(8).Select(f => f.Label))}{(list.Count > 8 ? "; …" : "")}); đợt kiểm điểm sẽ không thu được các số liệu này.")
                    with
                { File = fileName });
            }

            if (findings.Any(f => f.Severity == Severity.Error)) return new FormCheckResult(null, findings, tagged);

            // The metadata the reader needs, as constants (the province's sheets stay as they are).
            var added = new List<string>();
            if (!definedNames.Any(d => string.Equals(d.Name!.Value, WorkbookSchema.FormId, StringComparison.OrdinalIgnoreCase)))
            {
                AddConstant(workbook, WorkbookSchema.FormId, WorkbookSchema.UnitFormId);
                added.Add($"{WorkbookSchema.FormId} = \"{WorkbookSchema.UnitFormId}\"");
            }
            if (!definedNames.Any(d => string.Equals(d.Name!.Value, WorkbookSchema.Version, StringComparison.OrdinalIgnoreCase)))
            {
                AddConstant(workbook, WorkbookSchema.Version, WorkbookSchema.TemplateVersion);
                added.Add($"{WorkbookSchema.Version} = \"{WorkbookSchema.TemplateVersion}\"");
            }
            if (added.Count == 0 && !widened)
            {
                return new FormCheckResult(bytes, findings, tagged);
            }
            workbook.Save();
            if (added.Count > 0)
                findings.Add(Finding.Info(MetadataAdded, "", $"Tệp {fileName}: đã thêm tên vùng {string.Join(", ", added)} để phần mềm nhận ra biểu mẫu; các trang tính giữ nguyên.") with { File = fileName });
        }
        return new FormCheckResult(ms.ToArray(), findings, tagged);
    }

    private static bool IsServiceName(string name) =>
        name.StartsWith("OR_List_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("OR_Sub_", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, WorkbookSchema.FormId, StringComparison.OrdinalIgnoreCase) || string.Equals(name, WorkbookSchema.Version, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, WorkbookSchema.Preparer, StringComparison.OrdinalIgnoreCase) || string.Equals(name, WorkbookSchema.Phone, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, WorkbookSchema.PreparedDate, StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds a workbook-level name holding a string constant, keeping the names sorted as Excel writes them.</summary>
    internal static void AddConstant(Workbook workbook, string name, string value)
    {
        var names = workbook.DefinedNames;
        if (names is null)
        {
            names = new DefinedNames();
            // definedNames comes after sheets (and functionGroups/externalReferences) in CT_Workbook.
            OpenXmlElement? after = (OpenXmlElement?)workbook.GetFirstChild<ExternalReferences>() ?? (OpenXmlElement?)workbook.GetFirstChild<FunctionGroups>() ?? workbook.Sheets;
            if (after is null) workbook.AppendChild(names); else workbook.InsertAfter(names, after);
        }
        var element = new DefinedName { Name = name, Text = "\"" + value.Replace("\"", "\"\"") + "\"" };
        var next = names.Elements<DefinedName>().FirstOrDefault(d => string.Compare(d.Name?.Value, name, StringComparison.OrdinalIgnoreCase) > 0);
        if (next is null) names.AppendChild(element); else names.InsertBefore(element, next);
    }

    internal readonly record struct CellContent(string? Formula, string? Text, string? Value);

    /// <summary>The content of the named cells, each sheet streamed once (no sheet DOM is loaded, nothing is saved).</summary>
    private static Dictionary<(string, int, int), CellContent> ReadCells(WorkbookPart wbPart, Dictionary<string, string> sheets, List<NameRef> refs)
    {
        var result = new Dictionary<(string, int, int), CellContent>();
        var sharedWanted = new Dictionary<int, List<(string, int, int)>>();
        foreach (var bySheet in refs.GroupBy(r => r.Sheet))
        {
            if (wbPart.GetPartById(sheets[bySheet.Key]) is not WorksheetPart part) continue;
            var wanted = bySheet.Select(r => Cells.Address(r.Row, r.Col)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Cell) || !reader.IsStartElement) continue;
                var reference = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                if (reference is null || !wanted.Contains(reference)) continue;
                var cell = (Cell)reader.LoadCurrentElement()!;
                if (!Cells.TryParse(reference, out var row, out var col)) continue;
                var formula = cell.CellFormula?.Text;
                if (cell.CellFormula is not null && string.IsNullOrEmpty(formula)) formula = "(công thức dùng chung)";
                var type = cell.DataType?.Value;
                var value = cell.CellValue?.Text;
                string? text = null;
                if (type == CellValues.SharedString && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    (sharedWanted.TryGetValue(index, out var l) ? l : sharedWanted[index] = []).Add((bySheet.Key, row, col));
                else if (type == CellValues.InlineString) text = cell.InlineString?.InnerText;
                else if (type == CellValues.String) text = value;
                result[(bySheet.Key, row, col)] = new CellContent(formula, text, value);
            }
        }
        foreach (var (index, text) in SharedTexts(wbPart, sharedWanted.Keys.ToHashSet()))
            foreach (var key in sharedWanted[index]) result[key] = result[key] with { Text = text };
        return result;
    }

    /// <summary>The texts of these shared string indexes, the table streamed once (no DOM is loaded); indexes not in the table are left out.</summary>
    private static Dictionary<int, string> SharedTexts(WorkbookPart wbPart, HashSet<int> wanted)
    {
        var texts = new Dictionary<int, string>();
        if (wanted.Count == 0 || wbPart.SharedStringTablePart is not { } sst) return texts;
        using var reader = OpenXmlReader.Create(sst);
        var i = -1;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            i++;
            if (wanted.Contains(i)) texts[i] = ((SharedStringItem)reader.LoadCurrentElement()!).InnerText;
        }
        return texts;
    }

    /// <summary>The texts of a row from a column rightwards while they are not empty (the header row of a named member range).</summary>
    private static List<string?> HeaderRow(WorkbookPart wbPart, string sheetId, int row, int firstCol)
    {
        var texts = new SortedDictionary<int, string?>();
        if (wbPart.GetPartById(sheetId) is not WorksheetPart part) return [];
        var shared = new Dictionary<int, int>(); // column → shared string index, resolved after the row is read
        using (var reader = OpenXmlReader.Create(part))
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Cell) || !reader.IsStartElement) continue;
                var reference = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                if (reference is null || !Cells.TryParse(reference, out var r, out var c) || r != row || c < firstCol) continue;
                var cell = (Cell)reader.LoadCurrentElement()!;
                if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i)) shared[c] = i;
                else shared.Remove(c);
                texts[c] = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
            }
        var strings = SharedTexts(wbPart, [.. shared.Values]);
        foreach (var (c, i) in shared)
            if (strings.TryGetValue(i, out var text)) texts[c] = text;
        var list = new List<string?>();
        for (var c = firstCol; texts.TryGetValue(c, out var t) && !string.IsNullOrWhiteSpace(t); c++) list.Add(t);
        return list;
    }

    private static string Short(string s) => s.Length > 80 ? s[..80] + "…" : s;
}

/// <summary>A defined name's reference: "'Biểu 1'!$D$12" or "Sheet1!$B$9:$D$9" → sheet and first cell.</summary>
internal readonly record struct FormReference(string Sheet, int Row, int Col, bool IsRange)
{
    public static FormReference? Parse(string text)
    {
        var t = text.Trim();
        if (t.StartsWith('=')) t = t[1..];
        var bang = t.LastIndexOf('!');
        if (bang <= 0) return null;
        var sheet = t[..bang];
        if (sheet.Length >= 2 && sheet[0] == '\'' && sheet[^1] == '\'') sheet = sheet[1..^1].Replace("''", "'");
        var reference = t[(bang + 1)..].Replace("$", "");
        var colon = reference.IndexOf(':');
        var first = colon >= 0 ? reference[..colon] : reference;
        if (!Cells.TryParse(first, out var row, out var col)) return null;
        var isRange = colon >= 0 && !string.Equals(first, reference[(colon + 1)..], StringComparison.OrdinalIgnoreCase);
        return new FormReference(sheet, row, col, isRange);
    }
}
