using System.Globalization;
using ClosedXML.Excel;

namespace OfficeReview.OpenXml.Workbooks.Forms;

/// <summary>One cell as ClosedXML sees it: its value (a formula evaluated by ClosedXML's own engine), the value cached
/// in the file, the formula, and the style that shows (fill, bold, italic, borders, number format).</summary>
public sealed record InspectedCell(
    string Address, object? Value, object? Cached, string? Formula, string Type,
    string? Fill, bool Bold, bool Italic, string? Border, string NumberFormat);

public sealed record InspectedSheet(string Name, IReadOnlyList<string> Merged, IReadOnlyDictionary<string, double> Widths, int Validations, IReadOnlyList<InspectedCell> Cells, bool Truncated);

public sealed record InspectedName(string Name, string RefersTo);

public sealed record InspectedWorkbook(IReadOnlyList<InspectedSheet> Sheets, IReadOnlyList<InspectedName> Names);

/// <summary>
/// What a workbook holds, read with ClosedXML — a reader independent of ours (the oracle of the tests, and the
/// <c>form inspect</c> verb): sheets in order, merged ranges, column widths, validations, every used cell with its value,
/// cached value, formula and style, and the workbook's defined names. Read only (never re-saved); the caller passes the
/// file through the hardened reader first (<see cref="CampaignFormCheck.Refusals"/>).
/// </summary>
public static class WorkbookInspection
{
    /// <summary>At most this many cells per sheet are listed (the rest is cut, <see cref="InspectedSheet.Truncated"/>).</summary>
    public const int MaxCellsPerSheet = 20_000;

    public static InspectedWorkbook Inspect(byte[] bytes)
    {
        using var wb = new XLWorkbook(new MemoryStream(bytes, writable: false));
        var sheets = new List<InspectedSheet>();
        foreach (var ws in wb.Worksheets)
        {
            var cells = new List<InspectedCell>();
            var truncated = false;
            foreach (var cell in ws.CellsUsed(XLCellsUsedOptions.All))
            {
                if (cells.Count >= MaxCellsPerSheet) { truncated = true; break; }
                cells.Add(Cell(cell));
            }
            var widths = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var column in ws.ColumnsUsed(XLCellsUsedOptions.All))
                widths[column.ColumnLetter()] = Math.Round(column.Width, 2);
            sheets.Add(new InspectedSheet(ws.Name, ws.MergedRanges.Select(r => r.RangeAddress.ToString()!).ToList(), widths,
                ws.DataValidations.Count(), cells, truncated));
        }
        var names = wb.NamedRanges.Select(n => new InspectedName(n.Name, n.RefersTo)).ToList();
        return new InspectedWorkbook(sheets, names);
    }

    private static InspectedCell Cell(IXLCell cell)
    {
        var style = cell.Style;
        var formula = cell.HasFormula ? cell.FormulaA1 : null;
        object? value;
        try { value = Plain(cell.Value); }
        catch (Exception e) when (e is not OutOfMemoryException) { value = null; } // a function ClosedXML cannot evaluate
        var cached = formula is null ? null : Plain(cell.CachedValue);
        return new InspectedCell(
            cell.Address.ToString()!, value, cached, formula, cell.DataType.ToString(),
            style.Fill.PatternType == XLFillPatternValues.None ? null : Color(style.Fill.BackgroundColor),
            style.Font.Bold, style.Font.Italic,
            style.Border.LeftBorder == XLBorderStyleValues.None && style.Border.TopBorder == XLBorderStyleValues.None ? null
                : $"{style.Border.LeftBorder},{style.Border.TopBorder},{style.Border.RightBorder},{style.Border.BottomBorder}",
            style.NumberFormat.Format is { Length: > 0 } f ? f : style.NumberFormat.NumberFormatId.ToString(CultureInfo.InvariantCulture));
    }

    private static object? Plain(object? v) => v switch
    {
        null => null,
        string s => s,
        double d => d,
        int i => (double)i,
        decimal m => (double)m,
        bool b => b,
        DateTime t => t.ToString("s", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString(),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture),
    };

    private static string? Color(XLColor c)
    {
        try
        {
            return c.ColorType switch
            {
                XLColorType.Theme => $"theme:{c.ThemeColor}",
                _ => c.Color.ToArgb().ToString("X8", CultureInfo.InvariantCulture),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException) { return null; }
    }
}
