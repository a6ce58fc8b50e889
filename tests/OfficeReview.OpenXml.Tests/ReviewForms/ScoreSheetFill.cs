using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeReview.OpenXml.Workbooks;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Tests.ReviewForms;

/// <summary>Fills the scoring workbook in tests (shared with the service tests).</summary>
internal static class ScoreSheetFill
{
    /// <summary>Sets cells of "Bảng điểm" as Excel stores them: numbers as numbers, text as inline strings.</summary>
    internal static byte[] Fill(byte[] xlsx, Dictionary<int, Dictionary<string, object>> values)
    {
        var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var doc = SpreadsheetDocument.Open(ms, true))
        {
            var wb = doc.WorkbookPart!;
            var sheet = wb.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == ScoreWorkbook.SheetName);
            var data = ((WorksheetPart)wb.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            foreach (var (rowIndex, cells) in values)
            {
                var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value == rowIndex);
                if (row is null)
                {
                    row = new Row { RowIndex = (uint)rowIndex };
                    var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex!.Value < rowIndex);
                    if (after is null) data.PrependChild(row); else after.InsertAfterSelf(row);
                }
                foreach (var (col, value) in cells)
                {
                    var reference = col + rowIndex;
                    var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value == reference);
                    if (cell is null)
                    {
                        cell = new Cell { CellReference = reference };
                        var next = row.Elements<Cell>().FirstOrDefault(c => Cells.TryParse(c.CellReference!.Value, out _, out var cc) && Cells.TryParse(reference, out _, out var me) && cc > me);
                        if (next is null) row.AppendChild(cell); else next.InsertBeforeSelf(cell);
                    }
                    cell.CellFormula = null;
                    cell.RemoveAllChildren();
                    if (value is string s)
                    {
                        cell.DataType = CellValues.InlineString;
                        cell.AppendChild(new InlineString(new Text(s)));
                    }
                    else
                    {
                        cell.DataType = null;
                        cell.AppendChild(new CellValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture)));
                    }
                }
            }
        }
        return ms.ToArray();
    }
}
