using System.Globalization;
using System.Text;
using System.Xml;
using OfficeReview.Domain.Formatting;
using OfficeReview.OpenXml.Input;

namespace OfficeReview.OpenXml.Workbooks.Reading;

/// <summary>The rows of a plain worksheet (row number, cell texts by column), or why they could not be read.</summary>
public sealed record SheetRowsRead(IReadOnlyList<(int Line, List<string>? Cells)>? Rows, string? Error, string? Code = null)
{
    public bool Ok => Rows is not null;
}

/// <summary>
/// Reads the first worksheet of an .xlsx as plain rows of text (for lists such as the unit list): workbook.xml,
/// shared strings and the sheet streamed through the bounded input layer (zip, XML, rows, cells, strings), never
/// through a DOM. Cell texts are returned as written (the caller cleans them). Never throws for bad input.
/// </summary>
public static class FirstSheetRows
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <param name="sheetName">Read this sheet when the workbook has it (names compared without case and accents), else the first.</param>
    public static SheetRowsRead Read(byte[] bytes, string fileName, InputLimits? limits = null, int? maxRows = null, string? sheetName = null)
    {
        limits ??= InputLimits.Default;
        if (bytes.LongLength > limits.MaxFileBytes)
            return new(null, $"Tệp {fileName} có {VietnameseFormat.Count(bytes.LongLength)} byte, vượt giới hạn {limits.Describe(nameof(InputLimits.MaxFileBytes))}.", InputCodes.TooLarge);
        var kind = FileTypeDetector.Detect(bytes, limits);
        if (kind is not (InputFileKind.Xlsx or InputFileKind.Xlsm))
        {
            var refusal = FileTypeDetector.Refusal(kind, fileName, ExpectedInput.UnitList);
            return new(null, refusal?.Message ?? $"Tệp {fileName} không phải bảng tính .xlsx ({FileTypeDetector.Describe(kind)}).", refusal?.Code ?? InputCodes.WrongType);
        }
        try
        {
            using var parts = new XlsxParts(new MemoryStream(bytes, writable: false), WorkbookLimits.From(limits));
            var root = parts.Relationships("");
            var workbookPath = root.Values.FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target ?? "xl/workbook.xml";
            var firstRid = FirstSheetId(parts, workbookPath, sheetName);
            if (firstRid is null || !parts.Relationships(workbookPath).TryGetValue(firstRid, out var sheet) || !parts.Exists(sheet.Target))
                return new(null, $"Tệp {fileName} không có trang tính nào đọc được.", UnitWorkbookReader.Broken);
            var strings = parts.Exists("xl/sharedStrings.xml") ? SharedStrings(parts, "xl/sharedStrings.xml", limits) : [];
            return new(Rows(parts, sheet.Target, strings, limits, maxRows ?? limits.MaxRows), null);
        }
        catch (WorkbookStopException e)
        {
            return new(null, $"Tệp {fileName} {e.Message}.", e.Code);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            return new(null, $"Tệp {fileName} bị hỏng, không đọc được ({e.Message}). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.", UnitWorkbookReader.Broken);
        }
    }

    private static string? FirstSheetId(XlsxParts parts, string path, string? sheetName)
    {
        using var r = parts.OpenXml(path);
        if (r is null) return null;
        string? first = null;
        var wanted = sheetName is null ? null : Domain.Text.VietnameseText.FoldKey(sheetName);
        while (r.Read())
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "sheet")
            {
                var id = r.GetAttribute("id", Relationships);
                first ??= id;
                if (wanted is null) return first;
                if (Domain.Text.VietnameseText.FoldKey(r.GetAttribute("name")) == wanted) return id;
            }
        return first;
    }

    private static string[] SharedStrings(XlsxParts parts, string path, InputLimits limits)
    {
        using var r = parts.OpenXml(path)!;
        var list = new List<string>();
        StringBuilder? current = null;
        var phonetic = 0;
        var inText = false;
        while (r.Read())
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Element:
                    if (r.LocalName == "si")
                    {
                        if (list.Count >= limits.MaxSharedStrings)
                            throw new WorkbookStopException(InputCodes.TooManyStrings, $"có hơn {limits.Describe(nameof(InputLimits.MaxSharedStrings))} (xl/sharedStrings.xml)");
                        if (r.IsEmptyElement) list.Add("");
                        else current = new StringBuilder();
                    }
                    else if (r.LocalName == "rPh" && !r.IsEmptyElement) phonetic++;
                    else if (r.LocalName == "t" && !r.IsEmptyElement && phonetic == 0) inText = true;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (inText && current is not null)
                    {
                        current.Append(r.Value);
                        if (current.Length > limits.MaxStringLength)
                            throw new WorkbookStopException(InputCodes.StringTooLong, $"có chuỗi thứ {VietnameseFormat.Count(list.Count + 1)} dài hơn {limits.Describe(nameof(InputLimits.MaxStringLength))} (xl/sharedStrings.xml)");
                    }
                    break;
                case XmlNodeType.EndElement:
                    if (r.LocalName == "t") inText = false;
                    else if (r.LocalName == "rPh") phonetic--;
                    else if (r.LocalName == "si" && current is not null) { list.Add(current.ToString()); current = null; }
                    break;
            }
        }
        return [.. list];
    }

    private static List<(int Line, List<string>? Cells)> Rows(XlsxParts parts, string path, string[] strings, InputLimits limits, int maxRows)
    {
        using var r = parts.OpenXml(path)!;
        var rows = new List<(int, List<string>?)>();
        List<string>? cells = null;
        long cellCount = 0;
        var rowNumber = 0;
        string? type = null;
        var column = -1;
        StringBuilder? value = null;
        var inValue = false;
        var inInline = false;
        var phonetic = 0;
        while (r.Read())
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Element:
                    switch (r.LocalName)
                    {
                        case "row":
                            if (rows.Count >= maxRows) return rows;
                            rowNumber = int.TryParse(r.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : rowNumber + 1;
                            cells = [];
                            rows.Add((rowNumber, cells));
                            break;
                        case "c" when cells is not null:
                            if (++cellCount > limits.MaxCells)
                                throw new WorkbookStopException(InputCodes.TooManyCells, $"có hơn {limits.Describe(nameof(InputLimits.MaxCells))} ({path})");
                            column = ColumnIndex(r.GetAttribute("r")) ?? cells.Count;
                            if (column > 16_383)
                                throw new WorkbookStopException(InputCodes.TooManyCells, $"có ô ở cột vượt quá cột cuối của Excel (XFD) ({path}, dòng {rowNumber})");
                            type = r.GetAttribute("t");
                            value = null;
                            if (r.IsEmptyElement) Store(cells, column, "");
                            break;
                        case "v" when cells is not null && !r.IsEmptyElement:
                            inValue = true;
                            value = new StringBuilder();
                            break;
                        case "is" when cells is not null:
                            inInline = !r.IsEmptyElement;
                            value = new StringBuilder();
                            break;
                        case "rPh" when !r.IsEmptyElement:
                            phonetic++;
                            break;
                        case "t" when inInline && phonetic == 0 && !r.IsEmptyElement:
                            inValue = true;
                            break;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (inValue && value is not null)
                    {
                        value.Append(r.Value);
                        if (value.Length > limits.MaxStringLength)
                            throw new WorkbookStopException(InputCodes.StringTooLong, $"có ô dài hơn {limits.Describe(nameof(InputLimits.MaxStringLength))} ({path}, dòng {rowNumber})");
                    }
                    break;
                case XmlNodeType.EndElement:
                    switch (r.LocalName)
                    {
                        case "v" or "t": inValue = false; break;
                        case "is": inInline = false; break;
                        case "rPh": phonetic--; break;
                        case "c" when cells is not null && column >= 0:
                            Store(cells, column, Text(type, value?.ToString() ?? "", strings));
                            column = -1;
                            break;
                        case "row": cells = null; break;
                    }
                    break;
            }
        }
        return rows;
    }

    private static void Store(List<string> cells, int column, string text)
    {
        while (cells.Count < column) cells.Add("");
        if (cells.Count == column) cells.Add(text);
        else cells[column] = text;
    }

    private static string Text(string? type, string value, string[] strings) => type switch
    {
        "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Length ? strings[i] : "",
        _ => value,
    };

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            index = index * 26 + (ch - 'A' + 1);
            if (index > 1_000_000) break;
        }
        return index == 0 ? null : index - 1;
    }
}
