using System.Globalization;
using ClosedXML.Excel;
using OfficeReview.Domain.Model;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Forms;

namespace OfficeReview.OpenXml.Tests.Workbooks;

/// <summary>
/// The independent oracle for every workbook the product writes: the workbook is opened with ClosedXML 0.95.4 (another
/// reader than ours, test-only) and what it holds is compared with what was written — the figures at the cells their
/// defined names point at (our layout and a province's tagged layout alike), the loại hình rows, the member list (table
/// or named range), "Theo đơn vị" and "Nguồn", plain table exports, and a province layout kept cell for cell. Shared by
/// the OpenXml and the Service tests (linked), so there is one oracle, not copies.
/// </summary>
internal static class WorkbookOracle
{
    public static XLWorkbook Open(byte[] xlsx) => new(new MemoryStream(xlsx));

    /// <summary>A defined name's text (workbook level), or null when the workbook has no such name.</summary>
    public static string? RefersTo(XLWorkbook wb, string name) =>
        wb.NamedRanges.FirstOrDefault(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase))?.RefersTo?.TrimStart('=');

    /// <summary>
    /// The range a defined name points at, resolved here from the name's text: ClosedXML 0.95.4 splits references at
    /// commas, and sheet names such as "Lãnh đạo, quản lý" have one. Null when the workbook has no such name.
    /// </summary>
    public static IXLRange? NamedRange(XLWorkbook wb, string name)
    {
        if (RefersTo(wb, name) is not { } text) return null;
        var bang = text.LastIndexOf('!');
        if (bang < 0) return null; // a constant (OR_Form_Id = "…")
        var sheet = text[..bang].Trim('\'').Replace("''", "'");
        var address = text[(bang + 1)..].Replace("$", "");
        return wb.Worksheet(sheet).Range(address.Contains(':') ? address : address + ":" + address);
    }

    /// <summary>The first cell of a defined name; fails the test when the name is missing.</summary>
    public static IXLCell Named(XLWorkbook wb, string name)
    {
        var range = NamedRange(wb, name);
        Assert.True(range is not null, $"{name}: no such name in the workbook");
        return range!.FirstCell();
    }

    /// <summary>A cell's value as written: a formula's cached value, else its value (empty → null).</summary>
    public static object? ValueOf(IXLCell cell)
    {
        var value = cell.HasFormula ? cell.CachedValue : cell.Value;
        return value is string { Length: 0 } ? null : value;
    }

    /// <summary>
    /// Every figure of <paramref name="report"/> that the workbook names sits in its named cell: counts and typed numbers
    /// equal, texts equal, empty figures empty; computed percentages only where the cell is a formula (its cached value).
    /// Returns how many figures were compared (names the workbook does not carry are the form's choice, not compared).
    /// </summary>
    public static int FiguresMatch(XLWorkbook wb, UnitReport report, string rulesetId = "366")
    {
        var compared = 0;
        foreach (var (name, expected) in FormValues.For(report, rulesetId))
        {
            if (NamedRange(wb, name) is not { } range) continue;
            var cell = range.FirstCell();
            if (expected.Computed && !cell.HasFormula) continue; // a computed percentage is never typed
            var where = $"{name} ({cell.Worksheet.Name}!{cell.Address})";
            var value = ValueOf(cell);
            if (expected.Number is { } n)
            {
                Assert.True(value is not null, $"{where}: empty, {n} was written");
                var actual = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                Assert.True(expected.Computed ? Math.Abs(actual - n) < 0.0000001m : actual == n, $"{where}: {value} ≠ {n}");
            }
            else if (expected.Text is { } t) Assert.True(t == value?.ToString(), $"{where}: \"{value}\" ≠ \"{t}\"");
            else Assert.True(value is null, $"{where}: \"{value}\" where nothing was written");
            compared++;
        }
        return compared;
    }

    /// <summary>
    /// The loại hình rows (label cells named OR_Org_*_Cnn, figures in the block's columns): each category row of the report
    /// sits on a slot row whose label names it, with its counts. Returns how many counts were compared.
    /// </summary>
    public static int CategoryRowsMatch(XLWorkbook wb, UnitReport report)
    {
        var compared = 0;
        foreach (var kind in OrganizationBlockKinds.All)
        {
            var spec = WorkbookSchema.OrgBlockRow(kind);
            var slots = Enumerable.Range(0, WorkbookSchema.CategorySlots).Select(i => NamedRange(wb, WorkbookSchema.OrgCategoryRow(kind, i).Prefix)?.FirstCell()).OfType<IXLCell>().ToList();
            if (slots.Count == 0) continue;
            var fields = spec.Fields.Where(f => f.Kind == CountFieldKind.Count && NamedRange(wb, spec.Name(f)) is { } c && c.Worksheet.Name == slots[0].Worksheet.Name).ToList();
            foreach (var row in report.Organizations?.Get(kind)?.ByCategory ?? [])
            {
                var name = UnitCategories.FromSlug(row.Category)?.Name ?? row.Category;
                long? Value(IXLCell slot, CountField f) => ValueOf(slot.Worksheet.Cell(slot.Address.RowNumber, NamedRange(wb, spec.Name(f))!.FirstCell().Address.ColumnNumber)) is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;
                var match = slots.Where(s => string.Equals(s.GetString(), name, StringComparison.OrdinalIgnoreCase))
                    .FirstOrDefault(s => fields.All(f => Value(s, f) == (long?)FormValues.Field(f, row).Number));
                Assert.True(match is not null, $"{spec.Prefix}: no loại hình row labelled \"{name}\" with its figures ({string.Join(", ", fields.Select(f => $"{f.Suffix} {FormValues.Field(f, row).Number}"))})");
                compared += fields.Count;
            }
        }
        return compared;
    }

    /// <summary>
    /// The member list (table OR_MemberList, or the workbook name OR_MemberList over header and rows): its columns found by
    /// header, each member's row in order with the written values. Returns the header row's range.
    /// </summary>
    public static IXLRange MemberListMatches(XLWorkbook wb, IReadOnlyList<MemberEntry> members)
    {
        var table = wb.Worksheets.SelectMany(w => w.Tables).FirstOrDefault(t => string.Equals(t.Name, WorkbookSchema.MemberTable, StringComparison.OrdinalIgnoreCase));
        var range = table?.AsRange() ?? NamedRange(wb, WorkbookSchema.MemberTable);
        Assert.True(range is not null, "no member table (table or name OR_MemberList)");
        var header = range!.FirstRow();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in header.Cells())
            if (WorkbookSchema.MemberColumnFor(cell.GetString()) is { } c) columns.TryAdd(c.JsonKey ?? c.Header, cell.Address.ColumnNumber);
        Assert.True(columns.ContainsKey("name"), "the member table has no \"Họ và tên\" column");
        var ws = range.Worksheet;
        var first = header.RowNumber() + 1;
        Assert.True(range.LastRow().RowNumber() >= first + members.Count - 1, $"the member table ends at row {range.LastRow().RowNumber()}, {members.Count} members need rows {first}–{first + members.Count - 1}");
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            var row = first + i;
            void Is(string key, string? expected)
            {
                if (!columns.TryGetValue(key, out var col)) return;
                var value = ValueOf(ws.Cell(row, col))?.ToString();
                Assert.True((expected ?? "") == (value ?? ""), $"member {i + 1} ({ws.Name}!{ws.Cell(row, col).Address}, {key}): \"{value}\" ≠ \"{expected}\"");
            }
            Is("name", m.Name);
            Is("birthYear", m.BirthYear?.ToString(CultureInfo.InvariantCulture));
            Is("cell", m.Cell);
            Is("position", m.Position);
            Is("selfLevel", m.SelfLevel?.VietnameseName());
            Is("proposedLevel", m.ProposedLevel?.VietnameseName());
            Is("decidedLevel", m.DecidedLevel?.VietnameseName());
            Is("note", m.Note);
        }
        // Rows of the table past the list hold no member.
        if (columns.TryGetValue("name", out var nameCol))
            for (var row = first + members.Count; row <= range.LastRow().RowNumber(); row++)
                Assert.True(ws.Cell(row, nameCol).IsEmpty(), $"{ws.Name}!{ws.Cell(row, nameCol).Address}: a name past the list");
        return header.AsRange();
    }

    /// <summary>
    /// A consolidated workbook's "Theo đơn vị" (each child's member total on the row of its code in section "V. Đảng viên",
    /// the "Cộng" row's cached sum) and "Nguồn" (each child's code and SHA-256 under the header row).
    /// </summary>
    public static void ChildrenMatch(XLWorkbook wb, IReadOnlyList<ConsolidatedSource> children)
    {
        var by = wb.Worksheet(WorkbookSchema.Sheets.BySubunit);
        var labels = by.CellsUsed().Where(c => !c.HasFormula && c.DataType == XLDataType.Text).ToList();
        var title = labels.First(c => c.GetString() == "V. Đảng viên").Address.RowNumber;
        var end = labels.Where(c => c.Address.RowNumber > title && c.GetString() == "Cộng").Min(c => c.Address.RowNumber);
        for (var i = 0; i < children.Count; i++)
        {
            var row = Enumerable.Range(title + 1, end - title - 1).Single(r => by.Cell(r, 2).GetString() == children[i].UnitCode);
            Assert.Equal(children[i].Report.Unit.Name, by.Cell(row, 3).GetString());
            Assert.Equal(children[i].Report.Members?.Total, by.Cell(row, 4).IsEmpty() ? null : by.Cell(row, 4).GetValue<long>());
        }
        var sum = by.Cell(end, 4);
        Assert.True(sum.HasFormula, $"{by.Name}!{sum.Address}: the \"Cộng\" cell is not a formula");
        Assert.Equal(children.Sum(c => c.Report.Members?.Total ?? 0), Convert.ToInt64(sum.CachedValue, CultureInfo.InvariantCulture));

        var sources = wb.Worksheet(WorkbookSchema.Sheets.Sources);
        var sha = sources.CellsUsed().First(c => !c.HasFormula && c.DataType == XLDataType.Text && c.GetString() == "SHA-256");
        for (var i = 0; i < children.Count; i++)
        {
            var row = sha.Address.RowNumber + 1 + i;
            Assert.Equal(children[i].UnitCode, sources.Cell(row, 2).GetString());
            Assert.Equal(children[i].FileName, sources.Cell(row, 4).GetString());
            Assert.Equal(children[i].Sha256, sources.Cell(row, sha.Address.ColumnNumber).GetString());
        }
    }

    /// <summary>A plain table sheet: each row's texts from <paramref name="firstRow"/>, cell for cell; no cell became a formula.</summary>
    public static void RowsMatch(IXLWorksheet ws, int firstRow, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Count; c++)
            {
                var cell = ws.Cell(firstRow + r, c + 1);
                Assert.False(cell.HasFormula, $"{ws.Name}!{cell.Address} became a formula");
                Assert.True((rows[r][c] ?? "") == cell.GetString(), $"{ws.Name}!{cell.Address}: \"{cell.GetString()}\" ≠ \"{rows[r][c]}\"");
            }
        Assert.True(ws.Cell(firstRow + rows.Count, 1).IsEmpty(), $"{ws.Name}: a row after the last one written");
    }

    /// <summary>
    /// Columns of a table sheet found by their header text in <paramref name="headerRow"/>: each column's values from the
    /// next row down, as written (texts; numbers in their invariant form), and nothing below the last.
    /// </summary>
    public static void ColumnsMatch(IXLWorksheet ws, int headerRow, IReadOnlyDictionary<string, IReadOnlyList<string?>> columns)
    {
        var headers = ws.Row(headerRow).CellsUsed().Where(c => c.DataType == XLDataType.Text).ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        foreach (var (header, values) in columns)
        {
            Assert.True(headers.TryGetValue(header, out var col), $"{ws.Name}: no column \"{header}\" in row {headerRow}");
            for (var i = 0; i < values.Count; i++)
            {
                var cell = ws.Cell(headerRow + 1 + i, col);
                var value = ValueOf(cell) is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
                Assert.True((values[i] ?? "") == (value ?? ""), $"{ws.Name}!{cell.Address} ({header}): \"{value}\" ≠ \"{values[i]}\"");
            }
            Assert.True(ws.Cell(headerRow + 1 + values.Count, col).IsEmpty(), $"{ws.Name}!{ws.Cell(headerRow + 1 + values.Count, col).Address} ({header}): a value after the last row written");
        }
    }

    /// <summary>
    /// The province's layout kept in <paramref name="written"/>: the same sheets first and in order, each sheet's merged
    /// ranges, column widths, and for every cell of the original its fill, font, border, number format, formula and (for
    /// a label) its text.
    /// </summary>
    public static void LayoutKept(byte[] original, byte[] written)
    {
        using var a = Open(original);
        using var b = Open(written);
        var sheets = a.Worksheets.Select(w => w.Name).ToList();
        Assert.Equal(sheets, b.Worksheets.Take(sheets.Count).Select(w => w.Name));
        foreach (var sheet in sheets)
        {
            var was = a.Worksheet(sheet);
            var now = b.Worksheet(sheet);
            Assert.Equal(was.MergedRanges.Select(r => r.RangeAddress.ToString()!).Order(), now.MergedRanges.Select(r => r.RangeAddress.ToString()!).Order());
            for (var c = 1; c <= Math.Max(1, was.LastColumnUsed()?.ColumnNumber() ?? 1); c++) Assert.Equal(was.Column(c).Width, now.Column(c).Width);
            foreach (var cell in was.CellsUsed(XLCellsUsedOptions.All))
            {
                var n = now.Cell(cell.Address.ToString());
                var where = $"{sheet}!{cell.Address}";
                Assert.True(cell.Style.Fill.BackgroundColor == n.Style.Fill.BackgroundColor, $"{where}: fill changed");
                Assert.True(cell.Style.Font.Bold == n.Style.Font.Bold && cell.Style.Font.FontName == n.Style.Font.FontName, $"{where}: font changed");
                Assert.True(cell.Style.Border.LeftBorder == n.Style.Border.LeftBorder && cell.Style.Border.BottomBorder == n.Style.Border.BottomBorder, $"{where}: border changed");
                Assert.True(cell.Style.NumberFormat.Format == n.Style.NumberFormat.Format, $"{where}: number format changed");
                Assert.True(cell.FormulaA1 == n.FormulaA1, $"{where}: formula {cell.FormulaA1} became {n.FormulaA1}");
                if (!cell.HasFormula && !cell.IsEmpty() && cell.DataType == XLDataType.Text) Assert.True(cell.GetString() == n.GetString(), $"{where}: label changed");
            }
            Assert.Equal(was.DataValidations.Count(), now.DataValidations.Count());
        }
    }
}
