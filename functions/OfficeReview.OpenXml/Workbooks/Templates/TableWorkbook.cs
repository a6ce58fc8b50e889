namespace OfficeReview.OpenXml.Workbooks.Templates;

/// <summary>
/// A plain one-sheet workbook: a title row, a header row and text rows (e.g. the audit log export). Written by the
/// project's own deterministic writer; every cell is text, the sheet is not protected, the header row is frozen.
/// </summary>
public static class TableWorkbook
{
    public static byte[] Write(string sheetName, string title, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sheet = new SheetModel(sheetName) { Protect = false };
        sheet.Text(1, 1, title, WorkbookStyles.Title);
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Text(3, c + 1, headers[c], WorkbookStyles.Header);
            sheet.Widths[c + 1] = 18;
        }
        var r = 4;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
                sheet.Text(r, c + 1, row[c] ?? "", WorkbookStyles.Label);
            r++;
        }
        sheet.FreezeRow = 3;
        var book = new WorkbookModel { Title = title };
        book.Add(sheet);
        using var output = new MemoryStream();
        XlsxPackageWriter.Write(book, output);
        return output.ToArray();
    }
}
