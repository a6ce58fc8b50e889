using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeReview.OpenXml.Workbooks.Templates;

namespace OfficeReview.OpenXml.Workbooks.Forms;

/// <summary>
/// Adds the names of a mapping (figure → "Sheet!C7", made in the browser's mapping grid) to a workbook, as the Excel
/// pane does with Office.js: workbook.xml gains the names (a name already there is replaced); nothing else changes.
/// Entries that are not figures of the contract or not a cell of an existing sheet are answered, not written.
/// </summary>
public static class FormTagger
{
    public static (byte[] Workbook, IReadOnlyList<string> Refused) Tag(byte[] bytes, IReadOnlyDictionary<string, string> mapping)
    {
        var refused = new List<string>();
        using var ms = new MemoryStream();
        ms.Write(bytes);
        ms.Position = 0;
        using (var doc = SpreadsheetDocument.Open(ms, true, new OpenSettings { AutoSave = false }))
        {
            var workbook = doc.WorkbookPart!.Workbook;
            var sheets = workbook.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value).OfType<string>().ToList() ?? [];
            foreach (var (name, target) in mapping)
            {
                if (!FormContract.ByName.ContainsKey(name) || FormReference.Parse(target.Contains('!') ? target : "") is not { } r
                    || sheets.FirstOrDefault(s => string.Equals(s, r.Sheet, StringComparison.OrdinalIgnoreCase)) is not { } sheet)
                {
                    refused.Add($"{name} → {target}");
                    continue;
                }
                var names = workbook.DefinedNames ??= new DefinedNames();
                foreach (var old in names.Elements<DefinedName>().Where(d => d.LocalSheetId is null && string.Equals(d.Name?.Value, name, StringComparison.OrdinalIgnoreCase)).ToList())
                    old.Remove();
                var figure = FormContract.ByName[name];
                // The member table names its whole range (header row and rows); a figure names one cell.
                var reference = Cells.Absolute(r.Row, r.Col);
                if (figure.Kind == FormFigureKind.Table && r.IsRange && Cells.TryParse(target[(target.LastIndexOf(':') + 1)..].Replace("$", ""), out var lastRow, out var lastCol))
                    reference += ":" + Cells.Absolute(lastRow, lastCol);
                names.Append(new DefinedName { Name = figure.Name, Text = $"{Cells.QuoteSheet(sheet)}!{reference}" });
            }
            workbook.Save();
        }
        return (ms.ToArray(), refused);
    }
}
