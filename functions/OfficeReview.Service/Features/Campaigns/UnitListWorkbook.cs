using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeReview.Domain.Rules;

namespace OfficeReview.Service.Features.Campaigns;

/// <summary>
/// A unit list kept as a plain worksheet (.xlsx): the first worksheet, the first non-empty row as header (the same
/// headers as the CSV list: code/ma, name/ten, kind/loai, category/loai_hinh, parent/ma_cap_tren). Read with the SAX
/// reader and bounded (rows, characters per part); never throws.
/// </summary>
public static class UnitListWorkbook
{
    public const long MaxCharactersInPart = 64L * 1024 * 1024;

    /// <summary>The rows of the first worksheet (row number, cell texts by column), or null when the file is not such a list.</summary>
    public static List<(int Line, List<string>? Cells)>? Rows(byte[] bytes, int maxRows = UnitListImport.MaxUnits + 10)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var doc = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart, AutoSave = false });
            var workbook = doc.WorkbookPart;
            var first = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet) return null;
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var rows = new List<(int, List<string>?)>();
            using var reader = OpenXmlReader.Create(sheet);
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
                var row = (Row)reader.LoadCurrentElement()!;
                if (rows.Count >= maxRows) break;
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < column) cells.Add("");
                    cells.Add(Text(cell, strings));
                }
                rows.Add(((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells));
            }
            return rows;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    public static UnitListRead Read(byte[] bytes, string fileName)
    {
        var rows = Rows(bytes);
        if (rows is null)
            return new UnitListRead([], [Finding.Error(UnitListImport.Unreadable, "", $"Tệp {fileName} không đọc được như một bảng tính danh sách đơn vị.") with { File = fileName }]);
        return UnitListImport.ReadRows(rows, fileName, "Dòng");
    }

    /// <summary>True when the first worksheet's first non-empty row names the code and kind columns.</summary>
    public static bool IsUnitList(byte[] bytes)
    {
        var rows = Rows(bytes, maxRows: 20);
        var header = rows?.FirstOrDefault(r => r.Cells is { Count: > 0 } c && c.Any(x => x.Length > 0)).Cells;
        return header is not null && UnitListImport.HasUnitHeader(header);
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            index = index * 26 + (ch - 'A' + 1);
        }
        return index == 0 ? null : index - 1;
    }

    private static string Text(Cell cell, string[] strings)
    {
        var value = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(value, out var i) && i >= 0 && i < strings.Length ? strings[i] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return value;
    }
}
