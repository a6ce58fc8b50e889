using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeReview.Domain.Formatting;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Workbooks.Forms;

public static partial class CampaignFormWriter
{
    /// <summary>
    /// Where a form keeps its member table: an Excel table named OR_MemberList (header row, data rows, maybe a totals row)
    /// or a workbook name OR_MemberList over the header row and the data rows. Columns are recognised by their header text
    /// (the headers and aliases the reader accepts); the first data row is the template of every row added.
    /// </summary>
    internal sealed record MemberRegion(string Sheet, int HeaderRow, int FirstCol, int LastCol, int FirstData, int LastData, int TotalsRows,
        TableDefinitionPart? Table, DefinedName? Name, IReadOnlyList<string?> Headers)
    {
        public string What => Table is not null ? $"bảng {WorkbookSchema.MemberTable}" : $"vùng tên {WorkbookSchema.MemberTable}";
    }

    /// <summary>The form's Excel tables named OR_MemberList (by name or display name), in sheet order, each with its sheet.</summary>
    internal static IEnumerable<(string Sheet, TableDefinitionPart Part, Table Table)> MemberTables(WorkbookPart wbPart, Dictionary<string, string> sheets)
    {
        foreach (var (sheet, id) in sheets)
        {
            if (wbPart.GetPartById(id) is not WorksheetPart part) continue;
            foreach (var tdp in part.TableDefinitionParts)
                if (tdp.Table is { } table && (string.Equals(table.Name?.Value, WorkbookSchema.MemberTable, StringComparison.OrdinalIgnoreCase)
                                               || string.Equals(table.DisplayName?.Value, WorkbookSchema.MemberTable, StringComparison.OrdinalIgnoreCase)))
                    yield return (sheet, tdp, table);
        }
    }

    private static partial class MemberTable
    {
        public static void Fill(WorkbookPart wbPart, Dictionary<string, string> sheets, DefinedName? name, SheetEdits edits,
            IReadOnlyList<MemberEntry>? list, string formName, List<Finding> findings)
        {
            var members = list ?? [];
            var region = Locate(wbPart, sheets, name, edits);
            if (region is null)
            {
                if (members.Count > 0)
                    findings.Add(Finding.Warning(MembersNotInForm, "memberList",
                        $"{Capital(formName)} không có bảng danh sách đảng viên (bảng hoặc tên vùng {WorkbookSchema.MemberTable}); " +
                        $"danh sách {VietnameseFormat.Count(members.Count)} đảng viên không được ghi vào tệp. Hãy gắn tên {WorkbookSchema.MemberTable} cho dòng tiêu đề và các dòng của danh sách trong biểu mẫu của đợt.")
                        with
                    { File = formName });
                return;
            }
            if (members.Count == 0) return; // nothing to write: the form's rows stay as they are
            var columns = new Dictionary<int, MemberColumn>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < region.Headers.Count; i++)
                if (WorkbookSchema.MemberColumnFor(region.Headers[i]) is { } column && keys.Add(column.Header))
                    columns[region.FirstCol + i] = column;
            var header = Cells.Address(region.HeaderRow, region.FirstCol);
            if (!columns.Values.Any(c => c.JsonKey == "name"))
            {
                findings.Add(Finding.Warning(MembersNotInForm, "memberList",
                    $"{Capital(formName)}, trang \"{region.Sheet}\": {region.What} (tiêu đề ở dòng {region.HeaderRow}, từ ô {header}) không có cột \"Họ và tên\"; " +
                    $"danh sách {VietnameseFormat.Count(members.Count)} đảng viên không được ghi vào tệp.")
                    with
                { File = formName, Sheet = region.Sheet, Cell = header });
                return;
            }

            var last = region.FirstData + members.Count - 1;
            if (last > region.LastData) EnsureRoom(edits, region, last, members.Count, formName);

            // The template: the first data row's cells (styles, formulas) and the row's own format and height.
            var templateRow = edits.GetRow(region.Sheet, region.FirstData, create: false);
            var template = new Dictionary<int, Cell>();
            if (templateRow is not null)
                foreach (var c in templateRow.Elements<Cell>())
                    if (c.CellReference?.Value is { } reference && Cells.TryParse(reference, out _, out var col) && col >= region.FirstCol && col <= region.LastCol)
                        template[col] = c;

            for (var i = 0; i < members.Count; i++)
            {
                var r = region.FirstData + i;
                var added = r > region.LastData;
                var row = edits.GetRow(region.Sheet, r, create: true)!;
                if (added && templateRow is not null)
                {
                    if (templateRow.Height is { } height) { row.Height = height.Value; row.CustomHeight = templateRow.CustomHeight?.Value; }
                    if (templateRow.StyleIndex is { } rowStyle) { row.StyleIndex = rowStyle.Value; row.CustomFormat = templateRow.CustomFormat?.Value; }
                }
                for (var col = region.FirstCol; col <= region.LastCol; col++)
                {
                    columns.TryGetValue(col, out var column);
                    template.TryGetValue(col, out var model);
                    if (column is null && (!added || model is null)) continue;
                    var cell = SheetEdits.CellIn(row, r, col, create: true)!;
                    if (added && model is not null)
                    {
                        if (model.StyleIndex is { } style) cell.StyleIndex = style.Value;
                        if (model.CellFormula is { } f && !string.IsNullOrEmpty(f.Text) && (f.FormulaType is null || f.FormulaType.Value == CellFormulaValues.Normal || f.FormulaType.Value == CellFormulaValues.Shared))
                        {
                            cell.CellFormula = new CellFormula(ShiftRows(f.Text, r - region.FirstData));
                            edits.FormulasAdded = true;
                            if (column is null) { cell.DataType = CellValues.String; cell.CellValue = new CellValue(""); }
                        }
                    }
                    if (column is null) continue;
                    var written = WorkbookLayout.MemberCell(column, members[i], i, r);
                    var value = written.Text is { } t ? FormValue.Of(t)
                        : (written.Number ?? written.CachedNumber) is { } n ? FormValue.Of(decimal.Parse(n, CultureInfo.InvariantCulture))
                        : default;
                    SheetEdits.Fill(cell, value, cell.CellFormula is null ? null : "", edits.SharedString);
                }
            }
            // Data rows the list does not reach: what was typed there is cleared (formulas and styles stay), so no stale row reads as a member.
            for (var r = last + 1; r <= region.LastData; r++)
            {
                if (edits.GetRow(region.Sheet, r, create: false) is not { } row) continue;
                foreach (var col in columns.Keys)
                    if (SheetEdits.CellIn(row, r, col, create: false) is { CellFormula: null } cell)
                    {
                        cell.CellValue = null;
                        cell.InlineString = null;
                        cell.DataType = null;
                    }
            }
            if (last > region.LastData) Grow(edits, region, last);
            // A name on the header cell alone becomes the list's whole range, so that the reader finds its rows.
            else if (region.Name is { } named)
                named.Text = $"{Cells.QuoteSheet(region.Sheet)}!{Cells.Absolute(region.HeaderRow, region.FirstCol)}:{Cells.Absolute(region.LastData, region.LastCol)}";
        }

        /// <summary>
        /// The rows the table grows into must be empty in its columns: no value, no formula, no merged cell, no other
        /// table. Otherwise the form is refused (never overwritten), naming the sheet and the first cell in the way.
        /// </summary>
        private static void EnsureRoom(SheetEdits edits, MemberRegion region, int last, int count, string formName)
        {
            string? blockedAt = null;
            string? content = null;
            for (var r = region.LastData + 1; r <= last && blockedAt is null; r++)
            {
                if (edits.GetRow(region.Sheet, r, create: false) is not { } row) continue;
                foreach (var c in row.Elements<Cell>())
                {
                    if (c.CellReference?.Value is not { } reference || !Cells.TryParse(reference, out _, out var col) || col < region.FirstCol || col > region.LastCol) continue;
                    var text = edits.TextOf(c);
                    if (c.CellFormula is null && string.IsNullOrEmpty(text)) continue;
                    blockedAt = Cells.Address(r, col);
                    content = c.CellFormula is { } f ? $"công thức ={Short(f.Text ?? "")}" : $"\"{Short(text!)}\"";
                    break;
                }
            }
            var worksheet = edits.Part(region.Sheet)!.Worksheet;
            if (blockedAt is null)
                foreach (var merge in worksheet.GetFirstChild<MergeCells>()?.Elements<MergeCell>() ?? [])
                    if (Range(merge.Reference?.Value) is { } m && m.R1 <= last && m.R2 > region.LastData && m.C1 <= region.LastCol && m.C2 >= region.FirstCol)
                    {
                        blockedAt = Cells.Address(m.R1, m.C1);
                        content = $"vùng ô gộp {merge.Reference!.Value}";
                        break;
                    }
            if (blockedAt is null)
                foreach (var other in edits.Part(region.Sheet)!.TableDefinitionParts)
                    if (other != region.Table && Range(other.Table?.Reference?.Value) is { } t && t.R1 <= last && t.R2 > region.LastData && t.C1 <= region.LastCol && t.C2 >= region.FirstCol)
                    {
                        blockedAt = Cells.Address(t.R1, t.C1);
                        content = $"bảng {other.Table!.Name?.Value}";
                        break;
                    }
            if (blockedAt is null) return;
            throw new FillRefusedException(Finding.Error(MembersNoRoom, "memberList",
                $"{Capital(formName)}, trang \"{region.Sheet}\": danh sách có {VietnameseFormat.Count(count)} đảng viên, {region.What} cần các dòng {region.FirstData}–{last} " +
                $"nhưng ô {blockedAt} bên dưới đã có nội dung ({content}). Phần mềm không chèn dòng và không ghi đè nội dung của biểu mẫu, nên không điền biểu mẫu này. " +
                $"Hãy để trống đủ dòng dưới {region.What} (chuyển phần ghi chú, chữ ký xuống dưới hoặc đặt danh sách ở một trang riêng) rồi tải biểu mẫu lên lại cho đợt.")
                with
            { File = formName, Sheet = region.Sheet, Cell = blockedAt });
        }

        /// <summary>The table's range (and its filter), or the name, and the validations and conditional formats of the template row, reach the new last row.</summary>
        private static void Grow(SheetEdits edits, MemberRegion region, int last)
        {
            if (region.Table?.Table is { } table)
            {
                table.Reference = $"{Cells.Address(region.HeaderRow, region.FirstCol)}:{Cells.Address(last + region.TotalsRows, region.LastCol)}";
                if (table.AutoFilter is { } filter) filter.Reference = $"{Cells.Address(region.HeaderRow, region.FirstCol)}:{Cells.Address(last, region.LastCol)}";
                table.Save();
            }
            if (region.Name is { } name)
                name.Text = $"{Cells.QuoteSheet(region.Sheet)}!{Cells.Absolute(region.HeaderRow, region.FirstCol)}:{Cells.Absolute(last, region.LastCol)}";
            var worksheet = edits.Part(region.Sheet)!.Worksheet;
            foreach (var v in worksheet.Descendants<DataValidation>()) v.SequenceOfReferences = Extend(v.SequenceOfReferences, region, last);
            foreach (var cf in worksheet.Elements<ConditionalFormatting>()) cf.SequenceOfReferences = Extend(cf.SequenceOfReferences, region, last);
            if (worksheet.SheetDimension is { Reference.Value: { } dim } dimension && Range(dim) is { } d && d.R2 < last)
                dimension.Reference = $"{Cells.Address(d.R1, d.C1)}:{Cells.Address(last, Math.Max(d.C2, region.LastCol))}";
        }

        /// <summary>Ranges of a sqref that cover the first data row inside the table's columns and stop short of the new last row are extended to it.</summary>
        private static ListValue<StringValue>? Extend(ListValue<StringValue>? sqref, MemberRegion region, int last)
        {
            if (sqref?.InnerText is not { Length: > 0 } text) return sqref;
            var changed = false;
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p =>
            {
                if (Range(p) is not { } r || r.R1 > region.FirstData || r.R2 < region.FirstData || r.R2 >= last || r.C1 < region.FirstCol || r.C2 > region.LastCol) return p;
                changed = true;
                return $"{Cells.Address(r.R1, r.C1)}:{Cells.Address(last, r.C2)}";
            }).ToList();
            return changed ? new ListValue<StringValue> { InnerText = string.Join(' ', parts) } : sqref;
        }

        private readonly record struct Box(int R1, int C1, int R2, int C2);

        /// <summary>"A10:H11", "$A$10:$H$11" or "C7" → the box; null when not a reference.</summary>
        private static Box? Range(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            var t = text.Replace("$", "", StringComparison.Ordinal);
            var colon = t.IndexOf(':');
            var a = colon < 0 ? t : t[..colon];
            var b = colon < 0 ? t : t[(colon + 1)..];
            if (!Cells.TryParse(a, out var r1, out var c1) || !Cells.TryParse(b, out var r2, out var c2)) return null;
            return new Box(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
        }

        /// <summary>The member table of the form: the table OR_MemberList on any sheet, else the workbook name OR_MemberList.</summary>
        public static MemberRegion? Locate(WorkbookPart wbPart, Dictionary<string, string> sheets, DefinedName? name, SheetEdits edits)
        {
            foreach (var (sheet, tdp, table) in MemberTables(wbPart, sheets))
            {
                // The first table is the member table.
                if (Range(table.Reference?.Value) is not { } box) return null;
                var headerRows = (int)Math.Min(1u, table.HeaderRowCount?.Value ?? 1u);
                var totals = (int)Math.Min(1u, table.TotalsRowCount?.Value ?? 0u);
                var headers = table.TableColumns?.Elements<TableColumn>().Select(c => c.Name?.Value).Take(box.C2 - box.C1 + 1).ToList() ?? [];
                var firstData = box.R1 + headerRows;
                return new MemberRegion(sheet, box.R1, box.C1, box.C2, firstData, Math.Max(firstData, box.R2 - totals), totals, tdp, null, headers);
            }
            if (name is null || FormReference.Parse(name.Text ?? "") is not { } start) return null;
            var sheetName = sheets.Keys.First(k => string.Equals(k, start.Sheet, StringComparison.OrdinalIgnoreCase));
            var text = (name.Text ?? "").Trim().TrimStart('=');
            var bang = text.LastIndexOf('!');
            var end = Range(text[(bang + 1)..]) is { } whole ? whole : new Box(start.Row, start.Col, start.Row, start.Col);
            var lastCol = end.C2;
            if (end.C2 == end.C1)
            {
                // One cell named: the header row runs right from it while its cells have text.
                while (lastCol < start.Col + 255 && !string.IsNullOrWhiteSpace(edits.Text(sheetName, start.Row, lastCol + 1))) lastCol++;
            }
            var names = Enumerable.Range(start.Col, lastCol - start.Col + 1).Select(c => edits.Text(sheetName, start.Row, c)).ToList();
            return new MemberRegion(sheetName, start.Row, start.Col, lastCol, start.Row + 1, Math.Max(start.Row + 1, end.R2), 0, null, name, names);
        }

        /// <summary>
        /// A template row's formula for a row <paramref name="delta"/> rows below: relative row numbers of A1 references
        /// move, absolute ones ($5) and quoted text do not (what Excel does when a formula is copied down).
        /// </summary>
        internal static string ShiftRows(string formula, int delta)
        {
            if (delta == 0) return formula;
            var parts = formula.Split('"');
            for (var i = 0; i < parts.Length; i += 2) // outside string literals
                parts[i] = Reference().Replace(parts[i], m => m.Groups[3].Value.Length > 0 ? m.Value
                    : m.Groups[1].Value + m.Groups[2].Value + (int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) + delta).ToString(CultureInfo.InvariantCulture));
            return string.Join('"', parts);
        }

        [GeneratedRegex(@"(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(])")]
        private static partial Regex Reference();
    }
}
